// The form holds what the person typed (text), the report holds values: a refused text stays in the
// form, visible at its cell, while the report keeps the last value that made sense.
import type { CellDomain, FormatDecl, SectionId } from '@shared/formats'
import type { AmountUnit } from '@shared/formats'
import { cellValueText, parseAmountInput } from '@shared/model/cellInput'
import { chineseDate, monthDayText } from '@shared/model/publication'
import type { AgencyKind, CellValue, Fees, Report } from '@shared/model/report'

export interface FormValues {
  /** published and publishBy as an official writes them (2025年1月20日, 2月20日), or '' when not set. */
  meta: {
    title: string
    agency: string
    year: string
    agencyKind: AgencyKind
    published: string
    publishBy: string
    /** 本地字数上限 as typed, '' for none. */
    overviewLimit: string
  }
  sections: Record<SectionId, string>
  /** By fieldKey(ref): react-hook-form reads dots as nesting, cell keys have dots. */
  cells: Record<string, string>
  fees: Record<keyof Fees, string>
}

export const FEE_KEYS: readonly (keyof Fees)[] = ['notices', 'noticedAmount', 'collected']
export const FEE_DOMAINS: Record<keyof Fees, CellDomain> = {
  notices: { kind: 'count' },
  noticedAmount: { kind: 'money', unit: '元', maxDecimals: 2 },
  collected: { kind: 'money', unit: '元', maxDecimals: 2 }
}

export const fieldKey = (ref: string): string => ref.replace(/\./g, '~')
export const refOfFieldKey = (key: string): string => key.replace(/~/g, '.')
export const cellField = (ref: string): `cells.${string}` => `cells.${fieldKey(ref)}`

export const valueText = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : String(v)

/**
 * A value as its cell shows it: a rise in 本年增/减 (2019) with its +, as the exports print it, since a bare 2
 * there reads as a count, not as which way the items went.
 */
export function shownText(value: CellValue | undefined, domain: CellDomain, unit?: AmountUnit): string {
  const text = cellValueText(value, domain, unit)
  return domain.kind === 'signed' && typeof value === 'number' && value > 0 ? `+${text}` : text
}

/**
 * What a number field shows once left: the value it was read as (“１２” → 12, “12件” → 12, an amount with
 * the unit typed: “2000万” → 2000万元, a rise +2); a refused text as typed.
 */
export function shownValue(text: string, domain: CellDomain): string {
  const parsed = parseAmountInput(text, domain)
  return parsed.ok ? shownText(parsed.value, domain, parsed.unit) : text
}

export function toFormValues(report: Report, format: FormatDecl): FormValues {
  const cells: Record<string, string> = {}
  for (const t of format.tables)
    for (const c of t.cells)
      cells[fieldKey(`${t.id}:${c.key}`)] = shownText(
        report.tables[t.id]?.[c.key],
        c.domain,
        report.units?.[c.key]
      )
  return {
    meta: {
      title: report.title,
      agency: report.agency,
      year: String(report.year),
      agencyKind: report.agencyKind,
      published: report.published ? chineseDate(report.published) : '',
      publishBy: report.publishBy ? monthDayText(report.publishBy) : '',
      overviewLimit: report.overviewLimit ? String(report.overviewLimit) : ''
    },
    sections: { ...report.sections },
    cells,
    fees: {
      notices: valueText(report.fees.notices),
      noticedAmount: valueText(report.fees.noticedAmount),
      collected: valueText(report.fees.collected)
    }
  }
}

/** Texts typed and refused, by the ref of their entry (`<table>:<key>`, `fees:<key>`, `meta:<key>`). */
export type RefusedInputs = Readonly<Record<string, string>>

/** Where in the form the entry `ref` is typed. */
function slot(values: FormValues, ref: string): [Record<string, string>, string] | undefined {
  const [head, key] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)]
  const [group, name] =
    head === 'fees'
      ? [values.fees, key]
      : head === 'meta'
        ? [values.meta, key]
        : [values.cells, fieldKey(ref)]
  const g = group as Record<string, unknown>
  return typeof g[name] === 'string' ? [g as Record<string, string>, name] : undefined
}

/** The text typed at `ref`. */
export const textAt = (values: FormValues, ref: string): string => {
  const s = slot(values, ref)
  return s ? s[0][s[1]] : ''
}

/** `values` with the refused texts kept with a draft typed back where they were (an unknown ref is ignored). */
export function withInputs(values: FormValues, inputs: RefusedInputs): FormValues {
  const next = structuredClone(values)
  for (const [ref, text] of Object.entries(inputs)) {
    const s = slot(next, ref)
    if (s) s[0][s[1]] = text
  }
  return next
}

/** The form field of the entry `ref`, as react-hook-form names it. */
export const fieldOfRef = (ref: string): string =>
  ref.startsWith('fees:') || ref.startsWith('meta:') ? ref.replace(':', '.') : cellField(ref)

/** A DOM id for a ref (ids must not contain ':' or '.' to be usable in CSS selectors). */
export const domId = (prefix: string, ref: string): string =>
  `${prefix}-${ref.replace(/[^A-Za-z0-9_-]/g, '-')}`
