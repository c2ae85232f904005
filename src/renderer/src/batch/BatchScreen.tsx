// 批量检查: many published reports checked in one go, for the office that reviews its agencies' reports.
// The files are read and checked here (shared/batch) and kept only in this screen.
import { Fragment, useEffect, useId, useRef, useState } from 'react'
import type { FileCheck } from '@shared/batch'
import { createDraftFromReport, findSameDraft } from '../drafts'
import { errorText } from '../errors'
import { BT } from './text'
import './batch.css'
import { importFilters } from '@shared/import/extensions'

// Loaded on first use: the importer (docx, Traditional characters) is not needed to start the app.
const batch = () => import('@shared/batch')
const nextFrame = () => new Promise((done) => setTimeout(done, 0))

/**
 * The last review, kept by the app while it runs (never stored): a reviewer who opens one report as a draft
 * comes back to the others, instead of choosing and checking them all again.
 */
export interface Review {
  results: FileCheck[]
  status: string
  /** The rows shown open, and the row whose report was opened: as the reviewer left them. */
  open?: readonly number[]
  at?: number
}

export function BatchScreen({
  onHome,
  onOpen,
  kept,
  onReviewed
}: {
  onHome(): void
  onOpen(id: string): void
  kept?: Review
  onReviewed?(review: Review): void
}) {
  const uid = useId()
  const [results, setResults] = useState<FileCheck[]>(() => kept?.results ?? [])
  const [status, setStatus] = useState(() => kept?.status ?? '')
  const [busy, setBusy] = useState(false)
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set(kept?.open))
  const [lib, setLib] = useState<Awaited<ReturnType<typeof batch>>>()
  // The exports of a review kept from before need the batch module again.
  const [hadReview] = useState(Boolean(kept))
  useEffect(() => {
    if (hadReview) void batch().then(setLib)
  }, [hadReview])
  // Back from the report opened: the keyboard, and the list's scroll, where the reviewer left them.
  const [backAt] = useState(kept?.at)
  useEffect(() => {
    if (backAt === undefined || !lib) return
    document.querySelector<HTMLElement>(`.batch-results [data-row="${backAt}"]`)?.focus()
  }, [backAt, lib])
  // Come from elsewhere: the keyboard starts on the screen's name (a reader says where it is), one Tab from
  // 选择报告并检查…, not on the page, from where Tab starts over at 返回首页.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (backAt === undefined) heading.current?.focus()
  }, [backAt])
  const chooseButton = useRef<HTMLButtonElement>(null)

  const choose = async (): Promise<void> => {
    if (busy) return
    setBusy(true)
    try {
      const files = await window.api.openFiles({
        filters: importFilters(BT.filter, BT.allFilter)
      })
      if (!files.length) return
      const b = await batch()
      const { cmaps } = await import('../cmaps')
      setLib(b)
      setOpen(new Set())
      const done: FileCheck[] = []
      for (const [i, f] of files.entries()) {
        setStatus(BT.checking(i + 1, files.length, f.name))
        // Let the progress show between files.
        await nextFrame()
        done.push(
          'error' in f
            ? { name: f.name, ok: false, problems: [f.error], ...(f.source && { source: f.source }) }
            : await b.checkFile({ ...f, cmaps })
        )
      }
      const all = b.addToReview(results, done)
      setResults(all)
      setStatus(b.batchTotal(all))
      onReviewed?.({ results: all, status: b.batchTotal(all) })
    } catch (e) {
      setStatus(BT.failed(errorText(e)))
    } finally {
      setBusy(false)
    }
  }

  // Notepad on older Windows and Excel read UTF-8 only with its byte-order mark, and lines only with CR LF.
  const save = async (table: boolean): Promise<void> => {
    if (!lib) return
    const r = await window.api.saveFile(
      table
        ? {
            suggestedName: BT.saveTableName,
            filters: [{ name: BT.saveTableFilter, extensions: ['csv'] }],
            data: '\uFEFF' + lib.batchCsv(results)
          }
        : {
            suggestedName: BT.saveName,
            filters: [{ name: BT.saveFilter, extensions: ['txt'] }],
            data: '\uFEFF' + lib.batchReport(results).replace(/\n/g, '\r\n')
          }
    )
    if (r.saved) setStatus(BT.saved(r.path))
  }

  // The draft made from this file before, while unchanged since, rather than a second alike.
  // One at a time: a double click would find no draft twice and make two.
  const making = useRef(false)
  const toDraft = async (r: Extract<FileCheck, { ok: true }>, at: number): Promise<void> => {
    if (making.current) return
    making.current = true
    try {
      onReviewed?.({ results, status, open: [...open], at })
      const origin = BT.draftOrigin(r.name)
      const same = await findSameDraft(r.report, origin)
      onOpen(same ? same.id : await createDraftFromReport(r.report, origin, r.notes))
    } finally {
      making.current = false
    }
  }

  const clear = (): void => {
    // 清空结果 goes with the rows: the keyboard goes on to choose again, not back to the top of the page.
    chooseButton.current?.focus()
    setResults([])
    setOpen(new Set())
    setStatus(BT.cleared)
    onReviewed?.({ results: [], status: '' })
  }

  const toggle = (i: number): void =>
    setOpen((s) => {
      const next = new Set(s)
      if (!next.delete(i)) next.add(i)
      return next
    })

  return (
    <main className="batch">
      <header className="batch-header">
        <button type="button" className="secondary" onClick={onHome}>
          {BT.home}
        </button>
        <h1 ref={heading} tabIndex={-1}>
          {BT.title}
        </h1>
      </header>
      <p className="batch-intro">{BT.intro}</p>
      <div className="batch-actions">
        {/* Not disabled while the files are read: that would drop the focus to the page, where the
            reviewer who chose them with the keyboard would find it no more. */}
        <button
          ref={chooseButton}
          type="button"
          onClick={() => void choose()}
          aria-disabled={busy || undefined}
        >
          {results.length ? BT.chooseMore : BT.choose}
        </button>
        <button type="button" onClick={() => void save(false)} disabled={busy || results.length === 0}>
          {BT.save}
        </button>
        <button type="button" onClick={() => void save(true)} disabled={busy || results.length === 0}>
          {BT.saveTable}
        </button>
        {results.length > 0 && (
          <button type="button" onClick={clear} disabled={busy}>
            {BT.clear}
          </button>
        )}
        <span role="status" className="batch-status">
          {status}
        </span>
      </div>
      {results.length > 0 && lib && (
        <table className="batch-results">
          <thead>
            <tr>
              {BT.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.map((r, i) => (
              <Fragment key={i}>
                <tr>
                  <td>
                    {/* named in each row's buttons' description: 查看问题 and 保存为草稿并打开 repeat */}
                    <span id={`${uid}-file-${i}`}>{r.name}</span>
                    {/* In the row, not behind 查看问题: a copy counted twice, or a cross-year error's
                        other file, is seen whether the file has problems or none. */}
                    {r.ok && r.sameAs && <p className="batch-note is-same">{BT.sameAs(r.sameAs)}</p>}
                    {r.ok && r.lastYearFile && <p className="batch-note">{BT.lastYear(r.lastYearFile)}</p>}
                  </td>
                  {r.ok ? (
                    <>
                      <td>{r.report.agency.trim() || BT.noAgency}</td>
                      <td>{r.report.year}</td>
                      <td className={r.errors ? 'count is-error' : 'count'}>{r.errors}</td>
                      <td className="count">{r.warnings}</td>
                      <td className={r.unread.length ? 'count is-error' : 'count'}>{r.unread.length}</td>
                    </>
                  ) : (
                    <td colSpan={5}>{`${BT.unreadable}：${r.problems.join('；')}`}</td>
                  )}
                  <td className="actions">
                    {r.ok && lib.describeFile(r).length > 0 && (
                      <button
                        type="button"
                        className="link"
                        aria-expanded={open.has(i)}
                        aria-describedby={`${uid}-file-${i}`}
                        onClick={() => toggle(i)}
                      >
                        {open.has(i) ? BT.hide : BT.show}
                      </button>
                    )}
                    {r.ok && lib.describeFile(r).length === 0 && (
                      <span className="batch-none">{BT.noProblems}</span>
                    )}
                    {r.ok && (
                      <button
                        type="button"
                        className="link"
                        aria-describedby={`${uid}-file-${i}`}
                        data-row={i}
                        onClick={() => void toDraft(r, i)}
                      >
                        {BT.toDraft}
                      </button>
                    )}
                  </td>
                </tr>
                {r.ok && open.has(i) && (
                  <tr className="batch-details">
                    <td colSpan={BT.columns.length}>
                      <ul aria-label={BT.detailsOf(r.name)}>
                        {lib.describeFile(r).map((l, k) => (
                          <li key={k} className={`is-${l.severity}`}>
                            <span className="severity">
                              {BT[l.severity]}
                              {/* read as 错误：表二…, not 错误表二…; inside the label, whose column it is */}
                              <span className="sr-only">：</span>
                            </span>
                            {l.text}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
