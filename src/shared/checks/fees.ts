// Section 六's 信息处理费 figures (FEE-01..04, 国办函〔2020〕109号).
import { splitRef, type FormatDecl } from '../formats'
import { FEE_DOMAINS, FEE_KEYS } from '../model/fees'
import { fillStated, notOwn, statedFees } from '../model/feeWords'
import { SECTION_IDS, type Report } from '../model/report'
import { domainFinding } from './cells'
import { cellFullName } from './labels'
import { remember, type Memo } from './memo'
import { checkText } from './messages'
import { normalizeProse } from './text'
import type { Finding } from './types'

const ref = (k: string) => `fees:${k}`
// Section 六's text changes far less often than the figures: its fee words are read once per text.
const feeWords: Memo<ReturnType<typeof statedFees>> = new Map()
const isTens = (v: number) => Math.abs(v / 10 - Math.round(v / 10)) < 1e-9
// Another tool's JSON may carry 0.1+0.2 for 0.3: money that differs by a binary fraction is the same money.
const sameMoney = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
// “收取信息处理费3940元” in prose.
const FEE_IN_PROSE = /信息处理费[^。；\d]{0,12}?(\d+(?:\.\d+)?)元/g

// FEE-05: what the 2007 条例第三十二条（三） asked for, in any of its usual words: a part on 收费及减免, or a
// sentence that nothing was charged (“未收取任何费用”, “无…收费的情况”).
const LEGACY_FEES =
  /收费及减免|减免情况|支出与收费|收费情况|相关费用|(?:未|不|没有|无)[^。；]{0,12}(?:收取|收费)|收取[^。；]{0,12}费用|检索费|复制费|邮寄费/

/** `refused`: fee fields whose typed entry was refused, blank in `report`, and not also called unfilled. */
export function checkFees(
  report: Report,
  format: FormatDecl,
  refused: ReadonlySet<string> = new Set()
): Finding[] {
  const out: Finding[] = []
  if (format.id === 'legacy') {
    const prose = SECTION_IDS.map((s) => normalizeProse(report.sections[s] ?? '')).join('\n')
    if (!LEGACY_FEES.test(prose))
      out.push({
        rule: 'fees.legacyPart',
        severity: 'warning',
        message: checkText.legacyFees,
        cells: ['sections:other']
      })
    return out
  }
  const f = report.fees
  if (format.feesPrematureYear === report.year) {
    const other = normalizeProse(report.sections.other)
    // Not the rate of the rules to come (自2021年1月1日起…按每件收取信息处理费100元), nor another year's.
    const claimed =
      FEE_KEYS.some((k) => (f[k] ?? 0) > 0) ||
      [...other.matchAll(FEE_IN_PROSE)].some(
        (m) => Number(m[1]) > 0 && !notOwn(other, m.index, m.index + m[0].length, report.year)
      )
    if (claimed) {
      out.push({
        rule: 'fees.premature',
        severity: 'warning',
        message: checkText.feesPremature,
        cells: [...FEE_KEYS.map(ref), 'sections:other']
      })
    }
  }
  if (!format.requiresFees) return out

  const other = normalizeProse(report.sections.other)
  const stated = remember(feeWords, `${report.year}\u0000${other}`, () => statedFees(other, report.year))
  // A figure the text of 六 states (“未发出收费通知，未收取信息处理费” states three 0s) is given, as the
  // published report prints it and as the importer reads it: only one stated nowhere is missing.
  const missing = FEE_KEYS.filter((k) => f[k] === null && !stated[k]?.length && !refused.has(ref(k)))
  if (missing.length) {
    out.push({
      rule: 'fees.missing',
      severity: 'error',
      message: checkText.feesMissing(missing.map((k) => checkText.fees[k])),
      cells: missing.map(ref)
    })
  }
  let valid = true
  for (const k of FEE_KEYS) {
    const v = f[k]
    const bad = v === null ? null : domainFinding(ref(k), checkText.fees[k], v, FEE_DOMAINS[k])
    if (bad) {
      out.push(bad)
      // Only a figure that is wrong, not one written with a decimal too many, keeps the rules below from it.
      if (bad.severity === 'error') valid = false
    }
  }
  if (!valid) return out

  // A blank the text of 六 fills is judged as the published report prints it: “发出收费通知1件” with 2
  // lapsed requests in 表三 is as short of notices as the figure typed in the form.
  const given = fillStated(f, stated)
  // A figure the text gives is found in the text: a click selects its words there, not the blank field.
  const at = (k: keyof typeof f): string[] => (f[k] === null ? ['sections:other', ref(k)] : [ref(k)])
  const quoted = (k: keyof typeof f): { quote: string } | object => {
    const text = f[k] === null ? stated[k]?.[0]?.text : undefined
    return text ? { quote: text } : {}
  }
  if (format.feeLapsedCell) {
    const [table, key = ''] = splitRef(format.feeLapsedCell) as ['requests', string?]
    const lapsed = report.tables[table]?.[key]
    if (lapsed && lapsed > 0 && given.notices !== null && given.notices < lapsed) {
      out.push({
        rule: 'fees.notices',
        severity: 'error',
        message: checkText.feesNotices(given.notices, lapsed, cellFullName(format, format.feeLapsedCell)),
        cells: [...at('notices'), format.feeLapsedCell],
        ...quoted('notices')
      })
    }
  }
  if (
    given.collected !== null &&
    given.noticedAmount !== null &&
    given.collected > given.noticedAmount &&
    !sameMoney(given.collected, given.noticedAmount)
  ) {
    out.push({
      rule: 'fees.collected',
      severity: 'warning',
      message: checkText.feesCollected(given.collected, given.noticedAmount),
      cells: [...new Set([...at('collected'), ...at('noticedAmount')])],
      ...quoted('collected')
    })
  }
  for (const k of ['noticedAmount', 'collected'] as const) {
    const v = given[k]
    if (v !== null && !isTens(v)) {
      out.push({
        rule: 'fees.tens',
        severity: 'warning',
        message: checkText.feesTens(checkText.fees[k], v),
        cells: at(k),
        ...quoted(k)
      })
    }
  }
  // The text of 六 stating a figure the form does not hold: the export prints both, the reader sees two.
  for (const k of FEE_KEYS) {
    const v = f[k]
    const said = v === null ? undefined : stated[k]?.find((s) => !sameMoney(s.value, v))
    if (v !== null && said)
      out.push({
        rule: 'fees.prose',
        // The published report would state two figures for one: an error, as a broken sum is.
        severity: 'error',
        message: checkText.feesProse(checkText.fees[k], v, k === 'notices' ? '件' : '元', said.text),
        // The words are what the click shows: the field already holds the figure it names.
        cells: ['sections:other', ref(k)],
        quote: said.text
      })
  }
  return out
}
