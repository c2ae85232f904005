// What changed between two versions of a report, in words: “表三 3 处、一、总体情况”.
import { getFormat } from '@shared/formats'
import { SECTION_IDS, TABLE_IDS, type Report } from '@shared/model/report'
import { HT } from './text'

export interface ReportDiff {
  /** Table number (二/三/四) → number of cells that differ. */
  cells: { table: string; count: number }[]
  /** Headings of sections whose text differs. */
  sections: string[]
  meta: string[]
  fees: boolean
  /** Entries typed and refused that differ (kept with a version, not in its report). */
  refused: number
}

type Inputs = Readonly<Record<string, string>> | undefined

export function diffReports(
  before: Report,
  after: Report,
  inputsBefore?: Inputs,
  inputsAfter?: Inputs
): ReportDiff {
  const format = getFormat(after.format)
  const cells: ReportDiff['cells'] = []
  for (const id of TABLE_IDS) {
    const a = before.tables[id] ?? {}
    const b = after.tables[id] ?? {}
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    let count = 0
    // An amount's unit is part of its cell (2000万元 → 2000元 changes the figure).
    const unit = (r: Report, k: string) => r.units?.[k] ?? null
    for (const k of keys) if ((a[k] ?? null) !== (b[k] ?? null) || unit(before, k) !== unit(after, k)) count++
    if (count) cells.push({ table: format.tables.find((t) => t.id === id)?.number ?? id, count })
  }
  const sections = SECTION_IDS.filter((s) => (before.sections[s] ?? '') !== (after.sections[s] ?? '')).map(
    (s) => format.sections.find((d) => d.id === s)?.heading ?? s
  )
  const meta = (Object.keys(HT.meta) as (keyof typeof HT.meta)[])
    .filter((k) => before[k] !== after[k])
    .map((k) => HT.meta[k])
  const fees = (['notices', 'noticedAmount', 'collected'] as const).some(
    (k) => before.fees[k] !== after.fees[k]
  )
  const a = inputsBefore ?? {}
  const b = inputsAfter ?? {}
  const refused = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).length
  return { cells, sections, meta, fees, refused }
}

export function describeDiff(d: ReportDiff): string {
  const parts = [
    ...d.meta,
    ...d.cells.map((c) => HT.cells(c.table, c.count)),
    ...d.sections,
    ...(d.fees ? [HT.fees] : []),
    ...(d.refused ? [HT.refused(d.refused)] : [])
  ]
  return parts.length ? parts.join('、') : HT.noChange
}
