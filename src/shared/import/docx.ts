// Word → lines. The main part (the one _rels/.rels names, word/document.xml as a rule) is read directly
// (zip.ts, wordml.ts): mammoth builds a DOM of every part and took 45–180 ms for one report, beyond the
// 50 ms goal. mammoth → HTML → the HTML path remains the
// fallback for an archive the direct reader cannot open. Node's mammoth reads `buffer`, its browser build
// `arrayBuffer`: both are given so the same shared code runs in the CLI and the renderer.
import mammoth from 'mammoth'
import { AGENCY_KIND_MARK, markedAgencyKind } from '../export/agencyKindMark'
import type { AgencyKind } from '../model/report'
import { decodeBytes } from './decode'
import { htmlLines } from './html'
import type { Line } from './lines'
import { importText } from './messages'
import { isMht, mhtHtml } from './mht'
import { contentsStyles, hiddenStyles, withWordPrefix, wordLines } from './wordml'
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
  id: string
  type: string
  /** The part's name in the archive, resolved against the part whose relationship it is. */
  part: string
}

/** The relationships in a .rels part of the package, their targets resolved from `dir` (“” or “word/”). */
function relationships(rels: string, dir: string): Relationship[] {
  return [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)]
    .filter((m) => attr(m[1], 'TargetMode') !== 'External')
    .map((m) => ({
      id: attr(m[1], 'Id') ?? '',
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
async function mainPart(
  bytes: Uint8Array
): Promise<{ name: string; rels: Relationship[]; packageRels: Relationship[] }> {
  const rels = await memberText(bytes, '_rels/.rels').catch(() => undefined)
  const packageRels = rels ? relationships(rels, '') : []
  const name = ofType(packageRels, 'officeDocument')?.part || 'word/document.xml'
  const slash = name.lastIndexOf('/') + 1
  const own = await memberText(bytes, `${name.slice(0, slash)}_rels/${name.slice(slash)}.rels`).catch(
    () => undefined
  )
  return { name, rels: own ? relationships(own, name.slice(0, slash)) : [], packageRels }
}

/**
 * The 机关类型 our own export set among the file's custom properties (agencyKindMark.ts), which a file edited
 * and saved again keeps (LibreOffice 7.4's .docx does); undefined in any other file, or where the part cannot be
 * read.
 */
async function markedKind(bytes: Uint8Array, packageRels: Relationship[]): Promise<AgencyKind | undefined> {
  const part = ofType(packageRels, 'custom-properties')?.part
  const xml = part && (await memberText(bytes, part).catch(() => undefined))
  if (!xml) return undefined
  for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?property>/g))
    if (decodeXml(attr(m[1], 'name') ?? '') === AGENCY_KIND_MARK)
      return markedAgencyKind(decodeXml(/<(?:\w+:)?lpwstr>([^<]*)<\/(?:\w+:)?lpwstr>/.exec(m[2])?.[1] ?? ''))
  return undefined
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const ALT_CHUNK = /<w:altChunk\b([^>]*?)(?:\/>|>[\s\S]*?<\/w:altChunk>)/g

/**
 * The document with each w:altChunk holding the page it names as its text, for wordml.ts to read at its
 * place: Word keeps HTML (or a web archive, or plain text) pasted in whole so, and a report may be nothing
 * else. Another kind of chunk (RTF, a .docx) is left out, as mammoth leaves it.
 */
async function withChunks(bytes: Uint8Array, xml: string, rels: Relationship[]): Promise<string> {
  const found = [...xml.matchAll(ALT_CHUNK)]
  if (!found.length) return xml
  const pages = await Promise.all(
    found.map(async (m) => {
      const rel = rels.find((r) => r.id === attr(m[1], 'r:id') && r.type.endsWith('/aFChunk'))
      const data = rel && (await readZipMember(bytes, rel.part))
      if (!data) return ''
      const { text } = decodeBytes(data)
      if (isMht(text)) return mhtHtml(text) ?? ''
      if (/^\s*</.test(text)) return text
      return /^\s*\{\\rtf/.test(text) || data[0] === 0x50 ? '' : `<pre>${escapeXml(text)}</pre>`
    })
  )
  let i = 0
  return xml.replace(ALT_CHUNK, () => {
    const page = pages[i++]
    return page ? `<w:altChunk>${escapeXml(page)}</w:altChunk>` : ''
  })
}

/**
 * The document's lines, its text (for the Traditional check) and the 机关类型 it carries, if ours. Throws when
 * neither reader can open it.
 */
export async function docxLines(
  bytes: Uint8Array
): Promise<{ text: string; lines: (text: string) => Line[]; agencyKind?: AgencyKind }> {
  let xml: string | undefined
  let styles: string | undefined
  let rels: Relationship[] = []
  let agencyKind: AgencyKind | undefined
  try {
    const main = await mainPart(bytes)
    rels = main.rels
    agencyKind = await markedKind(bytes, main.packageRels)
    // a package naming a part it does not hold: the usual name, before mammoth is asked
    xml = (await memberText(bytes, main.name)) ?? (await memberText(bytes, 'word/document.xml'))
    if (xml !== undefined) xml = withWordPrefix(xml)
    // which styles hide their text; a file without styles, or with them damaged, hides none
    const stylesPart = ofType(rels, 'styles')?.part ?? 'word/styles.xml'
    styles = await memberText(bytes, stylesPart).catch(() => undefined)
  } catch (e) {
    // mammoth would unpack it all the same
    if (e instanceof ZipMemberTooLarge) throw e
    // else fall through to mammoth, which reports what is wrong with the file
  }
  if (xml !== undefined) {
    // A body cut short or overwritten reads as nothing: said to be damaged, not taken for a text with no report.
    if (!/<(?:\w+:)?body[\s>]/.test(xml)) throw new Error(importText.docxNoBody)
    xml = await withChunks(bytes, xml, rels)
    const hidden = hiddenStyles(withWordPrefix(styles ?? ''))
    const contents = contentsStyles(withWordPrefix(styles ?? ''))
    return {
      text: xml,
      lines: (text) => wordLines(text, hidden, contents),
      ...(agencyKind && { agencyKind })
    }
  }
  return { text: await docxToHtml(bytes), lines: htmlLines }
}
