// A table of contents (目录) is no part of the report. Its entries are the parts' headings with their pages:
// read as headings, they would start the parts at the contents, the real headings after it then out of
// order; read as text, they fill 总体情况 ahead of its words. Word's own (a TOC field, its content control,
// paragraphs in its styles) and a Word page's (MsoToc1…) are marked by their readers (Line.contents); one
// typed, or flattened into a text or a web page, is known by its shape: entries that end in a page number
// after dot leaders (一、总体情况……1), or under a line 目录 after a space (一、总体情况 1); or a list of the
// parts' headings alone (a page's links to its parts), given again after it where the parts begin.
import { SECTION_IDS } from '../model/report'
import type { Line } from './lines'
import { headingOf } from './sections'

const TITLE = /^目\s*录\s*[:：]?$/
// The entry's words (a Han character among them), its leaders, its page.
const LEADERED =
  /^(?=.*\p{Script=Han}).*?\S\s*(?:(?:[.．·・•⋯_]\s*){2,}|(?:…\s*)+|(?:。\s*){3,})[(（]?\d{1,3}[)）]?$/u
const SPACED = /^(?=.*\p{Script=Han}).*[\p{Script=Han}）)]\s+\d{1,3}$/u

/** The indices of the lines of a table of contents in `lines`, its title 目录 included. */
export function contentsLines(lines: Line[]): Set<number> {
  const out = new Set<number>()
  // (an entry is short: a long line is not tried, nor its run of dots backtracked over)
  const entry = (l: Line, titled: boolean): boolean =>
    !l.row &&
    (!!l.contents || (l.text.length <= 120 && (LEADERED.test(l.text) || (titled && SPACED.test(l.text)))))
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].contents) out.add(i)
    const titled = !lines[i].row && TITLE.test(lines[i].text)
    const start = titled ? i + 1 : i
    let end = start
    while (end < lines.length && entry(lines[end], titled)) end++
    // Two entries at least, that a sentence ending in …3 is not one; under its title one is enough.
    if (end - start < (titled ? 1 : 2)) end = listed(lines, start, titled ? 2 : 3)
    if (end > start) {
      for (let k = i; k < end; k++) out.add(k)
      i = end - 1
    }
  }
  return out
}

/**
 * The end of a list of `min` or more of the parts' headings from `from`, one after another in statutory
 * order, whose first comes again after it; else `from`. A report whose parts are all empty gives each
 * heading once.
 */
function listed(lines: Line[], from: number, min: number): number {
  let end = from
  let last = -1
  for (; end < lines.length && !lines[end].row; end++) {
    const id = headingOf(lines[end].text)
    const order = id ? SECTION_IDS.indexOf(id) : -1
    if (order <= last) break
    last = order
  }
  if (end - from < min) return from
  const first = headingOf(lines[from].text)
  return lines.slice(end).some((l) => !l.row && headingOf(l.text) === first) ? end : from
}
