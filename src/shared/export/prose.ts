// A section's prose as paragraphs: one per non-empty line. Leading blanks (the two full-width spaces people
// type to indent) are dropped because every output indents paragraphs itself.
import { getFormat } from '../formats'
import type { SectionDecl, SectionId } from '../formats'
import { FEE_DOMAINS, FEE_KEYS } from '../model/fees'
import { chineseDate, isIsoDate } from '../model/publication'
import { defaultTitle } from '../model/report'
import type { Report } from '../model/report'
import { formatValue } from './grid'
import { headedLine, headingOf } from '../import/sections'
import { FEE_CLAUSES, feeSentence, statedFees } from '../model/feeWords'
import { displayWidth } from './width'

// Word's soft line break (pasted as \v) and a page break (\f) end a line too; the other control characters a
// paste can carry print as boxes in a PDF and are dropped, as are U+FFFE/U+FFFF and a half of a surrogate
// pair left alone, which XML does not allow: Word refuses a document.xml holding one.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const LINE_END = /\r\n|[\r\n\v\f\u2028\u2029]/

export function paragraphs(prose: string | undefined): string[] {
  return (prose ?? '')
    .replace(CONTROL, '')
    .split(LINE_END)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '')
}

/**
 * A second-level heading that opens a paragraph, e.g. （一）主动公开。 or （二）依申请公开： — drawn in 楷体 in
 * Word. A few words, up to their stop or colon: one with a comma before it (（一）2024年，我局…) is a sentence.
 */
export function runInHeading(paragraph: string): { heading: string; rest: string } | null {
  const m = /^([（(][一二三四五六七八九十]{1,3}[）)][^。！？；：:，,\n]{1,20}(?:[。！？；：:]|$))/.exec(
    paragraph
  )
  if (!m) return null
  return { heading: m[1], rest: paragraph.slice(m[1].length) }
}

/** Display columns on the first line of a body paragraph: the 156 mm text block in 3号 less the 2-character indent. */
const FIRST_LINE_COLUMNS = 50

/**
 * A paragraph of prose that heads what follows rather than saying something: a numbered heading on a line of its
 * own (（一）主动公开情况), or one short line without a sentence's closing mark (a caption typed above a table,
 * a line ending in ：). Word keeps such a paragraph with the next one, so that it never ends a page.
 */
export function isSubheading(paragraph: string): boolean {
  if (runInHeading(paragraph)?.rest === '') return true
  return displayWidth(paragraph) <= FIRST_LINE_COLUMNS && !/[。！？；…]['"’”）)]*$/.test(paragraph)
}

/**
 * A section's prose without its own heading, when it was pasted with it as its first line (一、总体情况, or
 * 六、其他需要报告的事项：本年度无, whose words after the colon stay): every output prints the heading itself.
 */
export function withoutOwnHeading(prose: string | undefined, id: SectionId): string {
  const text = prose ?? ''
  const body = text.replace(/^[\s\u3000]+/, '')
  const end = body.search(LINE_END)
  const first = (end < 0 ? body : body.slice(0, end)).trim()
  const after = end < 0 ? '' : body.slice(end).replace(/^(?:\r\n|[\s\S])/, '')
  const headed = headedLine(first)
  if (headed?.id === id) return `${headed.rest}${end < 0 ? '' : '\n'}${after}`
  return headingOf(first) === id ? after : text
}

/**
 * The paragraphs of one section as the document prints them. Prose pasted together with its own heading
 * (一、总体情况 as its first line, or worded otherwise: 一、总体情况：, last year's 五、存在的主要问题和改进措施)
 * would print the heading twice, so that line is left out.
 */
export function sectionParagraphs(report: Report, section: SectionDecl): string[] {
  const own = paragraphs(withoutOwnHeading(report.sections[section.id], section.id))
  const fees = section.id === 'other' ? feeParagraph(report, own) : null
  return fees ? [...own, fees] : own
}

/**
 * The 信息处理费 figures the form holds beside section 六 (2021 format), as the sentence the published report
 * must contain: each figure filled in, unless the prose already states that same figure in its own words (as
 * a reader, the importer included, finds it; “未收取” states a 0), so that no figure is printed twice. A
 * figure the prose states otherwise is printed all the same: the contradiction is the checks' to name.
 */
export function feeParagraph(report: Report, prose: string[]): string | null {
  if (!getFormat(report.format).requiresFees) return null
  const stated = statedFees(prose.join('\n'), report.year)
  const clauses = FEE_KEYS.flatMap((k) => {
    const v = report.fees[k]
    const said = stated[k]
    return v === null || !Number.isFinite(v) || (said && said.every((s) => s.value === v))
      ? []
      : [FEE_CLAUSES[k](formatValue(report, FEE_DOMAINS[k], v))]
  })
  return clauses.length ? feeSentence(clauses) : null
}

/** The title the document carries: the report's own, or the statutory one when it has none yet. */
export const documentTitle = (report: Report): string =>
  report.title.trim() || defaultTitle(report.agency.trim(), report.year)

/** Display columns on a line of the title: 二号 (22 pt) across the 156 mm text block holds 20 characters. */
const TITLE_COLUMNS = 40
// Columns only estimate a font's widths: a title of exactly 40 columns wrapped at …年度报 / 告 in Chromium's
// print and in LibreOffice. Two characters to spare keep a title's last characters off a line of their own.
const TITLE_FITS = TITLE_COLUMNS - 4

/**
 * The title in the lines it prints on. Left to wrap, a title longer than a line breaks wherever the line
 * ends (…工作年 / 度报告); GB/T 9704-2012 §7.3.3 wants its lines whole in sense: it breaks before
 * 政府信息公开 (清河市滨江区人民政府2024年 / 政府信息公开工作年度报告) when both lines then fit, as
 * does a title that would only just fit on one line, whose last characters would wrap alone.
 */
export function titleLines(title: string): string[] {
  if (displayWidth(title) <= TITLE_FITS) return [title]
  const found = title.lastIndexOf('政府信息公开')
  // 荔湾区人民政府信息公开年度报告: the agency's 政府 is the subject's too, and the line breaks after it.
  const at = found >= 2 && title.slice(found - 2, found) === '人民' ? found + 2 : found
  const lines = [title.slice(0, at), title.slice(at)]
  return at > 0 && lines.every((l) => displayWidth(l) <= TITLE_COLUMNS) ? lines : [title]
}

export interface SignOff {
  /** 发文机关署名; empty when the report names no agency. */
  agency: string
  /** 成文日期 as GB/T 9704 prints it: 2025年1月20日. */
  date: string
}

/** The 落款 closing the document once the report has a 发布日期 (none before: nothing to sign with). */
export function signOff(report: Report): SignOff | null {
  if (!report.published || !isIsoDate(report.published)) return null
  return { agency: report.agency.trim(), date: chineseDate(report.published) }
}

/**
 * Right indents in characters of body text (GB/T 9704-2012 §7.3.5.1): the date 右空四字, the agency centred
 * over the date (at the right margin at most, when it is much the longer).
 */
export function signOffIndents(s: SignOff): { agency: number; date: number } {
  const chars = (text: string): number => displayWidth(text) / 2
  const DATE = 4
  return { agency: Math.max(0, DATE + (chars(s.date) - chars(s.agency)) / 2), date: DATE }
}
