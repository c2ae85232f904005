// A statutory table drawn from its declaration: merged headers as printed, one input per value cell.
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react'
import { getFormat, headingRowCount, splitRef, type GridCell, type TableDecl } from '@shared/formats'
import { carriedRules, unmatchedFromLastYear } from '@shared/formats/carried'
import { cellFullName, cellName, shortRowLabel } from '@shared/checks/labels'
import { figuresAtOdds } from '@shared/checks/zeroFill'
import { placeSummary, summarizable, summarizeTable } from '@shared/summary'
import { T } from '../text'
import { Cell, type PasteOutcome } from './Cell'
import { CellMessage } from './CellMessage'
import { Words } from './Words'
import { useEditor, type CellChange } from './context'
import { scrollParent } from './reveal'
import { summaryObstacles } from './findings'

/** What the last write into many cells did (paste, 本年无此项, 生成文字说明), with the way to take it back. */
interface BatchReport {
  text: string
  refused: string[]
  changes: CellChange[]
  /** The section's text before and after 生成文字说明. */
  prose?: { before: string; after: string }
  /** It did what was asked, but left something to put right (本年无此项 against a figure already there). */
  caution?: boolean
}

const SHOWN_BLANKS = 3

export const TableGrid = memo(function TableGrid({ table }: { table: TableDecl }) {
  const ctx = useEditor()
  const [report, setReport] = useState<BatchReport | null>(null)
  const onPasted = useCallback(
    (o: PasteOutcome) =>
      setReport({
        text: o.unplaced.length
          ? T.pasteUnplaced(o.unplaced)
          : o.unread
            ? T.pasteUnread(o.unread)
            : T.pasted(o.written) +
              (o.byLabel
                ? T.pasteByLabel
                : o.byHeadings
                  ? T.pasteByHeadings
                  : o.labels.rows || o.labels.columns
                    ? T.pasteLabels(o.labels.rows, o.labels.columns)
                    : '') +
              (o.cleared > 0 ? T.pasteCleared(o.cleared) : '') +
              (o.outside.texts.length
                ? T.pasteOutside(o.outside.texts, o.outside.right, o.outside.below)
                : '') +
              (o.misplaced.length ? T.pasteMisplaced(o.misplaced) : '') +
              o.notes.map((n) => `${n}。`).join(''),
        refused: o.refused,
        changes: o.changes,
        caution:
          o.outside.texts.length > 0 ||
          o.misplaced.length > 0 ||
          o.unplaced.length > 0 ||
          o.unread !== undefined ||
          o.notes.length > 0
      }),
    []
  )
  const byKey = new Map(table.cells.map((c) => [c.key, c]))
  const headingId = `table-${table.id}`
  const head = headingRowCount(table)
  const scrollBox = useRef<HTMLDivElement>(null)
  const grid = useRef<HTMLTableElement>(null)
  // A cell reached by the keyboard is scrolled clear of headings that stick over the numbers (table 三's,
  // in the section's scroll box); their height depends on the fonts and the width, so it is measured.
  useLayoutEffect(() => {
    const thead = scrollBox.current?.querySelector('thead')
    const scroller = thead && scrollParent(thead)
    if (!thead || !scroller || getComputedStyle(thead).position !== 'sticky') return
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      scroller.style.scrollPaddingTop = `${thead.offsetHeight}px`
    })
    observer.observe(thead)
    return () => {
      observer.disconnect()
      scroller.style.scrollPaddingTop = ''
    }
  }, [])

  const fillZeros = (): void => {
    const blanks = table.cells.map((c) => `${table.id}:${c.key}`).filter((ref) => ctx.cellText(ref) === '')
    const changes = ctx.setCells(blanks.map((ref) => [ref, '0'] as const))
    if (!changes.length) return setReport({ text: T.noBlanks, refused: [], changes })
    // The zeros say nothing happened this year; a figure already there (上年结转 5) says otherwise.
    const odds = figuresAtOdds(ctx.current(), blanks).filter(({ ref }) => splitRef(ref)[0] === table.id)
    const rows = new Map<string, string[]>()
    for (const { ref, value } of odds) {
      const decl = byKey.get(splitRef(ref)[1] ?? '')!
      const row = shortRowLabel(decl.rowLabel)
      rows.set(row, [...(rows.get(row) ?? []), `${decl.colLabel} ${value}`])
    }
    const figures = [...rows].map(([row, cols]) => `${row}：${cols.join('、')}`).join('；')
    const carried = new Set(carriedRules(ctx.format).map((r) => r.cell))
    const text =
      T.zerosFilled(changes.length) +
      (figures ? T.zerosAtOdds(figures) : '') +
      (odds.some((o) => carried.has(o.ref)) ? T.zerosCarried : '')
    setReport({ text, refused: [], changes, caution: odds.length > 0 })
  }
  const summarize = (): void => {
    const s = summarizeTable(ctx.current(), ctx.format, table.id)
    if (!s) return
    if (!s.ok && !s.blanks.length && s.unitless) {
      const cells = s.unitless.map((c) => cellFullName(ctx.format, `${table.id}:${c.key}`))
      setReport({ text: T.summaryUnitless(cells), refused: [], changes: [] })
      return
    }
    if (!s.ok) {
      const labels = s.blanks.slice(0, SHOWN_BLANKS).map((c) => cellName(table, c))
      const cells = labels.join('、') + (s.blanks.length > SHOWN_BLANKS ? '等' : '')
      setReport({ text: T.summaryBlanks(table.number, s.blanks.length, cells), refused: [], changes: [] })
      return
    }
    // Words from figures that do not add up would say what the table gets wrong, and be checked against it
    // at once: the figures are put right first. (Before the first check, a moment after opening, none is.)
    const { refused, atOdds } = summaryObstacles(ctx.format, table.id, ctx.store.getFindings() ?? [])
    if (refused || atOdds) {
      const text = refused ? T.summaryRefused(table.number, refused) : T.summaryAtOdds(table.number, atOdds)
      setReport({ text, refused: [], changes: [], caution: true })
      return
    }
    // What the official wrote stays; the paragraph goes after it, or in place of the one written before
    // from other figures (in whatever shape those gave it).
    const before = ctx.proseText(table.section)
    const placed = placeSummary(before, s.text, ctx.format, table.id)
    if (placed.outcome === 'unchanged') {
      setReport({ text: s.text ? T.summaryAlready : T.summaryEmpty, refused: [], changes: [] })
      return
    }
    const after = placed.prose
    ctx.setProse(table.section, after)
    const kept = placed.kept[0]
    setReport({
      text:
        T.summaryPlaced[placed.outcome] +
        (placed.duplicates > 0 ? T.summaryDuplicates(placed.duplicates) : '') +
        (kept ? T.summaryKept(kept.trim(), placed.kept.length) : ''),
      refused: [],
      changes: [],
      prose: { before, after },
      caution: Boolean(kept)
    })
  }
  const undo = ({ changes, prose }: BatchReport): void => {
    if (prose) {
      // Words typed since are kept: only an untouched paragraph is taken back.
      const undone = ctx.proseText(table.section) === prose.after
      if (undone) ctx.setProse(table.section, prose.before)
      setReport({ text: undone ? T.summaryUndone : T.summaryEdited, refused: [], changes: [] })
    } else setReport({ text: T.undone(ctx.undoCells(changes)), refused: [], changes: [] })
    // The 撤销 button goes with its message: the keyboard goes to what was taken back.
    ctx.focusRef(prose ? `sections:${table.section}` : (changes[0]?.ref ?? `sections:${table.section}`))
  }
  // Ctrl+Z in the cell a paste began from takes back the paste, as 撤销 beside its message does. Read through
  // refs so the callback stays one and the same: a new one would draw every cell of the grid again.
  const latest = useRef({ report, undo })
  latest.current = { report, undo }
  const onUndoPaste = useCallback((changes: readonly CellChange[]) => {
    const { report: shown, undo: undoShown } = latest.current
    if (shown && shown.changes === changes) undoShown(shown)
  }, [])

  const drawRow = (cells: GridCell[], r: number) => (
    <tr key={r}>
      {cells.map((cell, c) => {
        switch (cell.kind) {
          case 'header':
            return (
              <th key={c} scope="col" rowSpan={cell.rowSpan} colSpan={cell.colSpan}>
                <Words text={cell.text} />
              </th>
            )
          case 'label':
            return (
              <th key={c} scope="row" className="row-label" rowSpan={cell.rowSpan} colSpan={cell.colSpan}>
                <Words text={cell.text} />
              </th>
            )
          case 'blank':
            return <td key={c} className="void" rowSpan={cell.rowSpan} colSpan={cell.colSpan} />
          case 'value': {
            const decl = byKey.get(cell.key)
            if (!decl) throw new Error(`grid names undeclared cell ${cell.key}`)
            return (
              <Cell
                key={c}
                table={table}
                decl={decl}
                rowSpan={cell.rowSpan}
                colSpan={cell.colSpan}
                onPasted={onPasted}
                onUndoPaste={onUndoPaste}
              />
            )
          }
        }
      })}
    </tr>
  )

  // Last year in the 2019 format, this year in 2021's: rows of its figures that have no place here.
  const unmatched = ctx.lastYear
    ? unmatchedFromLastYear(ctx.format, ctx.lastYear, table.id)
    : { rows: [], columns: [] }

  return (
    <section className="table-block" aria-labelledby={headingId}>
      <div className="table-head">
        <h3 id={headingId}>{`表${table.number}\u3000${table.title}`}</h3>
        {!ctx.readOnly && (
          <span className="table-actions">
            <button type="button" className="secondary" title={T.noneThisYearHint} onClick={fillZeros}>
              {T.noneThisYear}
            </button>
            {summarizable(ctx.format, table) && (
              <button type="button" className="secondary" title={T.summarizeHint} onClick={summarize}>
                {T.summarize}
              </button>
            )}
          </span>
        )}
      </div>
      {unmatched.rows.length + unmatched.columns.length > 0 && (
        <p className="table-note">
          {T.lastYearOtherFormat(getFormat(ctx.lastYear!.format).shortName, unmatched)}
        </p>
      )}
      {/* Said when it appears (a region in the page from the start), without the buttons beside it. */}
      <p className="sr-only" role="status">
        {report ? [report.text, ...report.refused].join('；') : ''}
      </p>
      {report && (
        <div className={`paste-report ${report.refused.length || report.caution ? 'has-refused' : ''}`}>
          <p>{report.text}</p>
          {report.refused.length > 0 && (
            <ul>
              {report.refused.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          {(report.changes.length > 0 || report.prose) && !ctx.readOnly && (
            <button type="button" className="link" title={T.undoHint} onClick={() => undo(report)}>
              {T.undo}
            </button>
          )}
          <button
            type="button"
            className="link"
            onClick={() => {
              setReport(null)
              // As after 撤销: the keyboard goes on where the write was, not back to the top of the page.
              ctx.focusRef(
                report.prose
                  ? `sections:${table.section}`
                  : (report.changes[0]?.ref ?? `sections:${table.section}`)
              )
            }}
          >
            {T.close}
          </button>
        </div>
      )}
      <div className="grid-scroll" ref={scrollBox}>
        <table className={`grid grid-${table.id}`} ref={grid}>
          {head > 0 && <thead>{table.grid.slice(0, head).map(drawRow)}</thead>}
          <tbody>{table.grid.slice(head).map((cells, r) => drawRow(cells, head + r))}</tbody>
        </table>
      </div>
      <CellMessage table={table} grid={grid} />
    </section>
  )
})
