// The drafts module: the only code that touches IndexedDB. Everything else imports from here.
export type {
  AgencyKind,
  DraftSession,
  DraftSummary,
  FormatId,
  Report,
  RevisionKind,
  RevisionRecord,
  SaveState,
  TrashedDraft
} from './types'
export {
  preopenDraftSession,
  useDraftList,
  useDraftOpening,
  useDraftSession,
  useRevisions,
  useTrash
} from './hooks'
export { DatabaseUnavailable } from './DatabaseUnavailable'
export {
  carryOver,
  createDraft,
  createDraftFromReport,
  createFromLastYear,
  deleteForever,
  duplicateDraft,
  findSameDraft,
  purgeTrash,
  renameDraft,
  restoreDraft,
  trashDraft,
  TRASH_DAYS
} from './store'
export { restoreRevision, revisionLabel } from './history'
export { SaveIndicator } from './SaveIndicator'
export { ImportProblems } from './ImportProblems'
export { describeError, SAVE_DELAY_MS } from './session'
export { exportBackup, exportBackupParts, importBackup, BackupError, type BackupResult } from './backup'
