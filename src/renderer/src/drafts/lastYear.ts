// A draft serving as the report on the year before: what carries over, the 上年 notes beside the cells and
// the cross-year checks all read it as it is checked and exported, an entry holding refused text blank —
// never the figure it held before, which the person set out to change.
import { withBlank } from '@shared/checks/refused'
import type { Report } from '@shared/model/report'
import type { DraftRecord } from './types'

/**
 * The draft a report was made from as last year's (从上年报告新建), while it is not in the trash. Deleted (or
 * purged), it no longer serves: the same agency's live report on the year before is looked for instead, as
 * for a draft linked to none.
 */
export const stillLinked = (linked: DraftRecord | undefined): DraftRecord | undefined =>
  linked && !linked.deletedAt ? linked : undefined

export function asLastYear(record: Pick<DraftRecord, 'report' | 'inputs'>): Report
export function asLastYear(record: Pick<DraftRecord, 'report' | 'inputs'> | undefined): Report | undefined
export function asLastYear(record: Pick<DraftRecord, 'report' | 'inputs'> | undefined): Report | undefined {
  if (!record) return undefined
  return Object.keys(record.inputs ?? {}).reduce(withBlank, record.report)
}
