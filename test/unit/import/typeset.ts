// Text lines (a report's text export) set on A4 pages as a PDF or OFD writer places them: one run of text
// per stretch that two or more spaces part from the next, at its place on the page (mm, y down the page).

export const SIZE = 4
const LINE = 6.5
export const LEFT = 25
const TOP = 30
const LINES_PER_PAGE = 38
const WRAP = 38

export const wide = (ch: string): boolean => /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch)
export const width = (s: string): number => Array.from(s).reduce((n, ch) => n + (wide(ch) ? 2 : 1), 0)

export interface Run {
  text: string
  /** left edge and baseline, in mm from the page's top left */
  x: number
  y: number
}

function pagesOf(text: string): string[][] {
  const lines = text.split('\n').flatMap((raw) => {
    const line = raw.replace(/^\u3000+/, '  ')
    if (/ {2}/.test(line.trim()) || width(line) <= WRAP * 2) return [line]
    const chars = Array.from(line)
    const out: string[] = []
    for (let i = 0; i < chars.length; i += WRAP) out.push(chars.slice(i, i + WRAP).join(''))
    return out
  })
  const pages: string[][] = []
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE))
  return pages
}

/** The runs of each page. */
export function typeset(text: string): Run[][] {
  return pagesOf(text).map((lines) =>
    lines.flatMap((line, n) =>
      [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
        text: m[0],
        x: LEFT + width(line.slice(0, m.index)) * (SIZE / 2),
        y: TOP + n * LINE
      }))
    )
  )
}
