// Text placed on a page (a PDF's or an OFD's) → lines laid out as `pdftotext -layout` prints them, which
// the text importer already reads (the fixtures are such text): each line's pieces placed at the column of
// their x position, so that a table's values stay under their headers.

/** A run of text where the page puts it: x to the right, y upwards, in any one unit. */
export interface Placed {
  text: string
  x: number
  y: number
  right: number
  size: number
}

const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
// Justified Chinese text is set with gaps between characters, which pdf.js reads as spaces.
export const spacedHan = (s: string): string =>
  s.replace(
    /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g,
    ''
  )

const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 10

/** One page's lines, top to bottom, each piece at the column of its x position. */
export function layout(items: Placed[]): string[] {
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

/** The text of a document laid out page by page (a PDF's, an OFD's). */
export interface LaidOut {
  /** Every page's lines, pages separated by a form feed, as pdftotext prints them. */
  text: string
  /** Characters other than white space: none means a scan (pictures of pages). */
  chars: number
  pages: number
}

/** Pages of placed text as one text. */
export function laidOut(pages: Placed[][]): LaidOut {
  let chars = 0
  for (const page of pages) for (const i of page) chars += i.text.replace(/\s/g, '').length
  return { text: pages.map((p) => layout(p).join('\n')).join('\n\f'), chars, pages: pages.length }
}
