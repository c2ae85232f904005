// Prose lines → section text. Text from PDFs is hard-wrapped at the page width: a line that fills the
// width and does not end a sentence continues on the next one. Web copies have one paragraph per line.
import type { Line } from './lines'

const SENTENCE_END = /[。！？；：:!?…]$/
const width = (l: Line): number => l.text.replace(/\s+/g, '').length

/** The wrap width if the lines look hard-wrapped, else undefined. */
export function wrapWidth(lines: Line[]): number | undefined {
  const lens = lines
    .filter((l) => !l.row && l.pieces.every((p) => !p.value))
    .map(width)
    .filter((n) => n >= 10)
  if (lens.length < 8) return undefined
  const sorted = lens.slice().sort((a, b) => a - b)
  const w = sorted[Math.floor(sorted.length * 0.75)]
  const near = lens.filter((n) => n >= w * 0.85 && n <= w * 1.15).length
  return near / lens.length >= 0.4 ? w : undefined
}

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
