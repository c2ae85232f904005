// When the source says the report was published: the page's own metadata above the report (“日期: 2016-12-30”,
// “发布时间：2025年01月20日 10:00”), or else the 落款 that closes it (the agency, then the date alone). A date
// inside a sentence is never taken: a report is full of them (the statistical period, meetings, deadlines)
// and none of them says when the report itself came out.
import { chineseDate, dateAlone, dateAt } from '../model/publication'
import type { Report } from '../model/report'
import { isPageMark, isPlaceholder, type Line } from './lines'
import { importText } from './messages'
import { AGENCY_END } from './title'
import type { ImportProblem, Trace } from './types'

export interface DateRead {
  /** YYYY-MM-DD */
  date: string
  /** What the date was read from, as found. */
  text: string
  line: Line
}

export interface SignOff extends DateRead {
  /** Indices of the 落款 lines (signature, date) in the lines searched: not part of any section's prose. */
  indices: number[]
}

// The labels a CMS prints above an article. 成文日期 is when the report was signed, so any other label wins;
// 更新时间 and the like say nothing about publication.
const META_LABEL =
  /(发布日期|发布时间|公开日期|公开时间|成文日期|(?<!更新|修改|截止|访问|统计|生效|有效|办理|答复|受理)(?:日期|时间))\s*[:：]\s*/g
const labelRank = (label: string): number => (/^(?:发布|公开)/.test(label) ? 0 : label === '成文日期' ? 2 : 1)

/** The publication date the page's metadata gives (`header`: the lines before the report's first part). */
export function pageDate(header: Line[]): DateRead | undefined {
  let best: (DateRead & { rank: number }) | undefined
  for (const line of header) {
    for (const m of line.text.matchAll(META_LABEL)) {
      const at = (m.index ?? 0) + m[0].length
      const d = dateAt(line.text.slice(at))
      if (!d) continue
      const rank = labelRank(m[1])
      if (!best || rank < best.rank)
        best = { date: d.date, text: line.text.slice(m.index, at + d.length), line, rank }
    }
  }
  return best && { date: best.date, text: best.text, line: best.line }
}

const SENTENCE_MARK = /[。，；：！？、,;:!?]/
const compact = (s: string): string => s.replace(/\s+/g, '')

/** A 发文机关署名: the agency, or a short line without punctuation that names a body. */
function isSigner(line: Line, agency: string): boolean {
  const s = compact(line.text)
  if (line.row || !s) return false
  if (s === compact(agency)) return true
  return s.length <= 40 && !SENTENCE_MARK.test(s) && AGENCY_END.test(s)
}

// Page furniture a copy leaves after the last paragraph: “-5-”, a lone dash, “【打印本页】【关闭窗口】”.
const BRACKETED = /^[[【].*[\]】]$/
const furniture = (l: Line): boolean =>
  !l.row && (isPageMark(l.text) || isPlaceholder(l.text) || BRACKETED.test(l.text))

/**
 * The 落款 closing `lines[from…]`: the last line being a date alone, optionally with a signature line above it.
 * Lines before `from` (the last part's heading and everything above) are never part of it.
 */
export function signOff(lines: Line[], from: number, agency: string): SignOff | undefined {
  let last = lines.length - 1
  while (last >= from && furniture(lines[last])) last--
  if (last < from || lines[last].row) return undefined
  const date = dateAlone(lines[last].text)
  if (!date) return undefined
  const signer = last - 1 >= from && isSigner(lines[last - 1], agency) ? last - 1 : undefined
  const indices = signer === undefined ? [last] : [signer, last]
  const text = indices.map((i) => lines[i].text).join(' ')
  return { date, text, line: lines[last], indices }
}

interface Imported {
  report: Report
  trace: Trace
  problems: ImportProblem[]
  signOff?: SignOff
}

/** Sets `published` from the page's date, else from the 落款, and tells the person where it came from. */
export function settlePublished(target: Imported, page: DateRead | undefined): void {
  const sign = target.signOff
  const from = page ?? sign
  if (!from) return
  target.report.published = from.date
  target.trace.published = { loc: from.line.loc, text: from.text }
  const note = (message: string, at: DateRead): void => {
    target.problems.push({ level: 'notice', message, ref: 'meta:published', loc: at.line.loc })
  }
  if (page) note(importText.publishedFromPage(page.text, chineseDate(page.date)), page)
  else if (sign) note(importText.publishedFromSignOff(sign.text, chineseDate(sign.date)), sign)
  if (page && sign)
    note(
      sign.date === page.date
        ? importText.signOffMoved(sign.text)
        : importText.signOffDiffers(sign.text, chineseDate(page.date)),
      sign
    )
}
