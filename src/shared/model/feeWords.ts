// Section 六's 信息处理费 figures in words: as reports write them (“全年收取政府信息公开信息处理费 0 元”),
// read by the importer, the export and the checks alike, and the sentence the export writes them in.
// Only an explicit figure next to its own words is read; “未收取” and the like say there was none.
import { FEE_DOMAINS } from './fees'
import { parseCellInput } from './cellInput'
import { halfWidth } from '../text/width'
import type { Fees } from './report'
import { cumulativeOfYear, MANNER, SINCE_OTHER_START } from '../text/when'

// A figure as section 六 writes it: with thousands separated by commas or spaces (1,234,560, 50 000), and
// in 万 (5万件, 123.456万元), as large agencies write theirs. Group 1 the figure, group 2 its 万.
const FIGURE =
  '(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万)?'
const fee = (before: string, unit: string) => new RegExp(`${before}\\s*${FIGURE}\\s*${unit}`)

/** The words of a total before a figure: 共, 合计, 共计, 总计. */
const TOTAL = '(?:共计|合计|总计|共)?'

export const FEE_PATTERNS: Record<keyof Fees, RegExp[]> = {
  notices: [
    fee(`(?:发出|送达|出具)(?:了)?(?:信息处理费)?收费通知(?:书)?${TOTAL}`, '[件份]'),
    fee(`收费通知(?:书)?(?:件数)?(?:为)?${TOTAL}(?:为)?`, '[件份]')
  ],
  noticedAmount: [fee(`收费通知(?:书)?(?:的)?(?:总)?金额(?:为)?${TOTAL}(?:为)?`, '元')],
  collected: [
    fee(`实际收取(?:信息处理费)?(?:的)?(?:总)?(?:金额)?(?:为)?${TOTAL}(?:为)?`, '元'),
    fee(`(?:共|全年)?收取(?:政府信息公开)?信息处理费${TOTAL}(?:为)?`, '元')
  ]
}

/** “123.456万” as 1234560: to the fen, no binary fraction left over. */
const ofWan = (v: number) => Math.round(v * 10000 * 100) / 100

export interface FeeRead {
  key: keyof Fees
  value: number
  /** The sentence part the figure was read from. */
  text: string
  /** Index of the paragraph in section 六. */
  paragraph: number
}

// What makes a figure of 信息处理费 not the year's own: said before it in its sentence, or right after it.
/** The rate (按每件收取信息处理费100元, 收费标准为…), not a sum. */
const RATE = /每|标准/
/** A sum due, not collected (应收取…), or one then waived (…200元，经审核予以免收). */
const DUE = /(?:应当?|需要?|须|拟|可以?|将)$/
const WAIVED =
  /^(?:[/／]件|[，,]?(?:经[^，,。；;]{0,8})?(?:予以|均|全部|已)?(?:免收|免于收取|减免|免除|不予收取|未收取|退还))/
/** Another time (上年度发出收费通知1件) or other bodies (全市共发出收费通知3件). */
const ELSEWHEN = new RegExp(`上一?年|去年|前年|同期|往年|历年|${SINCE_OTHER_START.source}`)
const THIS_YEAR = /本年|今年|全年|当年/
const ELSEWHERE = /全[市区县省州]|各(?:级|[乡镇街区县市部委局单])|所属|下属/
const YEAR = /(?<!\d)((?:19|20)\d{2})年/g

/** The words of the sentence before `at` in `p`, and of its clause. */
function before(p: string, at: number): { sentence: string; clause: string } {
  const start = Math.max(...[...'。；;！!？?\n'].map((c) => p.lastIndexOf(c, at - 1))) + 1
  const sentence = p.slice(start, at)
  return { sentence, clause: /[^，,：:]*$/.exec(sentence)![0] }
}

/**
 * Whether the figure read at `at` (its words to `end`) of paragraph `p` is not the year's own to the agency:
 * a rate, a sum due or waived, or said of another time or other bodies.
 */
export function notOwn(p: string, at: number, end: number, year?: number): boolean {
  const { clause } = before(p, at)
  return (
    RATE.test(clause) || DUE.test(clause) || WAIVED.test(p.slice(end, end + 16)) || elsewhere(p, at, year)
  )
}

/** Whether what is said at `at` of `p` is of another year than `year` (when known), another time or other bodies. */
function elsewhere(p: string, at: number, year?: number): boolean {
  const { sentence, clause } = before(p, at)
  const when = THIS_YEAR.test(clause) ? clause : sentence
  const years = [...when.matchAll(YEAR)].map((m) => Number(m[1]))
  if (ELSEWHEN.test(when) || (year !== undefined && years.some((y) => y !== year))) return true
  // 累计 is since some start, unless its sentence names the year (2024年，累计收取…); 按照全省统一标准 names
  // what the agency went by, not whose the figure is.
  if (/累计/.test(when) && !cumulativeOfYear(sentence)) return true
  return ELSEWHERE.test(
    sentence
      .split(/[，,]/)
      .filter((c) => !MANNER.test(c))
      .join('，')
  )
}

/**
 * Every figure section 六 states, in the order written: a text may state one twice, and differently (its
 * own words, then the sentence an export of ours added after a figure changed in the form). Not a rate, a
 * sum due or waived, nor one of another year than `year` or of other bodies.
 */
export function readFees(other: string, year?: number): FeeRead[] {
  const out: FeeRead[] = []
  const paragraphs = other.split('\n')
  for (const key of Object.keys(FEE_PATTERNS) as (keyof Fees)[]) {
    for (const [i, written] of paragraphs.entries()) {
      // Full-width digits (３９４０, as an IME types them) are figures too; the words quoted are the text's
      // own, at the same places, half-width digits being as many characters.
      const p = halfWidth(written)
      // One statement may match several patterns (“发出收费通知2件” holds “收费通知2件”): one read each end.
      const byEnd = new Map<number, { at: number; value: number; text: string }>()
      for (const re of FEE_PATTERNS[key])
        for (const m of p.matchAll(new RegExp(re.source, 'g'))) {
          // 123.456万元 has more decimals than 元 may: the figure in 元 is what must be one.
          const digits = m[1].replace(/[,，\s]/g, '')
          const r = parseCellInput(m[2] ? String(ofWan(Number(digits))) : digits, FEE_DOMAINS[key])
          if (!r.ok || r.value === null) continue
          const end = m.index + m[0].length
          if (notOwn(p, m.index, end, year)) continue
          if (!byEnd.has(end))
            byEnd.set(end, { at: m.index, value: r.value, text: written.slice(m.index, end) })
        }
      for (const { value, text } of [...byEnd.values()].sort((a, b) => a.at - b.at))
        out.push({ key, value, text, paragraph: i })
    }
  }
  return out
}

/**
 * Section 六's 信息处理费 figures in words, from the form's three fields (FEE-01): worded as reports word
 * them, so that a reader (the importer included) finds each figure beside its name.
 */
export const FEE_CLAUSES = {
  notices: (n: string) => `发出信息处理费收费通知${n}件`,
  noticedAmount: (n: string) => `收费通知总金额${n}元`,
  collected: (n: string) => `实际收取总金额${n}元`
} as const
export const feeSentence = (clauses: string[]): string => `本年度${clauses.join('，')}。`
const anyClause = `(?:${Object.values(FEE_CLAUSES)
  .map((clause) => clause('\\d+(?:\\.\\d+)?'))
  .join('|')})`
/**
 * The sentence feeSentence writes, and nothing else on its line: an import of the app's own export takes
 * the figures from it and leaves it out of the prose, so that the form, not a stale copy, prints them.
 */
export const FEE_SENTENCE = new RegExp(`^本年度${anyClause}(?:，${anyClause})*。$`)

/**
 * Prose saying there was none of a figure (“未发出收费通知”, “未收取任何费用”): it states a 0 of its own.
 * Within one sentence: “…无？” ending a paragraph said nothing of the 收费通知 the next one names.
 */
// Not “逾期未按收费通知要求缴纳费用”, table 三's own words for a lapsed request, which says a notice was sent;
// nor a waiver for some requests (“对1件申请免收信息处理费”), which says nothing of the others.
const FEE_NONE: Record<keyof Fees, RegExp> = {
  notices: /(?:未|没有|无)(?!按)(?:发出|送达|出具)?[^。；，？！?!\n]{0,6}收费通知/,
  noticedAmount: /(?:未|没有|无)(?!按)(?:发出|送达|出具)?[^。；，？！?!\n]{0,6}收费通知/,
  collected:
    /(?:未|没有|不|无)(?:收取|收费)|(?<!件[^，,。；？！?!\n]{0,8})免(?:收|于收取)|收费[^。；？！?!\n]{0,4}为零/
}

/** The rate's free part (累计申请10件以下的不收费), not a year without fees. */
const FREE_BELOW = /以下|以内|不超过|未超过|部分/

export type StatedFee = { value: number; text: string }

/**
 * Every figure the prose states for each fee, and in which words: read beside its name, or else a 0 said as
 * none. The export leaves out a figure stated the same everywhere; the checks name any stated otherwise.
 */
export function statedFees(text: string, year?: number): Partial<Record<keyof Fees, StatedFee[]>> {
  const out: Partial<Record<keyof Fees, StatedFee[]>> = {}
  for (const f of readFees(text, year)) (out[f.key] ??= []).push({ value: f.value, text: f.text })
  for (const key of Object.keys(FEE_NONE) as (keyof Fees)[]) {
    if (out[key]) continue
    const none = [...text.matchAll(new RegExp(FEE_NONE[key].source, 'g'))].find(
      (m) =>
        !elsewhere(text, m.index, year) &&
        !FREE_BELOW.test(/[^，,：:。；;\n]*$/.exec(text.slice(0, m.index))![0])
    )
    if (none) out[key] = [{ value: 0, text: none[0] }]
  }
  return out
}

/**
 * The fee figures with each one left blank in the form but stated by the text of 六 (`other`), one way
 * only, taken from the text: “本年度未收取信息处理费” states a 0 that the checks and the importer read, and so
 * must a JSON reader. A figure stated two ways stays blank (the checks name it); one filled in is kept.
 */
export const feesWithStated = (fees: Fees, other: string, year?: number): Fees =>
  fillStated(fees, statedFees(other, year))

/** `fees` with each blank filled by what `stated` gives it, where the text gives one figure only. */
export function fillStated(fees: Fees, stated: ReturnType<typeof statedFees>): Fees {
  const out = { ...fees }
  for (const key of Object.keys(out) as (keyof Fees)[]) {
    const said = stated[key]
    if (out[key] === null && said?.length && said.every((s) => s.value === said[0].value))
      out[key] = said[0].value
  }
  return out
}
