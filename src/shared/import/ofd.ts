// OFD (GB/T 33190 版式文档, the national fixed-layout format beside PDF) → text laid out as a PDF's is
// (layout.ts). An OFD is a zip: OFD.xml names the document's root (Document.xml), which lists its pages;
// each page's Content.xml places TextObjects (Boundary, Size, an optional CTM) holding TextCodes: X and
// Y within the object, and DeltaX, the advance before each character after the first (“g 5 4.2” is 4.2
// five times). Units are millimetres and y runs down the page. Templates (running heads, page numbers on
// every page) and annotations are not read: they are not the report.
import { laidOut, spacedHan, type LaidOut, type Placed } from './layout'
import { attr, decodeXml } from './xml'
import { readZipMember } from './zip'

type TextDecoderCtor = new (label?: string) => { decode(input: Uint8Array): string }
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder

// Element names with any namespace prefix (ofd: is usual, none is allowed).
const element = (name: string, flags = 'g'): RegExp =>
  new RegExp(`<(?:[\\w-]+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>)`, flags)
const numbers = (s: string | undefined): number[] => (s ?? '').trim().split(/\s+/).filter(Boolean).map(Number)
const HAN = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/

/** A member's path from a reference written in `from`: absolute from the package root, or relative. */
function resolve(from: string, ref: string): string {
  const parts = ref.startsWith('/') ? [] : from.split('/').slice(0, -1)
  for (const p of ref.replace(/^\/+/, '').split('/')) {
    if (p === '..') parts.pop()
    else if (p && p !== '.') parts.push(p)
  }
  return parts.join('/')
}

async function member(zip: Uint8Array, path: string): Promise<string | undefined> {
  const bytes = await readZipMember(zip, path)
  return bytes && new Decoder('utf-8').decode(bytes)
}

/** DeltaX as the advance before each character after the first; “g n v” repeats v n times. */
function advances(deltaX: string | undefined): number[] {
  const tokens = (deltaX ?? '').trim().split(/\s+/).filter(Boolean)
  const out: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g') {
      const n = Math.min(Number(tokens[i + 1]) || 0, 100_000)
      const v = Number(tokens[i + 2]) || 0
      for (let k = 0; k < n; k++) out.push(v)
      i += 2
    } else out.push(Number(tokens[i]) || 0)
  }
  return out
}

/** The runs of text one TextObject places; a gap of more than an em and a half starts another run. */
function textObject(attrs: string, body: string): Placed[] {
  const [bx = 0, by = 0] = numbers(attr(attrs, 'Boundary'))
  const size = Number(attr(attrs, 'Size')) || 3.5
  const [a, b, c, d, e, f] = numbers(attr(attrs, 'CTM'))
  const ctm = a === undefined ? undefined : [a, b ?? 0, c ?? 0, d ?? 1, e ?? 0, f ?? 0]
  const at = (x: number, y: number): [number, number] =>
    ctm ? [bx + ctm[0] * x + ctm[2] * y + ctm[4], by + ctm[1] * x + ctm[3] * y + ctm[5]] : [bx + x, by + y]
  const scale = ctm ? Math.hypot(ctm[0], ctm[1]) || 1 : 1
  const out: Placed[] = []
  let x = 0
  let y = 0
  for (const code of body.matchAll(element('TextCode'))) {
    x = Number(attr(code[1], 'X') ?? x) || 0
    y = Number(attr(code[1], 'Y') ?? y) || 0
    const chars = Array.from(decodeXml(code[2] ?? ''))
    const step = advances(attr(code[1], 'DeltaX'))
    const width = (ch: string): number => (HAN.test(ch) ? size : size / 2)
    let run = ''
    let runX = x
    const flush = (end: number): void => {
      if (!run.trim()) return
      const [px, py] = at(runX, y)
      const [qx] = at(end, y)
      // y runs down an OFD page and up a PDF's, which the layout expects
      out.push({ text: spacedHan(run), x: px, y: -py, right: qx, size: size * scale })
    }
    chars.forEach((ch, i) => {
      if (i > 0) {
        const advance = step[i - 1] ?? width(chars[i - 1])
        if (advance > size * 1.5) {
          flush(x + width(chars[i - 1]))
          run = ''
          runX = x + advance
        }
        x += advance
      }
      run += ch
    })
    flush(x + width(chars.at(-1) ?? ''))
  }
  return out
}

/** The text of every page, pages separated by a form feed. Throws, in English, on a broken package. */
export async function ofdText(zip: Uint8Array): Promise<LaidOut> {
  const root = await member(zip, 'OFD.xml')
  const docRoot = root && element('DocRoot', '').exec(root)?.[2]?.trim()
  if (!docRoot) throw new Error('OFD.xml names no DocRoot')
  const documentPath = resolve('OFD.xml', docRoot)
  const document = await member(zip, documentPath)
  if (!document) throw new Error(`no ${documentPath}`)
  const pagesBlock = element('Pages', '').exec(document)?.[2] ?? ''
  const pages: Placed[][] = []
  for (const page of pagesBlock.matchAll(element('Page'))) {
    const loc = attr(page[1], 'BaseLoc')
    const content = loc ? await member(zip, resolve(documentPath, loc)) : undefined
    const items: Placed[] = []
    for (const t of (content ?? '').matchAll(element('TextObject')))
      items.push(...textObject(t[1], t[2] ?? ''))
    pages.push(items)
  }
  return laidOut(pages)
}
