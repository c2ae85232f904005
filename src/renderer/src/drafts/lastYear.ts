// A draft serving as the report on the year before: what carries over, the 上年 notes beside the cells and
// the cross-year checks all read it as it is checked and exported, an entry holding refused text blank —
// never the figure it held before, which the person set out to change.
import { withBlank } from '@shared/checks/refused'
import type { Report } from '@shared/model/report'
import type { DraftRecord } from './types'

export function asLastYear(record: Pick<DraftRecord, 'report' | 'inputs'>): Report
export function asLastYear(record: Pick<DraftRecord, 'report' | 'inputs'> | undefined): Report | undefined
export function asLastYear(record: Pick<DraftRecord, 'report' | 'inputs'> | undefined): Report | undefined {
  if (!record) return undefined
  return Object.keys(record.inputs ?? {}).reduce(withBlank, record.report)
}
