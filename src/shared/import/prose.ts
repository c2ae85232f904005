// Prose lines → section text. Text from PDFs is hard-wrapped at the page width: a line that fills the
// width and does not end a sentence continues on the next one. Web copies have one paragraph per line.
import type { Line } from './lines'

const SENTENCE_END = /[。！？；：:!?…]$/
const width = (l: Line): number => l.text.replace(/\s+/g, '').length
const prose = (l: Line): boolean => !l.row && l.pieces.every((p) => !p.value)

/** The width most lines fill, if most prose lines fill one: long paragraphs wrapped at the page width. */
function filledWidth(lines: Line[]): number | undefined {
  const lens = lines
    .filter(prose)
    .map(width)
    .filter((n) => n >= 10)
  if (lens.length < 8) return undefined
  const sorted = lens.slice().sort((a, b) => a - b)
  const w = sorted[Math.floor(sorted.length * 0.75)]
  const near = lens.filter((n) => n >= w * 0.85 && n <= w * 1.15).length
  return near / lens.length >= 0.4 ? w : undefined
}

// A paragraph's first line set in by a 公文's indent of 2em (text-indent:2em in our export): two typed
// full-width spaces, or four to eight columns of a page's layout, by the page's type size.
const FIRST_LINE_INDENT = { min: 2, max: 10 }
// A page's line holds some sixteen to sixty characters; a shorter first line is a heading's or a list's.
const LINE_CHARS = { min: 16, max: 60 }

/**
 * The width of a paragraph's first line, when paragraphs are indented on their first line and several
 * such lines, of one width and cut short of a stop, have a line at the margin under them: lines the page
 * wrapped. Short paragraphs of two or three lines (a list's items, a town's report) fill the width on
 * too few of their lines, their last lines and a table's labels being as many, for filledWidth to see.
 */
function indentedWidth(lines: Line[]): number | undefined {
  const firsts: number[] = []
  lines.forEach((line, i) => {
    const next = lines[i + 1] as Line | undefined
    const n = width(line)
    if (
      next &&
      prose(line) &&
      prose(next) &&
      line.indent >= FIRST_LINE_INDENT.min &&
      line.indent <= FIRST_LINE_INDENT.max &&
      next.indent < FIRST_LINE_INDENT.min &&
      n >= LINE_CHARS.min &&
      n <= LINE_CHARS.max &&
      !SENTENCE_END.test(line.text)
    )
      firsts.push(n)
  })
  const w = firsts.sort((a, b) => a - b)[Math.floor(firsts.length / 2)]
  const near = firsts.filter((n) => n >= w * 0.85 && n <= w * 1.15).length
  return near >= 3 && near / firsts.length >= 0.6 ? w : undefined
}

/** The wrap width if the lines look hard-wrapped, else undefined. */
export const wrapWidth = (lines: Line[]): number | undefined => filledWidth(lines) ?? indentedWidth(lines)

export function proseOf(lines: Line[], wrap: number | undefined): string {
  const paras: string[] = []
  let prev: Line | undefined
  for (const line of lines) {
    const text = line.text.replace(/[ \u00A0\u3000]{2,}/g, ' ')
    const join =
      prev !== undefined &&
      wrap !== undefined &&
      !prev.row &&
      !line.row &&
      line.indent < 2 &&
      width(prev) >= wrap * 0.85 &&
      !SENTENCE_END.test(prev.text)
    if (join) paras[paras.length - 1] += text
    else paras.push(text)
    prev = line
  }
  return paras.join('\n')
}
