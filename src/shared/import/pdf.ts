// PDF → text laid out as `pdftotext -layout` prints it, which the text importer already reads (the fixtures
// are such text): each line's pieces placed at the column of their x position, so that a table's values
// stay under their headers. pdf.js reads the file; its worker code runs on this thread (no Worker, no
// eval: the app's policy allows neither), loaded only when a PDF is imported.

/** What pdf.js gives for one run of text (only what is read here). */
interface TextItem {
  str: string
  transform: number[]
  width: number
  height: number
}

interface Placed {
  text: string
  x: number
  y: number
  right: number
  size: number
}

export interface PdfText {
  text: string
  /** Characters other than white space: none means a scan (pictures of pages). */
  chars: number
  pages: number
}

const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
// Justified Chinese text is set with gaps between characters, which pdf.js reads as spaces.
const spacedHan = (s: string): string =>
  s.replace(
    /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g,
    ''
  )

type PdfJs = {
  getDocument(src: Record<string, unknown>): {
    promise: Promise<{
      numPages: number
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>
      destroy(): Promise<void>
    }>
  }
}

async function loadPdfJs(): Promise<PdfJs> {
  const g = globalThis as unknown as { pdfjsWorker?: unknown }
  // The worker's message handler on globalThis makes pdf.js run it here rather than start a Worker.
  if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs
}

function placed(items: unknown[]): Placed[] {
  const out: Placed[] = []
  for (const item of items) {
    const t = item as Partial<TextItem>
    if (typeof t.str !== 'string' || !t.transform || !t.str.trim()) continue
    const [a, b, , , x, y] = t.transform
    const size = Math.hypot(a, b) || t.height || 10
    out.push({ text: spacedHan(t.str), x, y, right: x + (t.width ?? 0), size })
  }
  return out
}

const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 10

/** One page's lines, top to bottom, each piece at the column of its x position. */
function layout(items: Placed[]): string[] {
  if (!items.length) return []
  const size = median(items.map((i) => i.size))
  // A column is half an em, a Latin digit's width: numbers line up as they do on the page.
  const column = size / 2
  const left = Math.min(...items.map((i) => i.x))
  // Same baseline within a third of an em is one line (a superscript or a bold run sits a little off).
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x)
  const rows: Placed[][] = []
  for (const item of sorted) {
    const row = rows.at(-1)
    if (row && Math.abs(row[0].y - item.y) < size / 3) row.push(item)
    else rows.push([item])
  }
  const lines: string[] = []
  let lastY: number | undefined
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x)
    // A gap of more than a line and a half is a paragraph break, as pdftotext leaves it.
    if (lastY !== undefined && lastY - row[0].y > size * 2.2) lines.push('')
    lastY = row[0].y
    let line = ''
    let right = -Infinity
    for (const p of row) {
      const at = Math.round((p.x - left) / column)
      const gap = p.x - right
      if (at > line.length + 1 && gap > size) line += ' '.repeat(at - line.length)
      // Two cells side by side are set apart by more than a justified line spreads its characters.
      else if (line && gap > size * (HAN.test(line.at(-1) ?? '') && HAN.test(p.text[0]) ? 0.6 : 0.3))
        line += ' '
      line += p.text
      right = p.right
    }
    lines.push(line.trimEnd())
  }
  return lines
}

/** The text of every page, pages separated by a form feed. Throws pdf.js's error on a damaged file. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfJs()
  // pdf.js may detach the buffer it is given: it gets a copy, the caller keeps its bytes.
  const data = bytes.slice()
  const doc = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0
  }).promise
  try {
    const pages: string[] = []
    let chars = 0
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const items = placed((await page.getTextContent()).items)
      for (const i of items) chars += i.text.replace(/\s/g, '').length
      pages.push(layout(items).join('\n'))
      page.cleanup()
    }
    return { text: pages.join('\n\f'), chars, pages: doc.numPages }
  } finally {
    await doc.destroy()
  }
}
