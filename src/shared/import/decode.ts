// Bytes → what kind of document and its text. Refuses what is not a report's text before any parsing,
// so that a picture or 50 MB of junk gets one clear message instead of a slow, meaningless import.
import { importText } from './messages'
import { isMht, mhtHtml } from './mht'
import type { SourceKind } from './types'

export const MAX_TEXT_BYTES = 8 * 1024 * 1024
export const MAX_DOCX_BYTES = 40 * 1024 * 1024
/** A report's PDF with its seal and fonts is a few MB; the app opens nothing over 50 MB. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024

export type Decoded =
  | { ok: true; kind: 'txt' | 'html' | 'wordxml'; text: string; notices: string[] }
  | { ok: true; kind: 'docx'; bytes: Uint8Array; notices: string[] }
  | { ok: true; kind: 'doc'; bytes: Uint8Array; notices: string[] }
  | { ok: true; kind: 'pdf'; bytes: Uint8Array; notices: string[] }
  | { ok: true; kind: 'ofd'; bytes: Uint8Array; notices: string[] }
  | { ok: false; message: string }

type TextDecoderCtor = new (
  label?: string,
  options?: { fatal?: boolean }
) => {
  decode(input: Uint8Array): string
}
// shared code is typed without DOM or Node; TextDecoder exists in both.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder

const startsWith = (b: Uint8Array, sig: number[], at = 0): boolean => sig.every((x, i) => b[at + i] === x)

const PICTURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x42, 0x4d], 'BMP 图片']
]

function hasAscii(bytes: Uint8Array, needle: string): boolean {
  const n = [...needle].map((c) => c.charCodeAt(0))
  outer: for (let i = 0; i + n.length <= bytes.length; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer
    return true
  }
  return false
}

/**
 * UTF-16 without its mark, as some tools and a CMS's export write it: the high byte of each line break,
 * space and figure is 0, in the second byte of each pair (LE) or the first (BE). GBK, Big5 and UTF-8 text
 * holds no 0 at all, so a few in one place of the pairs and hardly any in the other tell it apart.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const end = Math.min(bytes.length, 65_536) & ~1
  let even = 0
  let odd = 0
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  if (odd >= 2 && even * 20 <= odd) return 'utf-16le'
  if (even >= 2 && odd * 20 <= even) return 'utf-16be'
  return undefined
}

/** Text in whatever encoding Chinese Windows and its Notepad save (UTF-8, UTF-16 with its mark or not, GBK, Big5). */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new Decoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' }
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new Decoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' }
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new Decoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' }
  const order = utf16Order(bytes)
  if (order) {
    try {
      // An odd last byte is a pair cut short (a download broken off): the text before it is whole.
      const whole = bytes.subarray(0, bytes.length & ~1)
      return { text: new Decoder(order, { fatal: true }).decode(whole), encoding: 'UTF-16' }
    } catch {
      // not UTF-16 after all (an unpaired surrogate): read as the other encodings are
    }
  }
  try {
    return { text: new Decoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    // Chinese Windows saves “ANSI” text as GBK (gb18030 is its superset); Traditional copies from Taiwan
    // and Hong Kong mirrors are Big5. Almost any bytes read as one or the other: the reading with more of
    // the characters every report is made of is the right one.
    const readings = (['gb18030', 'big5'] as const).flatMap((label) => {
      try {
        return [{ text: new Decoder(label, { fatal: true }).decode(bytes), label }]
      } catch {
        return []
      }
    })
    const best = readings.sort((a, b) => commonShare(b.text) - commonShare(a.text))[0]
    if (best) return { text: best.text, encoding: best.label === 'big5' ? 'Big5' : 'GB18030' }
    return { text: new Decoder('utf-8').decode(bytes), encoding: 'UTF-8' }
  }
}

// The most frequent characters of Chinese text and of these reports, in both scripts.
const COMMON = new Set(
  '的一是在不了有和人中大上为為个個国國我以要时時来來们們到作地于於出就分对對成会會可主发發年动動同工也能下过過' +
    '说說产產后後多定行法所民得经經十三之进進等部度家政府信息公开開报報告申请請处處理复複议議诉訴讼訟情况況件条條'
)
function commonShare(text: string): number {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text
  let hits = 0
  let cjk = 0
  for (const ch of sample) {
    if (ch < '\u4e00' || ch > '\u9fff') continue
    cjk++
    if (COMMON.has(ch)) hits++
  }
  return cjk ? hits / cjk : 0
}

/** Share of characters that no text file holds: controls, U+FFFD, private use. */
function junkRatio(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  let junk = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (
      (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ||
      c === 0xfffd ||
      (c >= 0xe000 && c <= 0xf8ff)
    )
      junk++
  }
  return sample.length ? junk / sample.length : 0
}

const looksHtml = (text: string): boolean =>
  /^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(text) ||
  /<table[\s>]/i.test(text.slice(0, 2_000_000))

// Everything before an XML document's root element: the declaration, processing instructions (Word's
// <?mso-application?>), comments and a doctype.
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i
// An XHTML page, or a fragment of one, may open with an XML declaration too.
const HTML_ROOTS = new Set([
  'html',
  'head',
  'body',
  'div',
  'p',
  'table',
  'span',
  'section',
  'article',
  'center'
])
const ODF_TEXT = /\bapplication\/vnd\.oasis\.opendocument\.text/

/**
 * What a document that only looks like text is, when it is not text, HTML or XHTML: Word's XML saved as one
 * file (read as Word), or markup that would be read as lines of tags (an OpenDocument .fodt once imported
 * with “<text:p>” in its title), refused with what it is.
 */
function markup(text: string): { wordXml: true } | { refused: string } | undefined {
  const head = text.slice(0, 65_536).replace(/^\uFEFF/, '')
  if (/^\s*\{\\rtf/.test(head)) return { refused: importText.rtf }
  const prolog = PROLOG.exec(head)?.[0] ?? ''
  const root = /^<([A-Za-z_][\w.-]*)(?::([\w.-]+))?/.exec(head.slice(prolog.length))
  if (!root) return undefined
  const [prefix, local] = root[2] === undefined ? [undefined, root[1]] : [root[1], root[2]]
  // Word 2003 XML (sites publish it named .doc), and Word 2007's flat package (“Word XML 文档”).
  if (
    /progid\s*=\s*["']Word\.Document["']/i.test(prolog) ||
    local === 'wordDocument' ||
    (local === 'package' && text.includes('/word/document.xml'))
  )
    return { wordXml: true }
  if (prefix === 'office' && local === 'document')
    return { refused: ODF_TEXT.test(head) ? importText.openDocument('.fodt') : importText.xml }
  if (HTML_ROOTS.has(local.toLowerCase())) return undefined
  // Without a declaration, text that opens with a tag is taken for a web page or a fragment of one.
  return /^\s*<\?xml\s/.test(prolog) ? { refused: importText.xml } : undefined
}

function extensionKind(name: string): SourceKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase()
  if (ext === 'docx') return 'docx'
  if (ext === 'doc') return 'doc'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  if (ext === 'txt') return 'txt'
  if (ext === 'pdf') return 'pdf'
  if (ext === 'ofd') return 'ofd'
  return undefined
}

export function decode(name: string, data: Uint8Array | string): Decoded {
  const byExt = extensionKind(name)
  if (typeof data === 'string') {
    if (data.length > MAX_TEXT_BYTES)
      return { ok: false, message: importText.tooLarge(data.length, MAX_TEXT_BYTES) }
    if (data.trim() === '') return { ok: false, message: importText.empty }
    if (junkRatio(data) > 0.05) return { ok: false, message: importText.binary }
    return textKind(data, byExt, [])
  }
  const bytes = data
  if (bytes.length === 0) return { ok: false, message: importText.empty }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (bytes.length > MAX_DOCX_BYTES)
      return { ok: false, message: importText.tooLarge(bytes.length, MAX_DOCX_BYTES) }
    // The central directory names every member uncompressed, so a .docx shows “word/document.xml”,
    // an OFD its “OFD.xml”. Word Online names its main part otherwise (word/document2.xml), which the
    // package's _rels/.rels names: a package with a word/ folder is Word's.
    if (hasAscii(bytes, 'word/document.xml') || (hasAscii(bytes, '_rels/.rels') && hasAscii(bytes, 'word/')))
      return { ok: true, kind: 'docx', bytes, notices: [] }
    if (hasAscii(bytes, 'OFD.xml')) return { ok: true, kind: 'ofd', bytes, notices: [] }
    // An OpenDocument package opens with its uncompressed “mimetype” member.
    if (hasAscii(bytes.subarray(0, 200), 'application/vnd.oasis.opendocument.text'))
      return { ok: false, message: importText.openDocument('.odt') }
    return { ok: false, message: importText.zipNotDocx }
  }
  // “%PDF”, which a file may follow with a few bytes of junk (the format allows 1024)
  if (hasAscii(bytes.subarray(0, 1024), '%PDF-')) {
    if (bytes.length > MAX_PDF_BYTES)
      return { ok: false, message: importText.tooLarge(bytes.length, MAX_PDF_BYTES) }
    return { ok: true, kind: 'pdf', bytes, notices: [] }
  }
  // An OLE compound file: Word 97–2003 (.doc) or WPS's doc; Excel or PowerPoint are told apart by doc.ts.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (bytes.length > MAX_DOCX_BYTES)
      return { ok: false, message: importText.tooLarge(bytes.length, MAX_DOCX_BYTES) }
    return { ok: true, kind: 'doc', bytes, notices: [] }
  }
  for (const [sig, what] of PICTURES)
    if (startsWith(bytes, sig)) return { ok: false, message: importText.picture(what) }
  if (bytes.length > MAX_TEXT_BYTES)
    return { ok: false, message: importText.tooLarge(bytes.length, MAX_TEXT_BYTES) }
  const { text, encoding } = decodeBytes(bytes)
  if (text.trim() === '') return { ok: false, message: importText.empty }
  if (junkRatio(text) > 0.05) {
    // Named as a document whose content it does not have: cut short in a download, or another file renamed.
    const named = byExt === 'docx' || byExt === 'doc' || byExt === 'pdf' || byExt === 'ofd' ? byExt : null
    return { ok: false, message: named ? importText.notWhatNamed(named) : importText.binary }
  }
  return textKind(
    text,
    byExt,
    encoding === 'UTF-8' || encoding === 'UTF-16' ? [] : [importText.encoding(encoding)]
  )
}

function textKind(text: string, byExt: SourceKind | undefined, notices: string[]): Decoded {
  if (isMht(text)) {
    const page = mhtHtml(text)
    return page === undefined
      ? { ok: false, message: importText.mhtEmpty }
      : { ok: true, kind: 'html', text: page, notices: [...notices, importText.mhtRead] }
  }
  const m = markup(text)
  if (m && 'refused' in m) return { ok: false, message: m.refused }
  if (m) return { ok: true, kind: 'wordxml', text, notices }
  return { ok: true, kind: byExt === 'html' || looksHtml(text) ? 'html' : 'txt', text, notices }
}
