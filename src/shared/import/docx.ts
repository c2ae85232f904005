// Word → lines. document.xml is read directly (zip.ts, wordml.ts): mammoth builds a DOM of every part
// and took 45–180 ms for one report, beyond the 50 ms goal. mammoth → HTML → the HTML path remains the
// fallback for an archive the direct reader cannot open. Node's mammoth reads `buffer`, its browser build
// `arrayBuffer`: both are given so the same shared code runs in the CLI and the renderer.
import mammoth from 'mammoth'
import { htmlLines } from './html'
import type { Line } from './lines'
import { importText } from './messages'
import { hiddenStyles, wordLines } from './wordml'
import { attr, decodeXml } from './xml'
import { readZipMember, ZipMemberTooLarge } from './zip'

type TextDecoderCtor = new (label?: string) => { decode(input: Uint8Array): string }
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer }
  // Pictures (seals, scans) are not read: encoding them as base64 would cost more than the whole text.
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }))
  const result = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false, convertImage })
  return result.value
}

interface Relationship {
  type: string
  /** The part's name in the archive, resolved against the part whose relationship it is. */
  part: string
}

/** The relationships in a .rels part of the package, their targets resolved from `dir` (“” or “word/”). */
function relationships(rels: string, dir: string): Relationship[] {
  return [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)]
    .filter((m) => attr(m[1], 'TargetMode') !== 'External')
    .map((m) => ({
      type: attr(m[1], 'Type') ?? '',
      part: resolvePart(dir, decodeXml(attr(m[1], 'Target') ?? ''))
    }))
}

function resolvePart(dir: string, target: string): string {
  const path: string[] = []
  for (const s of (target.startsWith('/') ? target : dir + target).split('/'))
    if (s === '..') path.pop()
    else if (s && s !== '.') path.push(s)
  return path.join('/')
}

const ofType = (rels: Relationship[], type: string): Relationship | undefined =>
  rels.find((r) => r.type.endsWith(`/${type}`))

async function memberText(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const b = await readZipMember(bytes, name)
  return b && new Decoder('utf-8').decode(b)
}

/**
 * The main part's name and the relationships of that part. Word names it in the package's _rels/.rels:
 * word/document.xml as a rule, word/document2.xml as Word Online saves it.
 */
async function mainPart(bytes: Uint8Array): Promise<{ name: string; rels: Relationship[] }> {
  const rels = await memberText(bytes, '_rels/.rels').catch(() => undefined)
  const name = (rels && ofType(relationships(rels, ''), 'officeDocument')?.part) || 'word/document.xml'
  const slash = name.lastIndexOf('/') + 1
  const own = await memberText(bytes, `${name.slice(0, slash)}_rels/${name.slice(slash)}.rels`).catch(
    () => undefined
  )
  return { name, rels: own ? relationships(own, name.slice(0, slash)) : [] }
}

/** The document's lines, and its text (for the Traditional check). Throws when neither reader can open it. */
export async function docxLines(
  bytes: Uint8Array
): Promise<{ text: string; lines: (text: string) => Line[] }> {
  let xml: string | undefined
  let styles: string | undefined
  try {
    const main = await mainPart(bytes)
    // a package naming a part it does not hold: the usual name, before mammoth is asked
    xml = (await memberText(bytes, main.name)) ?? (await memberText(bytes, 'word/document.xml'))
    // which styles hide their text; a file without styles, or with them damaged, hides none
    const stylesPart = ofType(main.rels, 'styles')?.part ?? 'word/styles.xml'
    styles = await memberText(bytes, stylesPart).catch(() => undefined)
  } catch (e) {
    // mammoth would unpack it all the same
    if (e instanceof ZipMemberTooLarge) throw e
    // else fall through to mammoth, which reports what is wrong with the file
  }
  if (xml !== undefined) {
    // A body cut short or overwritten reads as nothing: said to be damaged, not taken for a text with no report.
    if (!/<(?:\w+:)?body[\s>]/.test(xml)) throw new Error(importText.docxNoBody)
    const hidden = hiddenStyles(styles ?? '')
    return { text: xml, lines: (text) => wordLines(text, hidden) }
  }
  return { text: await docxToHtml(bytes), lines: htmlLines }
}
