// What the drafts database stores. One record per draft (its report and a summary for the home list,
// so listing never re-runs the checks) and one per revision (a full copy of the report at a moment).
import type { ProblemLevel } from '@shared/import/types'
import type { FormatId } from '@shared/formats'
import type { AgencyKind, Report } from '@shared/model/report'

/** One thing the importer said, at its level (import/types.ts ImportProblem without its place). */
export interface ImportNote {
  level: ProblemLevel
  message: string
  /** The cell or section it is about (`requests:new.np`, `sections:other`), to go to it. */
  ref?: string
  /** Words of that section it is about, selected there; the note says （已删去） once they are gone. */
  quote?: string
}

export type { AgencyKind, FormatId, Report }

export interface DraftRecord {
  id: string
  report: Report
  createdAt: number
  updatedAt: number
  /** 0 while live; the time it went to the trash otherwise (0 rather than absent so it can be indexed). */
  deletedAt: number
  /** Bumped by every write; a writer that finds another `rev` than it last saw knows someone else wrote. */
  rev: number
  errorCount: number
  warningCount: number
  /** The CHECKS_VERSION that made the counts; absent before counts were stamped. */
  checkedWith?: number
  sample: boolean
  /** Warnings the official judged and dismissed (findingKey of @shared/checks): not shown, not counted. */
  dismissed?: string[]
  /**
   * Texts typed and refused, by the ref of their entry (`<table>:<key>`, `fees:<key>`, `meta:<key>`): shown
   * again with their message, and counted as errors. The report keeps the last value that made sense there.
   */
  inputs?: Record<string, string>
  /** The draft this one was made from for 上年结转 and the cross-year checks. */
  lastYearId?: string
  /** How it came to be: 新建, 导入 <file>, 复制, 从上年报告新建, 备份恢复 … (shown, never parsed). */
  origin?: string
  /**
   * What the importer said about the file (could not read, to check, done), kept so the editor can show it.
   * A plain string was kept by a version that did not keep the level.
   */
  importProblems?: (string | ImportNote)[]
  /** 导入说明 closed with 知道了: not shown again when the draft is opened. */
  importNotesClosed?: boolean
}

export type RevisionKind =
  'auto' | 'snapshot' | 'before-import' | 'before-sum' | 'before-restore' | 'before-rename' | 'conflict'

export interface RevisionRecord {
  id: string
  draftId: string
  at: number
  kind: RevisionKind
  name?: string
  report: Report
  /** What was typed and refused at that moment (DraftRecord.inputs): restored with the report. */
  inputs?: Record<string, string>
}

export interface DraftSummary {
  id: string
  agency: string
  year: number
  format: FormatId
  agencyKind: AgencyKind
  title: string
  updatedAt: number
  errorCount: number
  warningCount: number
  sample: boolean
  origin?: string
  lastYearId?: string
  /** 发布日期, once set (YYYY-MM-DD). */
  published?: string
  /** The last day to publish (YYYY-MM-DD), when a rule is known (model/publication.ts). */
  deadline?: string
}

export interface TrashedDraft extends DraftSummary {
  deletedAt: number
  /** Whole days left before it is purged. */
  daysLeft: number
}

/** What the history panel lists: the stored revision as it is. */
export type RevisionSummary = RevisionRecord

export type SaveState = 'saved' | 'saving' | 'error'

export interface DraftSession {
  /** Content as loaded; replaced (and `version` bumped) when it changes from outside, e.g. a history restore. */
  report: Report
  version: number
  lastYear?: Report
  /** Another window or tab has this draft open: show it, do not write. */
  readOnly: boolean
  /** What the importer said about the file (imported drafts only). */
  importProblems?: ImportNote[]
  /** 知道了 on 导入说明: not shown again, in this window or when the draft is next opened. */
  closeImportNotes(): void
  /** Warnings dismissed in this draft, as loaded (the editor keeps its own copy from then on). */
  dismissed: readonly string[]
  /** Texts typed and refused, as loaded (the editor keeps its own copy from then on). */
  inputs: Readonly<Record<string, string>>
  /** Called by the editor when the refused texts change; persisted with the next save. */
  setInputs(inputs: Readonly<Record<string, string>>): void
  /** Called by the editor on every change; persisted within 300 ms. */
  update(report: Report): void
  /** Called by the editor when a warning is dismissed or restored; persisted like a change. */
  setDismissed(keys: readonly string[]): void
  /** Persist now (the editor calls it on blur). */
  /** Writes what is pending; true when all is stored, false while writes keep failing (kept, retried). */
  flush(): Promise<boolean>
  /** Whether anything typed is not yet stored. */
  unsaved(): boolean
  saveState: SaveState
  saveError?: string
  /** A named snapshot (Ctrl+S). */
  snapshot(name?: string): Promise<void>
  /** The latest content in memory, saved or not (for export and the like). */
  current(): Report
  /** The entries holding refused text now (`<table>:<key>`, `fees:<key>`, `meta:<key>`). */
  refused(): string[]
}
