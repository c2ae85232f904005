// Text placed on a page (a PDF's or an OFD's) → lines laid out as `pdftotext -layout` prints them, which
// the text importer already reads (the fixtures are such text): each line's pieces placed at the column of
// their x position, so that a table's values stay under their headers.
import { unifyRadicals } from '../text/radicals'

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

const LATIN = /[0-9A-Za-z]/

/**
 * The least gap between two runs of a line that is read as a space. LibreOffice and Chromium set a figure or a
 * Latin word in a run of its own, a little apart from the Chinese beside it: 0.2–0.26 em of the runs' size, up
 * to 0.37 em in a justified line (measured in their PDFs of our exports: LibreOffice 7.4, Chromium 150). Chinese
 * text means no space there; one typed there anyway (第 711 号) is 0.27–0.42 em, no wider, and goes with them.
 * Measured against the page's median size, which a page of tables makes their 五号, the 三号 text's 2023|年度
 * (3.5 pt) read “2023 年度”. Table cells are further apart: LibreOffice's by two 3 pt margins, 0.6 em of 五号.
 */
function spaceGap(before: Placed, after: Placed, size: number): number {
  const a = before.text.at(-1) ?? ''
  const b = after.text[0]
  if (HAN.test(a) && HAN.test(b)) return size * 0.6
  if ((chinese(a) && LATIN.test(b)) || (LATIN.test(a) && chinese(b)))
    return Math.max(before.size, after.size) * 0.45
  return size * 0.3
}

/** Chromium names some ideographs by the radical that shares their glyph (⾃ for 自): Chinese all the same. */
const chinese = (c: string): boolean => HAN.test(unifyRadicals(c))

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
    let before: Placed | undefined
    for (const p of row) {
      const at = Math.round((p.x - left) / column)
      const gap = p.x - right
      if (at > line.length + 1 && gap > size) line += ' '.repeat(at - line.length)
      // Two cells side by side are set apart by more than a justified line spreads its characters.
      else if (before && gap > spaceGap(before, p, size)) line += ' '
      line += p.text
      right = p.right
      before = p
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
