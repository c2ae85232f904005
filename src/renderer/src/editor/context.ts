import { createContext, useContext } from 'react'
import { useWatch, type Control, type FieldPath, type FieldPathValue } from 'react-hook-form'
import type { Finding } from '@shared/checks'
import type { FormatDecl, SectionId, TableDecl } from '@shared/formats'
import type { Carried } from '@shared/formats/carried'
import type { Report } from '@shared/model/report'
import type { FormValues } from './formModel'
import type { FindingsStore } from './store'

/** Stable for the editor's lifetime, so reading it never re-renders a cell. */
export interface EditorCtx {
  control: Control<FormValues>
  format: FormatDecl
  store: FindingsStore
  readOnly: boolean
  /** Last year's report, when this draft has one: its values are shown beside the cells. */
  lastYear?: Report
  /** The cells whose figure last year's report settles (上年结转 …): that figure is shown beside them. */
  /** Cells last year's report settles; null where it left the figures blank (no 上年 hint then). */
  carried: ReadonlyMap<string, Carried | null>
  /** The report as it stands now (read at event time, never during render). */
  current(): Report
  /** The text a cell holds now (read at event time). */
  cellText(ref: string): string
  /** Write texts into cells in one go (paste, 本年无此项, 改为 N); checks run once after. */
  setCells(entries: readonly (readonly [ref: string, text: string])[]): CellChange[]
  /** Put back what `changes` replaced, in the cells that still hold what was written. */
  undoCells(changes: readonly CellChange[]): number
  /** The text of a section as it stands (read at event time). */
  proseText(section: SectionId): string
  /** Replace a section's text (生成文字说明 and its 撤销); checks run as for typing. */
  setProse(section: SectionId, text: string): void
  /** Remember the element that shows a ref (cell, text area, header field) for focusing. */
  register(ref: string, el: HTMLElement | null): void
  /** Show the ref's section and focus its element. */
  focusRef(ref: string): void
  /**
   * focusRef, then select (and scroll to) the words `quote` in its text area, if they are there: their
   * `nth` place (Finding.quoteNth) where they recur.
   */
  showQuote(ref: string, quote: string, nth?: number): void
  /** Hide a warning the official has judged (kept with the draft); errors cannot be dismissed. */
  dismiss(f: Finding): void
  /** Show every dismissed warning again. */
  restoreDismissed(): void
  tableOfSection(section: SectionId): TableDecl | undefined
}

/** One cell a batch write changed: its text before and after. */
export interface CellChange {
  ref: string
  before: string
  after: string
}

export const EditorContext = createContext<EditorCtx | null>(null)

export function useEditor(): EditorCtx {
  const ctx = useContext(EditorContext)
  if (!ctx) throw new Error('useEditor outside <Editor>')
  return ctx
}

/**
 * One field's value as it stands, watched by its exact name alone. A watcher of several names, or of a name
 * another begins with (meta.agency, meta.agencyKind), is told of a change with the values as they were at
 * that change; told it after the editor has set another field in turn (the title following the agency),
 * it would show that field as it was before.
 */
export function useFieldValue<N extends FieldPath<FormValues>>(name: N): FieldPathValue<FormValues, N> {
  const { control } = useEditor()
  return useWatch({ control, name, exact: true })
}
