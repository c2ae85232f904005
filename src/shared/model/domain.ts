// Whether a stored value fits its cell's domain (VAL-02/03/04). Shared by JSON validation and the checks,
// so that a value is judged the same way wherever it comes from.
import type { AmountUnit, CellDomain } from '../formats/types'

/** The kind of domain broken, `decimals` for a 万元 figure only too precise (VAL-04), or too large. */
export type DomainViolation = 'count' | 'signed' | 'money' | 'amount' | 'decimals' | 'tooLarge'

/** Beyond it a figure is no longer exact in a double, and no report counts or spends that much. */
export const MAX_CELL_VALUE = Number.MAX_SAFE_INTEGER

/**
 * Whether `v` has at most `n` decimals, allowing only the noise of binary fractions (0.1 + 0.2): a few units
 * in the last place, relative to the value, so that 5000.125 has three decimals however large it is.
 */
export const hasAtMostDecimals = (v: number, n: number): boolean =>
  Math.abs(v - Number(v.toFixed(n))) <= 1e-13 * Math.max(1, Math.abs(v))

/** `null` when `value` is valid for `domain`, otherwise which rule it breaks. */
export function domainViolation(value: number, domain: CellDomain): DomainViolation | null {
  if (!Number.isFinite(value)) return domain.kind
  if (Math.abs(value) > MAX_CELL_VALUE) return 'tooLarge'
  switch (domain.kind) {
    case 'count':
      return Number.isInteger(value) && value >= 0 ? null : 'count'
    case 'signed':
      return Number.isInteger(value) ? null : 'signed'
    case 'money':
      if (value < 0) return 'money'
      return hasAtMostDecimals(value, domain.maxDecimals) ? null : 'decimals'
    case 'amount':
      return value >= 0 && hasAtMostDecimals(value, 6) ? null : 'amount'
  }
}

/** How many decimals a value of `domain` may have: an amount in 元 two, in 万元 (or not said) six. */
export function allowedDecimals(domain: CellDomain, unit?: AmountUnit): number {
  switch (domain.kind) {
    case 'count':
    case 'signed':
      return 0
    case 'money':
      return domain.maxDecimals
    case 'amount':
      return unit === '元' ? 2 : 6
  }
}
