// The one Dexie database. Its schema history is in schema.ts: never edit a released version, add a new one
// here with an upgrade function (test/unit/drafts/upgrade.test.ts opens a version-1 database with this code).
// Loaded on first use through connection.ts, never imported for its values elsewhere.
import Dexie, { type EntityTable } from 'dexie'
import { todayIso } from '@shared/model/publication'
import { sampleReport, sampleYear } from '@shared/sample'
import { countFindings } from './counts'
import { newId } from './ids'
import { DB_NAME, SCHEMA_V1, SCHEMA_V2 } from './schema'
import type { DraftRecord, RevisionRecord } from './types'

export { DB_NAME, SCHEMA_V1, SCHEMA_V2 }
export { liveQuery, type Subscription } from 'dexie'

export interface MetaRecord {
  key: string
  value: unknown
}

export class DraftsDb extends Dexie {
  drafts!: EntityTable<DraftRecord, 'id'>
  revisions!: EntityTable<RevisionRecord, 'id'>
  meta!: EntityTable<MetaRecord, 'key'>

  constructor(name = DB_NAME) {
    // Chromium commits "relaxed" by default (since 121): a write it has confirmed can still be lost with
    // the power or the OS. A draft's write is confirmed only once it is on the disk.
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores(SCHEMA_V1)
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // v1 records had no trash field, no summary counts and no write counter.
        await tx
          .table('drafts')
          .toCollection()
          .modify((d: Partial<DraftRecord> & Pick<DraftRecord, 'report'>) => {
            d.deletedAt ??= 0
            d.rev ??= 1
            d.sample ??= false
            if (d.errorCount === undefined || d.warningCount === undefined) {
              Object.assign(d, countFindings(d.report))
            }
          })
      })
    this.on('populate', (tx) => {
      // First start only (an empty database): one sample report, so a newcomer sees live checks at once.
      const now = Date.now()
      const report = sampleReport(sampleYear(todayIso()))
      void tx.table('drafts').add({
        id: newId(),
        report,
        createdAt: now,
        updatedAt: now,
        deletedAt: 0,
        rev: 1,
        sample: true,
        origin: '示例',
        ...countFindings(report)
      } satisfies DraftRecord)
    })
  }
}

export const db = new DraftsDb()
