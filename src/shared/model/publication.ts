// When a report is published and by when it must be: 条例第四十九条 (reports on 2019 and later) and the
// 2007 条例第三十一条 (earlier ones), with a local rule where the 条例 sets no date (template-2021.md: 乡镇
// and bodies not named there) or a province sets an earlier one. Dates are ISO strings (YYYY-MM-DD).
import type { Report } from './report'
import { chineseNumeral, DIGIT } from '../text/numerals'

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_DAY = /^(\d{2})-(\d{2})$/

/** A real calendar date as YYYY-MM-DD (not 2025-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  )
}

/** MM-DD that is a day of every year except 02-29 (a deadline is a day every year). */
export function isMonthDay(s: string): boolean {
  return MONTH_DAY.test(s) && s !== '02-29' && isIsoDate(`2001-${s}`)
}

const pad = (n: number): string => String(n).padStart(2, '0')
const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`

/** 2025-01-20 → 2025年1月20日, as a 落款 prints it (GB/T 9704: Arabic numerals, no leading zeros). */
export function chineseDate(iso: string): string {
  const m = ISO.exec(iso)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso
}

// Typists write the zero of 二〇二五 as 〇, 零, a circle ○ or a letter O.
const HAN_DIGITS: Readonly<Record<string, number>> = { ...DIGIT, '○': 0, Ｏ: 0, O: 0, o: 0 }
const HAN_YEAR = '[〇零○ＯOo一二三四五六七八九]{4}'
const HAN_SMALL = '[一二三四五六七八九十]{1,3}'

/** 十二 → 12, 二十一 → 21, 三十 → 30. */
const hanNumber = (s: string): number => chineseNumeral(s) ?? NaN

const FULL_WIDTH = /[０-９]/g
const halfDigits = (s: string): string =>
  s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

// 号 is how many say and type the day (1月20号): read as 日.
const ARABIC_DATE =
  /((?:19|20)\d{2})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})(?!\d)\s*[日号]?/
const HAN_DATE = new RegExp(`(${HAN_YEAR})年(${HAN_SMALL})月(${HAN_SMALL})日`)

/** The first real date in `text` (2025年1月20日, 2025-01-20, 2025/1/20, 二〇二五年一月二十日), as ISO. */
export function findDate(text: string): string | undefined {
  const s = halfDigits(text)
  const a = ARABIC_DATE.exec(s)
  if (a) {
    const iso = isoDate(Number(a[1]), Number(a[2]), Number(a[3]))
    if (isIsoDate(iso)) return iso
  }
  const h = HAN_DATE.exec(s)
  if (h) {
    const year = Number([...h[1]].map((c) => HAN_DIGITS[c]).join(''))
    const iso = isoDate(year, hanNumber(h[2]), hanNumber(h[3]))
    if (isIsoDate(iso)) return iso
  }
  return undefined
}

// The zero of 二〇二五 typed as a circle or a letter O, for DATE_TEXT, which knows only 〇: within a year
// written in Chinese numerals (before its 年), so that no other O of the text is touched.
const ZERO_LOOKALIKE = /[○ＯOo](?=[〇零一二三四五六七八九○ＯOo]{0,3}年)/g

// An IME in Chinese punctuation mode types 2027.1.20 as 2027。1。20 or with full-width ．／－.
const SEPARATORS: Record<string, string> = { '．': '.', '。': '.', '／': '/', '－': '-' }

/** Same length as `s`, so that an offset in the result is an offset in `s`. */
const normalize = (s: string): string =>
  halfDigits(s)
    .replace(ZERO_LOOKALIKE, '〇')
    .replace(/[．。／－]/g, (c) => SEPARATORS[c])

const DATE_TEXT =
  /^(?:(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|([-./])\s*\d{1,2}\s*\1\s*\d{1,2}(?!\d))|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)/

/** A date field's text as typed, less the full stop an IME in Chinese punctuation mode may end it with. */
const typed = (text: string): string => text.trim().replace(/\s*[。.．]+$/, '')

/** The date `s` starts with, and how many characters of `s` it takes. */
export function dateAt(s: string): { date: string; length: number } | undefined {
  const m = DATE_TEXT.exec(normalize(s))
  const date = m ? findDate(m[0]) : undefined
  return m && date ? { date, length: m[0].length } : undefined
}

/** The text is a date and nothing else (“2025年1月20日”, “二〇二五年一月二十日”). */
export function dateAlone(text: string): string | undefined {
  const s = typed(text)
  const d = dateAt(s)
  return d && d.length === s.length ? d.date : undefined
}

const MONTH_DAY_TEXT = /^(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*[日号]?$/

/** A day of the year as typed (“2月20日”, “02-20”, full-width digits) → MM-DD, if it is one every year. */
export function parseMonthDay(text: string): string | undefined {
  const m = MONTH_DAY_TEXT.exec(normalize(typed(text)))
  if (!m) return undefined
  const md = `${pad(Number(m[1]))}-${pad(Number(m[2]))}`
  return isMonthDay(md) ? md : undefined
}

/**
 * Why a 发布日期 (`published`, a day of one year) or 本地发布时限 (`publishBy`, a day of every year) typed
 * as `text` was not read, when it is more than “not a date”: so that its message can say what to change.
 */
export type DateTrouble =
  | { kind: 'noSuchDay'; year?: number; month: number; day: number }
  | { kind: 'noSuchMonth'; month: number }
  | { kind: 'leapDay' }
  | { kind: 'noYear' }
  | { kind: 'hasYear' }

const PARTS = /^(?:((?:19|20)\d{2})\s*(?:年|-|\/|\.)\s*)?(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*[日号]?$/

export function dateTrouble(text: string, field: 'published' | 'publishBy'): DateTrouble | undefined {
  const m = PARTS.exec(normalize(typed(text)))
  if (!m) return undefined
  const year = m[1] ? Number(m[1]) : undefined
  const [month, day] = [Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return { kind: 'noSuchMonth', month }
  if (field === 'publishBy' && month === 2 && day === 29) return { kind: 'leapDay' }
  // 2001 has no 2月29日: a day of every year must be in every year.
  if (!isIsoDate(isoDate(year ?? (field === 'published' ? 2000 : 2001), month, day)))
    return { kind: 'noSuchDay', year: field === 'published' ? year : undefined, month, day }
  if (field === 'published' && year === undefined) return { kind: 'noYear' }
  if (field === 'publishBy' && year !== undefined) return { kind: 'hasYear' }
  return undefined
}

/** 02-20 → 2月20日 */
export const monthDayText = (md: string): string => `${Number(md.slice(0, 2))}月${Number(md.slice(3))}日`

export interface Deadline {
  /** The last day to publish, YYYY-MM-DD. */
  date: string
  /** Where it comes from, as the official reads it. */
  basis: string
}

// 乡、镇人民政府 and 街道办事处: the 条例 names no date for them; their province or city does.
const LOCAL_ONLY = /(?:乡|镇|苏木)(?:人民)?政府$|街道办事处$|街道$/

const deadlineText = {
  local: '本地规定',
  legacy: '原条例第三十一条：每年3月31日前',
  department: '条例第四十九条：县级以上人民政府部门每年1月31日前',
  government: '条例第四十九条：县级以上地方人民政府每年3月31日前'
} as const

/** True when only a local rule can say by when `report` must be published. */
export const needsLocalDeadline = (report: Pick<Report, 'agency'>): boolean =>
  LOCAL_ONLY.test(report.agency.replace(/\s/g, ''))

/**
 * By when `report` must be published, or undefined when no rule is known: a 乡镇 without its local rule, or
 * an agency not yet named. A local rule can bring the day forward, never past the 条例's (PUB-02, PUB-03).
 */
export function publicationDeadline(
  report: Pick<Report, 'year' | 'format' | 'agency' | 'agencyKind' | 'publishBy'>
): Deadline | undefined {
  const statutory = statutoryDeadline(report)
  if (!report.publishBy || !isMonthDay(report.publishBy)) return statutory
  const local = { date: `${report.year + 1}-${report.publishBy}`, basis: deadlineText.local }
  return statutory && statutory.date < local.date ? statutory : local
}

function statutoryDeadline(
  report: Pick<Report, 'year' | 'format' | 'agency' | 'agencyKind'>
): Deadline | undefined {
  const next = report.year + 1
  if (report.format === 'legacy') return { date: isoDate(next, 3, 31), basis: deadlineText.legacy }
  // Without a name the kind of agency is a guess (an import of a page that never names it): no deadline.
  if (!report.agency.trim() || needsLocalDeadline(report)) return undefined
  return report.agencyKind === 'department'
    ? { date: isoDate(next, 1, 31), basis: deadlineText.department }
    : { date: isoDate(next, 3, 31), basis: deadlineText.government }
}

/** The local calendar day of `now`, as ISO. */
export const todayIso = (now = new Date()): string =>
  isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())

/** Whole days from `today` to `deadline` (negative once past), both ISO dates. */
export function daysUntil(today: string, deadline: string): number {
  const t = (iso: string): number =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
  return Math.round((t(deadline) - t(today)) / 86_400_000)
}
