// Word → lines. document.xml is read directly (zip.ts, wordml.ts): mammoth builds a DOM of every part
// and took 45–180 ms for one report, beyond the 50 ms goal. mammoth → HTML → the HTML path remains the
// fallback for an archive the direct reader cannot open. Node's mammoth reads `buffer`, its browser build
// `arrayBuffer`: both are given so the same shared code runs in the CLI and the renderer.
import mammoth from 'mammoth'
import { htmlLines } from './html'
import type { Line } from './lines'
import { importText } from './messages'
import { hiddenStyles, wordLines } from './wordml'
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

/** The document's lines, and its text (for the Traditional check). Throws when neither reader can open it. */
export async function docxLines(
  bytes: Uint8Array
): Promise<{ text: string; lines: (text: string) => Line[] }> {
  let xml: Uint8Array | undefined
  let styles: Uint8Array | undefined
  try {
    xml = await readZipMember(bytes, 'word/document.xml')
    // which styles hide their text; a file without styles, or with them damaged, hides none
    styles = await readZipMember(bytes, 'word/styles.xml').catch(() => undefined)
  } catch (e) {
    // mammoth would unpack it all the same
    if (e instanceof ZipMemberTooLarge) throw e
    // else fall through to mammoth, which reports what is wrong with the file
  }
  if (xml) {
    const text = new Decoder('utf-8').decode(xml)
    // A body cut short or overwritten reads as nothing: said to be damaged, not taken for a text with no report.
    if (!/<(?:\w+:)?body[\s>]/.test(text)) throw new Error(importText.docxNoBody)
    const hidden = hiddenStyles(styles ? new Decoder('utf-8').decode(styles) : '')
    return { text, lines: (xml) => wordLines(xml, hidden) }
  }
  return { text: await docxToHtml(bytes), lines: htmlLines }
}
