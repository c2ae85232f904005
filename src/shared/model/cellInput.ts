// The one place where text typed, pasted or imported into a cell becomes a value. The law wants plain
// numbers (VAL-02/03/06); people write “１２”, “1,234”, “12件”, “(增1)”, “2000万”, “/”. What is clearly a
// number is accepted, everything else is refused with a message the person can act on.
import type { AmountUnit, CellDomain } from '../formats/types'
import { withoutInvisibles } from '../text/invisible'
import { plainNumber } from '../text/number'
import { allowedDecimals } from './domain'
import { cellText } from './messages'
import type { CellValue } from './report'

export type CellInputResult = { ok: true; value: CellValue } | { ok: false; message: string }
export type AmountInputResult =
  { ok: true; value: CellValue; unit?: AmountUnit } | { ok: false; message: string }

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message })

/**
 * Full-width ASCII (１２３，－．（）％) to half-width, the minus look-alikes to '-', no white space and no
 * invisible characters.
 */
export const normalizeCellText = (text: string): string => withoutSpaces(halfWidth(text))

// Apart, so that a cell can look at its spaces before they go (1 2 is two figures).
const halfWidth = (text: string): string =>
  withoutInvisibles(text)
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
    // an em dash before a figure is a minus typed so (—4); alone it is a placeholder (VAL-06)
    .replace(/\u2014(?=\d)/g, '-')
    .replace(/[\u3002\uFF61]/g, (ch, i: number, s: string) => (/\d/.test(s[i + 1] ?? '') ? '.' : ch))
const withoutSpaces = (text: string): string => text.replace(/[\s\u00A0\u3000]+/g, '')

// “/”, “-”, “—”, “—/—”, “无”: a placeholder is not a number (VAL-06).
const PLACEHOLDER = /^(?:[-—―/\\]+|无|暂无|没有|空|不适用|n\/?a)$/i
const COUNT_UNITS = /(?:件|宗|项|个|条|次)$/
const MONEY_UNITS = /(?:万元|万|元)$/
const SIGN_PREFIX = /^(新增|增加|增|减少|减|[+-])/
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/
// A figure with 万 or 亿 written after it, in money (1.2亿元) or in a count with its unit gone (1.2万).
const SCALED = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万|亿)(元|)$/

/** `digits` × 10^`places`, in decimal, exactly (1.2 × 10^4 is 12000, where 1.1 * 10000 is 11000.000000000002). */
function shifted(digits: string, places: number): string {
  const [whole, fraction = ''] = digits.replace(/,/g, '').split('.')
  const all = whole + fraction.padEnd(places, '0')
  const point = whole.length + places
  const int = all.slice(0, point).replace(/^0+(?=\d)/, '')
  const rest = all.slice(point).replace(/0+$/, '')
  return rest ? `${int}.${rest}` : int
}

interface Parsed {
  value: number
  /** Significant decimals (trailing zeros do not count: “12.00” is the integer 12). */
  decimals: number
  unit?: AmountUnit
}

// “1 2” is two figures, or one typed with a slip: joined, it would become 12 unsaid. A space between
// groups of three (1 234) is a thousands separator.
const DIGITS_APART = /\d[\s\u00A0\u3000]+\d/
const SPACED_THOUSANDS = /^\D*\d{1,3}(?:[ \u00A0\u3000]\d{3})+(?:\.\d+)?\D*$/

function parse(
  text: string,
  domain: CellDomain
): { ok: true; parsed: Parsed | null } | { ok: false; message: string } {
  const spaced = halfWidth(text).trim()
  if (DIGITS_APART.test(spaced) && !SPACED_THOUSANDS.test(spaced)) return fail(cellText.digitsApart)
  let s = withoutSpaces(spaced)
  if (s === '') return { ok: true, parsed: null }
  if (PLACEHOLDER.test(s)) return fail(cellText.placeholder)
  const signed = domain.kind === 'signed'
  // “(增1)” as printed in some 2019 tables.
  if (signed && /^\(.*\)$/.test(s)) s = s.slice(1, -1)
  let sign = 1
  const prefix = SIGN_PREFIX.exec(s)
  if (prefix) {
    const minus = prefix[1] === '-' || prefix[1].startsWith('减')
    if (!signed) {
      if (minus && /^-\d/.test(s)) return fail(cellText.negative)
      if (prefix[1] !== '+') return fail(cellText.notNumber)
    }
    sign = minus ? -1 : 1
    s = s.slice(prefix[1].length)
  }
  let unit: AmountUnit | undefined
  let countUnit = ''
  if (domain.kind === 'money' || domain.kind === 'amount') {
    // 亿元 ends in 元 too: taken for 元, 1.2亿元 was told it was written in 元.
    const yi = SCALED.exec(s)
    if (yi?.[2] === '亿') {
      const wan = shifted(yi[1], 4)
      return fail(
        domain.kind === 'money'
          ? cellText.yiInMoney(domain.unit, `${yi[1]}亿元`, wan)
          : cellText.yiInAmount(`${yi[1]}亿元`, wan)
      )
    }
    const m = MONEY_UNITS.exec(s)
    if (m) {
      unit = m[0] === '元' ? '元' : '万元'
      s = s.slice(0, -m[0].length)
      if (domain.kind === 'money' && unit !== domain.unit) return fail(cellText.moneyUnit(domain.unit, unit))
    }
  } else {
    const m = COUNT_UNITS.exec(s)
    if (m) {
      countUnit = m[0]
      s = s.slice(0, -m[0].length)
    }
  }
  if (s.includes('%')) return fail(cellText.percent[domain.kind])
  if (/^\d+\/\d+$/.test(s)) return fail(cellText.fraction)
  if (/^[\d,]+(?:\.\d+)?$/.test(s) && s.includes(',') && !NUMBER.test(s)) return fail(cellText.thousands)
  const m = NUMBER.exec(s)
  if (!m) {
    if (domain.kind === 'count' || signed) {
      // 1.2万件 and 3亿 are counts written short, not money: said so, with the figure in full.
      const scaled = SCALED.exec(s)
      if (scaled && scaled[3] === '' && (countUnit !== '' || scaled[2] === '亿')) {
        const full = shifted(scaled[1], scaled[2] === '亿' ? 8 : 4)
        const typed = `${prefix?.[1] ?? ''}${scaled[1]}${scaled[2]}${countUnit}`
        return fail(
          cellText.countInFull(typed, /^\d+$/.test(full) ? `${sign < 0 ? '-' : ''}${full}` : undefined)
        )
      }
      if (/^[\d.,]+(?:万|元|万元|亿元)$/.test(s)) return fail(cellText.moneyInCount)
    }
    return fail(signed ? `${cellText.notNumber}。${cellText.signedHint}` : cellText.notNumber)
  }
  const decimals = (m[1] ?? '').replace(/0+$/, '').length
  const value = sign * Number(s.replace(/,/g, ''))
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return fail(cellText.tooLarge)
  return { ok: true, parsed: { value: value === 0 ? 0 : value, decimals, unit } }
}

function decimalsMessage(domain: CellDomain, allowed: number): string {
  return domain.kind === 'count' ? cellText.fraction : cellText.decimals(allowed)
}

/** Cell text → value: '' is blank (`null`); otherwise a number valid for `domain`, or a message. */
export function parseCellInput(text: string, domain: CellDomain): CellInputResult {
  const r = parseAmountInput(text, domain)
  return r.ok ? { ok: true, value: r.value } : r
}

/**
 * Like parseCellInput, and also returns the unit the text states (“2000万” → 2000 万元,
 * “3481775656.00元” → 元): for `amount` cells, whose unit the report records beside them.
 */
export function parseAmountInput(text: string, domain: CellDomain): AmountInputResult {
  const r = parse(text, domain)
  if (!r.ok) return r
  if (!r.parsed) return { ok: true, value: null }
  const { value, decimals, unit } = r.parsed
  const allowed = allowedDecimals(domain, unit)
  // A 万元 figure with a decimal too many (12345.6元 ÷ 10000 from a sheet) is taken: its worth is right,
  // its writing not, which the checks say as a warning (VAL-04), as they do for a report read from a file.
  const lenient = domain.kind === 'money' && domain.unit === '万元' && (unit ?? '万元') === '万元'
  if (decimals > allowed && !lenient) return fail(decimalsMessage(domain, allowed))
  if (value < 0 && domain.kind !== 'signed') return fail(cellText.negative)
  return unit && domain.kind === 'amount' ? { ok: true, value, unit } : { ok: true, value }
}

/**
 * What a cell shows for a value: an amount with the unit the report records beside it (“2000万元”), so the
 * unit is seen, and typed over, where the figure is.
 */
export function cellValueText(value: CellValue | undefined, domain: CellDomain, unit?: AmountUnit): string {
  if (value === null || value === undefined) return ''
  return plainNumber(value) + (domain.kind === 'amount' && unit ? unit : '')
}
