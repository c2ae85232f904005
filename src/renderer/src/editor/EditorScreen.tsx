// The editor screen of one draft: toolbar (import, export, snapshot, history), save state, the editor.
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { MenuCommand } from '@shared/api'
import { getFormat, type SectionId } from '@shared/formats'
import {
  DatabaseUnavailable,
  ImportProblems,
  SaveIndicator,
  useDraftOpening,
  type DraftSession
} from '../drafts'
import { errorText } from '../errors'
import { HelpDialog } from '../help'
import { HistoryPanel } from '../history/HistoryPanel'
import { Preview } from '../preview/Preview'
import { PT } from '../preview/text'
import { SnapshotDialog } from '../history/SnapshotDialog'
import { modalOpen } from '../Dialog'
import type { HomeCommand } from '../home/Home'
import { T } from '../text'
import {
  copyForWebsite,
  EXPORT_CHOICES,
  exportAs,
  importFile,
  leaving,
  type ExportChoice,
  type Outgoing,
  type Said
} from './actions'
import { Editor } from './Editor'

const MemoEditor = memo(Editor)

/** Focus the first `what` inside `where` (a heading is made focusable for it). */
function focusFirst(where: string, what: string): void {
  const el = document.querySelector(where)?.querySelector<HTMLElement>(what)
  if (!el) return
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1
  el.focus()
}

const EXPORT_COMMANDS: Partial<Record<MenuCommand, ExportChoice>> = {
  'export-txt': 'txt',
  'export-html': 'html',
  'export-docx': 'docx',
  'export-pdf': 'pdf',
  'export-json': 'json'
}

interface Props {
  id: string
  onHome(): void
  /** 文件 → 新建报告, 备份全部报告, 从备份恢复 in the editor: done on the home screen, left for it (saved). */
  onHomeCommand?(command: HomeCommand): void
  onOpen(id: string, message?: string): void
  /** 文件 → 批量检查 from the editor: leaves it (saved) for that screen. */
  onBatch?(): void
  /** Opened from 批量检查's list: a way back to it, beside 返回首页. */
  fromBatch?: boolean
  /** A message from the screen that opened this one (e.g. 已导入…). */
  initialStatus?: string
}

export function EditorScreen(props: Props) {
  const { session, failure, waiting } = useDraftOpening(props.id)
  // A draft named in the address may no longer exist: the way home stays open while it loads.
  if (!session)
    return (
      <>
        {waiting && <DatabaseUnavailable />}
        <p className="loading" role={failure ? 'alert' : undefined}>
          {failure ?? T.loading}{' '}
          <button type="button" className="link" onClick={props.onHome}>
            {T.home}
          </button>
        </p>
      </>
    )
  return <Loaded {...props} session={session} />
}

function Loaded({
  session,
  id,
  onHome,
  onHomeCommand,
  onOpen,
  onBatch,
  fromBatch,
  initialStatus = ''
}: Props & { session: DraftSession }) {
  const [status, setStatus] = useState<Said>({ text: initialStatus })
  const say = useCallback((text: string, failed?: boolean): void => setStatus({ text, failed }), [])
  // Where the keyboard was when a message under the toolbar appeared (the export's button): its 关闭
  // gives the focus back there, instead of to the page.
  const alertFrom = useRef<Element | null>(null)
  const alertShown = (status.failed || status.whole) && !!status.text
  useLayoutEffect(() => {
    if (alertShown) alertFrom.current = document.activeElement
  }, [alertShown, status])
  const closeAlert = (): void => {
    say('')
    const from = alertFrom.current
    if (from instanceof HTMLElement && from.isConnected && from !== document.body) from.focus()
    else focusFirst('.section-main', 'textarea, input')
  }
  const [historyOpen, setHistoryOpen] = useState(false)
  const historyButton = useRef<HTMLButtonElement>(null)
  // The export's HTML while the preview is open.
  const [preview, setPreview] = useState<string | null>(null)
  const [help, setHelp] = useState(false)
  // Electron has no window.prompt: the snapshot's name is asked in the page.
  const [naming, setNaming] = useState(false)
  // 暂不离开 holds only while the save fails: once saved, it is taken back.
  if (status.text === T.unsavedStay && session.saveState === 'saved') say('')
  const sessionRef = useRef(session)
  // The editor's way to a cell, for 导入说明 above it.
  const goRef = useRef<((ref: string, quote?: string) => void) | null>(null)
  useEffect(() => {
    sessionRef.current = session
  })
  // Stable, so a save-state change never re-renders the editor.
  // A restored version re-keys the editor: it opens where the person was, not at 一、总体情况.
  const [section, setSection] = useState<SectionId>('overview')
  const onChange = useCallback((r: Parameters<DraftSession['update']>[0]) => sessionRef.current.update(r), [])
  const onDismiss = useCallback((keys: string[]) => sessionRef.current.setDismissed(keys), [])
  const onInputs = useCallback(
    (inputs: Readonly<Record<string, string>>) => sessionRef.current.setInputs(inputs),
    []
  )

  const closeHistory = useCallback(() => {
    setHistoryOpen(false)
    historyButton.current?.focus()
  }, [])
  const run = useCallback(
    async (command: MenuCommand): Promise<void> => {
      if (modalOpen()) return
      const s = sessionRef.current
      const outgoing = (): Outgoing => ({ report: s.current(), refused: s.refused(), lastYear: s.lastYear })
      const choice = EXPORT_COMMANDS[command]
      if (choice) {
        await s.flush()
        setStatus(await exportAs(outgoing(), choice))
      } else if (command === 'preview') {
        await s.flush()
        const { htmlFragment } = await import('@shared/export')
        setPreview(htmlFragment(leaving(outgoing()).report))
      } else if (command === 'copy-html') {
        await s.flush()
        setStatus(await copyForWebsite(outgoing()))
      } else if (command === 'import') {
        // The import opens in its own editor: this one must be stored before it is left.
        if (!(await s.flush())) return say(T.unsavedStay, true)
        const r = await importFile()
        // The same file again, giving the report open here: it stays open, and the words say so.
        if (r.id && r.id !== id) onOpen(r.id, r.message)
        else if (r.id) say(r.message)
        else say(r.message, true)
      } else if (command === 'snapshot') {
        if (!s.readOnly) setNaming(true)
      } else if (command === 'history') setHistoryOpen((v) => !v)
      else if (command === 'help') setHelp(true)
      else if (command === 'home' || command === 'new' || command === 'backup' || command === 'restore') {
        // While the database refuses the last changes, leaving would take them with the window's memory.
        if (!(await s.flush())) return say(T.unsavedStay, true)
        if (command !== 'home' && onHomeCommand) onHomeCommand({ name: command })
        else onHome()
      } else if (command === 'batch' && onBatch) {
        if (!(await s.flush())) return say(T.unsavedStay, true)
        onBatch()
      }
    },
    [id, onHome, onHomeCommand, onOpen, onBatch, say]
  )

  useEffect(() => window.api.onMenuCommand((c) => void run(c)), [run])
  useEffect(() => {
    const flush = (): void => void sessionRef.current.flush()
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('blur', flush)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      window.removeEventListener('blur', flush)
      document.removeEventListener('visibilitychange', onHide)
    }
  }, [])

  return (
    <div className="screen editor-screen">
      {/* Some 200 Tab stops lie between the toolbar and 问题 in table 三: the keyboard can go straight there. */}
      <nav className="skip-links" aria-label={T.skipLinks}>
        <button type="button" onClick={() => focusFirst('.section-main', 'textarea, input')}>
          {T.skipToText}
        </button>
        <button type="button" onClick={() => focusFirst('.problems', 'h2')}>
          {T.skipToProblems}
        </button>
      </nav>
      <header className="toolbar">
        <button type="button" className="secondary" onClick={() => void run('home')}>
          {T.home}
        </button>
        {fromBatch && onBatch && (
          <button type="button" className="secondary" onClick={() => void run('batch')}>
            {T.backToBatch}
          </button>
        )}
        <span className="toolbar-title">{T.appName}</span>
        <span className="toolbar-group" role="group" aria-label={T.export}>
          <span className="group-label">{T.export}</span>
          {EXPORT_CHOICES.map((c) => (
            <button key={c} type="button" onClick={() => void run(`export-${c}`)}>
              {T.exportKinds[c]}
            </button>
          ))}
        </span>
        <button type="button" title={PT.buttonHint} onClick={() => void run('preview')}>
          {PT.button}
        </button>
        <button type="button" title={T.copyHtmlHint} onClick={() => void run('copy-html')}>
          {T.copyHtml}
        </button>
        <button type="button" onClick={() => void run('import')}>
          {T.import}
        </button>
        <button type="button" onClick={() => void run('snapshot')} disabled={session.readOnly}>
          {T.snapshot}
        </button>
        <button
          ref={historyButton}
          type="button"
          aria-pressed={historyOpen}
          onClick={() => void run('history')}
        >
          {T.history}
        </button>
        <button type="button" className="secondary" title={T.helpHint} onClick={() => void run('help')}>
          {T.help}
        </button>
        {/* The status and 已保存 keep together: the pair goes down a line when a message will not fit. */}
        <span className="toolbar-end">
          <span className="toolbar-status" role="status" title={status.text || undefined}>
            {!status.failed && !status.whole && status.text}
          </span>
          <SaveIndicator session={session} />
        </span>
      </header>
      {/* A failure, or a warning an export comes with, is said whole, under the toolbar, until it is closed
          or the next action speaks. */}
      {alertShown && (
        <p
          className={status.failed ? 'screen-alert' : 'screen-alert is-note'}
          role={status.failed ? 'alert' : 'status'}
        >
          {status.text}
          <button type="button" onClick={closeAlert}>
            {T.close}
          </button>
        </p>
      )}
      <ImportProblems session={session} onGo={(ref, quote) => goRef.current?.(ref, quote)} />
      {naming && (
        <SnapshotDialog
          onCancel={() => setNaming(false)}
          onSave={(name) => {
            setNaming(false)
            void sessionRef.current.snapshot(name).then(
              () => say(T.snapshotDone),
              (e: unknown) => say(T.snapshotFailed(errorText(e)), true)
            )
          }}
        />
      )}
      {historyOpen && <HistoryPanel draftId={id} readOnly={session.readOnly} onClose={closeHistory} />}
      {preview !== null && <Preview html={preview} onClose={() => setPreview(null)} />}
      {help && <HelpDialog format={getFormat(session.current().format)} onClose={() => setHelp(false)} />}
      <MemoEditor
        key={`${id}:${session.version}`}
        report={session.report}
        lastYear={session.lastYear}
        readOnly={session.readOnly}
        onChange={onChange}
        dismissed={session.dismissed}
        onDismiss={onDismiss}
        inputs={session.inputs}
        onInputs={onInputs}
        section={section}
        onSection={setSection}
        goRef={goRef}
      />
    </div>
  )
}
