// The database's name and schema history, apart from Dexie so the startup read can use them without it.

export const DB_NAME = 'xxgk-nianbao'

/** Version 1 as released: drafts and revisions, no trash, no meta. Kept verbatim for the upgrade test. */
export const SCHEMA_V1 = {
  drafts: 'id, updatedAt',
  revisions: 'id, draftId, at'
} as const

/** Version 2: trash (`deletedAt`, 0 = live), revisions by draft in time order, and a small meta table. */
export const SCHEMA_V2 = {
  drafts: 'id, updatedAt, deletedAt',
  revisions: 'id, draftId, [draftId+at]',
  meta: 'key'
} as const
