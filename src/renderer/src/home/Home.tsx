import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { DatabaseUnavailable, restoreDraft, useDraftList, type DraftSummary } from '../drafts'
import { backupAll, BackupButtons, restoreFromBackup } from './Backup'
import { DraftRow } from './DraftRow'
import { matches } from './search'
import { twinKey } from './twins'
import { NewDraftForm } from './NewDraftForm'
import { Trash } from './Trash'
import { DueSoon } from './DueSoon'
import { H } from './text'
import './home.css'

type SortKey = 'updated' | 'agency' | 'year' | 'errors'
/** What the list is searched for and sorted by, kept by the app while a report is open. */
export interface ListView {
  query: string
  sort: SortKey
}
const sorters: Record<SortKey, (a: DraftSummary, b: DraftSummary) => number> = {
  updated: (a, b) => b.updatedAt - a.updatedAt,
  agency: (a, b) => a.agency.localeCompare(b.agency, 'zh-CN') || b.year - a.year,
  year: (a, b) => b.year - a.year || a.agency.localeCompare(b.agency, 'zh-CN'),
  errors: (a, b) => b.errorCount - a.errorCount || b.warningCount - a.warningCount
}
const sortLabels: Record<SortKey, string> = {
  updated: H.sortUpdated,
  agency: H.sortAgency,
  year: H.sortYear,
  errors: H.sortErrors
}

/** What the menu asks of the home screen (文件 → 新建报告, 备份全部报告, 从备份恢复); a new object each time. */
export interface HomeCommand {
  name: 'new' | 'backup' | 'restore'
}

/**
 * The home screen: every draft, search and sort, new, open, rename, duplicate, delete, trash, backup.
 * `onImport`, when given, adds a 导入报告 button (the app's import action: file → new draft).
 */
export function Home({
  notice,
  command,
  onCommandTaken,
  cameFrom,
  cameFromBatch,
  onOpen,
  onImport,
  onBatch,
  onHelp,
  kept,
  onListView
}: {
  /** A message from outside (an import that opened nothing), shown in the place of the screen's own. */
  notice?: { text: string }
  command?: HomeCommand
  onCommandTaken?(): void
  /** The draft the editor was showing before this screen: the keyboard goes back to its row. */
  cameFrom?: string
  /** 批量检查 was left for this screen: the keyboard goes back to its 批量检查… button. */
  cameFromBatch?: boolean
  onOpen(id: string, message?: string): void
  onImport?: () => void
  /** The search and sort the list was left with: an official who searched, opened a report and came back
   * to open the next finds the list as it was. */
  kept?: ListView
  onListView?(view: ListView): void
  /** Adds a 批量检查 button. */
  onBatch?: () => void
  /** Adds a 使用说明 button. */
  onHelp?: () => void
}) {
  const uid = useId()
  const drafts = useDraftList()
  const [creating, setCreating] = useState(false)
  const newButton = useRef<HTMLButtonElement>(null)
  const [query, setQuery] = useState(kept?.query ?? '')
  const [sort, setSort] = useState<SortKey>(kept?.sort ?? 'updated')
  useEffect(() => onListView?.({ query, sort }), [query, sort, onListView])
  // One message at a time: the latest replaces the one before, whoever said it.
  const [message, setMessage] = useState<{ text: string; undo?: string; alert?: boolean; failed?: boolean }>()
  // 删除 takes its row, and the focus with it: the focus goes to 撤销, not back to the top of the page.
  const undoButton = useRef<HTMLButtonElement>(null)
  const undoing = message?.undo
  // Once, when the list is first drawn: not again as it changes.
  const backTo = useRef(cameFrom)
  // A report brought back (撤销, 回收站's 恢复) takes the focus once its row is in the list again: the
  // button that did it is gone with its message.
  const cameBack = useRef<string>(undefined)
  useEffect(() => {
    if (!drafts) return
    const row = (id: string | undefined): HTMLElement | undefined =>
      [...document.querySelectorAll<HTMLElement>('[data-draft]')].find((b) => b.dataset.draft === id)
    if (backTo.current) row(backTo.current)?.focus()
    backTo.current = undefined
    const back = row(cameBack.current)
    if (back) {
      back.focus()
      cameBack.current = undefined
    }
  }, [drafts])
  useEffect(() => {
    if (undoing) undoButton.current?.focus()
  }, [undoing])
  const batchButton = useRef<HTMLButtonElement>(null)
  const [backToBatch] = useState(cameFromBatch)
  useEffect(() => {
    if (backToBatch) batchButton.current?.focus()
  }, [backToBatch])
  // The menu's command, done once (taken back at once, or it would be done again when the screen comes
  // back): the form opened, or the backup's dialog, and what it says.
  const [formFor, setFormFor] = useState<HomeCommand>()
  if (command?.name === 'new' && command !== formFor) {
    setFormFor(command)
    setCreating(true)
  }
  const taken = useRef<HomeCommand>(undefined)
  useEffect(() => {
    // (once, though React's development mode runs an effect twice)
    if (!command || taken.current === command) return
    taken.current = command
    onCommandTaken?.()
    if (command.name === 'new') return
    const working = (text: string) => () => setMessage({ text })
    void (
      command.name === 'backup' ? backupAll(working(H.backingUp)) : restoreFromBackup(working(H.restoring))
    ).then((text) => {
      if (text) setMessage({ text })
    })
  }, [command, onCommandTaken])
  const [shownNotice, setShownNotice] = useState<typeof notice>()
  if (notice !== shownNotice) {
    setShownNotice(notice)
    // A notice taken back (the next file chosen was read, or none was) takes its words with it.
    setMessage((m) => (notice ? { text: notice.text, alert: true } : m?.alert ? undefined : m))
  }

  // The field and the menu answer at once; the list follows as soon as it is drawn, a drawing of hundreds
  // of rows given up for the next key rather than holding it.
  const listQuery = useDeferredValue(query)
  const listSort = useDeferredValue(sort)
  const shown = useMemo(
    () => (drafts ?? []).filter((d) => matches(d, listQuery)).sort(sorters[listSort]),
    [drafts, listQuery, listSort]
  )
  const twins = useMemo(() => {
    const seen = new Set<string>()
    const twice = new Set<string>()
    for (const d of drafts ?? []) (seen.has(twinKey(d)) ? twice : seen).add(twinKey(d))
    return twice
  }, [drafts])
  // Each agency's report on each year, the one edited last where there are two.
  const byYear = useMemo(() => {
    const out = new Map<string, DraftSummary>()
    for (const d of drafts ?? []) {
      const seen = out.get(twinKey(d))
      if (!seen || seen.updatedAt < d.updatedAt) out.set(twinKey(d), d)
    }
    return out
  }, [drafts])

  // The same functions at every drawing, so that a row redraws only when its draft changes (DraftRow).
  const onTrashed = useCallback(
    (t: DraftSummary) => setMessage({ text: H.deleted(H.agencyShown(t.agency), t.year), undo: t.id }),
    []
  )
  const onCopied = useCallback((id: string, t: DraftSummary) => {
    cameBack.current = id
    setMessage({ text: H.copied(H.agencyShown(t.agency), t.year) })
  }, [])
  const onError = useCallback((text: string) => setMessage({ text, failed: true }), [])
  const onDone = useCallback(() => setMessage((m) => (m?.failed ? undefined : m)), [])

  return (
    <main className="home">
      <header className="home-header">
        <h1>{H.appName}</h1>
        <button ref={newButton} type="button" onClick={() => setCreating(true)}>
          {H.newReport}
        </button>
        {onImport && (
          <button type="button" onClick={onImport}>
            {H.importReport}
          </button>
        )}
        {onBatch && (
          <button ref={batchButton} type="button" onClick={onBatch} title={H.batchHint}>
            {H.batch}
          </button>
        )}
        <BackupButtons onMessage={(text) => setMessage({ text })} />
        {onHelp && (
          <button type="button" className="secondary" onClick={onHelp} title={H.helpHint}>
            {H.help}
          </button>
        )}
      </header>
      {creating && (
        <NewDraftForm
          drafts={drafts ?? []}
          onCreated={onOpen}
          onCancel={() => {
            setCreating(false)
            newButton.current?.focus()
          }}
        />
      )}
      {message && (
        <p role={message.alert ? 'alert' : 'status'} className="home-message">
          {message.text}
          {message.undo && (
            <button
              type="button"
              ref={undoButton}
              onClick={() => {
                cameBack.current = message.undo
                void restoreDraft(message.undo!)
                setMessage(undefined)
              }}
            >
              {H.undo}
            </button>
          )}
        </p>
      )}
      {drafts && <DueSoon drafts={drafts} onOpen={onOpen} />}
      <h2 className="home-list-title" id={`${uid}-title`}>
        {H.title}
      </h2>
      <div className="home-tools">
        <label htmlFor={`${uid}-search`}>{H.search}</label>
        <input
          id={`${uid}-search`}
          type="search"
          value={query}
          placeholder={H.searchPlaceholder}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label htmlFor={`${uid}-sort`}>{H.sort}</label>
        <select id={`${uid}-sort`} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
          {(Object.keys(sortLabels) as SortKey[]).map((k) => (
            <option key={k} value={k}>
              {sortLabels[k]}
            </option>
          ))}
        </select>
      </div>
      <DatabaseUnavailable />
      {drafts === undefined ? (
        <p>{H.loading}</p>
      ) : drafts.length === 0 ? (
        <p>{H.empty}</p>
      ) : shown.length === 0 ? (
        <p>{H.noMatch}</p>
      ) : (
        <table className="draft-list" aria-labelledby={`${uid}-title`}>
          <thead>
            <tr>
              {H.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <DraftRow
                key={d.id}
                draft={d}
                twin={twins.has(twinKey(d))}
                nextYear={
                  d.agency.trim() ? byYear.get(twinKey({ agency: d.agency, year: d.year + 1 })) : undefined
                }
                onOpen={onOpen}
                onTrashed={onTrashed}
                onCopied={onCopied}
                onError={onError}
                onDone={onDone}
              />
            ))}
          </tbody>
        </table>
      )}
      {/* A report restored from the trash is no longer “移到回收站”: its message and 撤销 give way to 已恢复. */}
      <Trash
        onRestored={(id, text) => {
          cameBack.current = id
          // Another report's 撤销 still holds: it stays, and the focus on the row says this one is back.
          setMessage((m) => (m?.undo && m.undo !== id ? m : { text }))
        }}
      />
    </main>
  )
}
