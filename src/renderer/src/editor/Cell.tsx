// One value cell of a statutory table. It subscribes to its own text (react-hook-form) and its own
// status (findings store) only, so typing re-renders this cell, not the grid.
import { memo, useRef, type ClipboardEvent, type CSSProperties, type KeyboardEvent } from 'react'
import { useController } from 'react-hook-form'
import { cellFullName } from '@shared/checks/labels'
import type { CellDecl, TableDecl } from '@shared/formats'
import { parseAmountInput } from '@shared/model/cellInput'
import {
  headsOneRow,
  isBlock,
  namedRow,
  namesRowsApart,
  parsePasteBlock,
  placedByOwnLabels,
  readByLabel,
  sameRow,
  withoutLabels,
  type UnreadRow
} from '@shared/paste'
import { composing, undoKey } from '../keys'
import { T } from '../text'
import { pastedText } from './clipboard'
import { useEditor, type CellChange } from './context'
import { cellField, domId, shownText, shownValue } from './formModel'
import { layoutOf, neighbour, nextInOrder, pasteTargets, widthFrom, type Direction } from './gridLayout'
import { useCellStatus } from './store'

const lastOffer = (ref: string): HTMLElement | null =>
  document.getElementById(domId('offers', ref))?.lastElementChild as HTMLElement | null

/**
 * How wide the cell's text is, in widths of a digit (CSS `ch`): a Chinese character (万元, a refused 一千)
 * is two. The input is made at least that wide, so that a province's figures (1234567) show whole.
 */
const textWidth = (text: string): number =>
  [...text].reduce((n, ch) => n + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0)

/** The input's accessible name, for finding it by ear: words said to the person name it by cellFullName. */
const cellLabel = (table: TableDecl, decl: CellDecl): string =>
  `表${table.number} ${decl.rowLabel} ${decl.colLabel}`

export interface PasteOutcome {
  /** Figures written; a blank in the block is not one. */
  written: number
  /** Filled cells a blank in the block emptied. */
  cleared: number
  /** Rows and columns of labels copied with the figures, left out. */
  labels: { rows: number; columns: number }
  refused: string[]
  /** Figures with no cell to land on, and whether the block ran past the row's end or the table's foot. */
  outside: { texts: string[]; right: boolean; below: boolean }
  /** Rows copied with a label that names another row than the one their figures landed on. */
  misplaced: string[]
  /** Placed by the rows their labels name, which the rows from the focused cell on were not. */
  byLabel: boolean
  /** Placed by the headings over them: a table of one row (表四) copied one cell a line. */
  byHeadings: boolean
  /** What placing by label took upon itself (a group's one row of zeros given to each of its items). */
  notes: string[]
  /** Nothing written: these rows would have landed on rows their labels do not name, and no reading placed them. */
  unplaced: string[]
  /**
   * Nothing written: rows named on lines apart from their figures, which no reading by label placed; the
   * figures it left, where it tells them. Absent when the paste was not such a block.
   */
  unread?: UnreadRow[]
  changes: CellChange[]
}

interface Props {
  table: TableDecl
  decl: CellDecl
  rowSpan?: number
  colSpan?: number
  onPasted(outcome: PasteOutcome): void
  /** Takes back a paste begun from this cell, if its message (and 撤销) is still the one shown. */
  onUndoPaste(changes: readonly CellChange[]): void
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right'
}

export const Cell = memo(function Cell({ table, decl, rowSpan, colSpan, onPasted, onUndoPaste }: Props) {
  const ctx = useEditor()
  const ref = `${table.id}:${decl.key}`
  const { field } = useController({ control: ctx.control, name: cellField(ref) })
  const status = useCellStatus(ctx.store, ref)
  const justFocused = useRef(false)
  // What the cell held when the focus came, and before the last undo: Ctrl+Z and Ctrl+Y act on this cell
  // only. The browser's own undo spans every field of the page, and would change a cell out of sight.
  const atFocus = useRef('')
  const beforeUndo = useRef<string | null>(null)
  // A paste begun here, nothing typed since: Ctrl+Z takes back all of it, not this cell's figure alone.
  const pasted = useRef<readonly CellChange[] | null>(null)
  const label = cellLabel(table, decl)
  const msgId = domId('msg', ref)
  // What last year settles for this cell (上年结转 ← 结转下年度), else the same key's figure last year (a
  // 2019-format report has other rows in table 三: only a key both have).
  const carried = ctx.carried.get(ref)
  // A cell last year settles shows what it settles it to, or nothing: never last year's own figure in
  // that cell (its 上年结转), which is not what this year's should be.
  const lastValue = ctx.carried.has(ref) ? carried?.value : ctx.lastYear?.tables[table.id]?.[decl.key]

  const go = (key: string | undefined): boolean => {
    if (key === undefined) return false
    ctx.focusRef(`${table.id}:${key}`)
    return true
  }

  const offered = status !== undefined && status.offers.length > 0 && !ctx.readOnly

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (composing(e)) return
    const layout = layoutOf(table)
    const input = e.currentTarget
    const history = undoKey(e)
    if (history) {
      e.preventDefault()
      if (ctx.readOnly) return
      if (history === 'undo' && pasted.current) {
        onUndoPaste(pasted.current)
        pasted.current = null
      } else if (history === 'undo' && input.value !== atFocus.current) {
        beforeUndo.current = input.value
        ctx.setCells([[ref, atFocus.current]])
      } else if (history === 'redo' && beforeUndo.current !== null) {
        ctx.setCells([[ref, beforeUndo.current]])
        beforeUndo.current = null
      }
      return
    }
    if (e.key === 'Enter') {
      if (go(neighbour(layout, decl.key, e.shiftKey ? 'up' : 'down'))) e.preventDefault()
      return
    }
    if (e.key === 'Tab') {
      // The sum offered (改为 N) is the next stop after its cell: the keyboard can take it too.
      if (!e.shiftKey && offered) return
      const to = nextInOrder(layout, decl.key, e.shiftKey)
      // …and so Shift+Tab comes back to it from the cell after.
      const offer = e.shiftKey && to !== undefined ? lastOffer(`${table.id}:${to}`) : null
      if (offer) offer.focus()
      else if (!go(to)) return
      e.preventDefault()
      return
    }
    const dir = ARROWS[e.key]
    if (!dir || e.altKey || e.ctrlKey || e.metaKey) return
    if (dir === 'left' || dir === 'right') {
      // Inside a text being edited the arrows move the caret; at its edge (or on a selected value) they move on.
      const { selectionStart: s, selectionEnd: end, value } = input
      const all = s === 0 && end === value.length
      const atEdge = dir === 'left' ? s === 0 && end === 0 : s === value.length && end === value.length
      if (!all && !atEdge) return
    }
    if (go(neighbour(layout, decl.key, dir))) e.preventDefault()
  }

  // From the last offer, Tab goes on to the next cell as it would have from this one. A figure typed on an
  // offer is meant for that next cell (typing along a row, Tab after each figure, an offer appearing on
  // the way): the focus moves there before the key is taken, so the figure lands in it.
  const onOfferKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    const typed = e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey
    if (typed) {
      go(nextInOrder(layoutOf(table), decl.key, false))
      return
    }
    if (e.key !== 'Tab' || e.shiftKey || e.currentTarget.nextElementSibling) return
    if (go(nextInOrder(layoutOf(table), decl.key, false))) e.preventDefault()
  }

  const onPaste = (e: ClipboardEvent<HTMLInputElement>): void => {
    const { text, fromHtml } = pastedText(e.clipboardData)
    if (ctx.readOnly) return
    if (!isBlock(text)) {
      // One figure the browser would not paste (it finds no plain text: the cell would be emptied): as typed.
      if (fromHtml) {
        e.preventDefault()
        if (text !== '') ctx.setCells([[ref, text]])
      }
      return
    }
    e.preventDefault()
    const layout = layoutOf(table)
    const parsed = parsePasteBlock(text)
    const { block, rows, columns, rowLabels } = withoutLabels(parsed, widthFrom(layout, decl.key), table)
    const targets = pasteTargets(layout, decl.key, block)
    const byKey = new Map(table.cells.map((c) => [c.key, c]))
    // Figures land by position: a row copied with its label from a table of other rows (last year's format,
    // a sheet with a 小计 of its own) is named where it landed on a row its label does not name.
    const wrongRows = rowLabels.flatMap((label, i) => {
      const landed = targets[i]?.map((k) => (k === undefined ? undefined : byKey.get(k))).find(Boolean)
      return label && landed && !sameRow(label, landed.rowLabel) ? [{ label, row: landed.rowLabel }] : []
    })
    // Rows of this table, pasted from another row than their first (or a copy whose layout is not the
    // table's: 洪泽's （六）其他处理 printed as one row), go where their labels say, if every row is so read.
    // Else, where a label names a row of this table other than the one it would land on, the figures are
    // known to belong elsewhere: none is written, rather than each in a wrong cell.
    // So do rows named on lines apart from their figures (a table copied one cell a line, as a PDF viewer
    // gives it), which keep no label on a row of the block: by position they would go down the focused
    // cell's column, each row's figures into other rows. Where the reading cannot place them all, none is.
    const apart = !rowLabels.length && namesRowsApart(parsed, table)
    // A table of one row (表四) copied so has only headings over its figures: read by them, it is placed
    // whole; else down the column, as any column, its figures past the table's foot said.
    const heads = !apart && !rowLabels.length && headsOneRow(parsed, table)
    const reading = wrongRows.length || apart || heads ? readByLabel(text, table) : undefined
    // A row copied whole with its label, pasted from a cell inside its row (商业企业, not 自然人), would run
    // past the row's end, each figure a column off: its label tells its cells as well.
    const pastRowEnd =
      rowLabels.length > 0 && block.some((row, i) => row.some((t, j) => t !== '' && !targets[i]?.[j]))
    const read =
      reading && reading.texts.size > 0 && !reading.unread.length
        ? reading
        : // …which goes down the table in its order: rows each with its label, copied in another, go by theirs.
          wrongRows.length || pastRowEnd
          ? placedByOwnLabels(block, rowLabels, table)
          : undefined
    const unread = apart && !read ? (reading?.unread ?? []) : undefined
    const unplaced =
      !read && wrongRows.some((w) => namedRow(w.label, table))
        ? wrongRows.map((w) => T.pasteWouldLand(w.label, w.row))
        : []
    const misplaced = read || unplaced.length ? [] : wrongRows.map((w) => T.pasteLanded(w.label, w.row))
    const placed: { key: string | undefined; text: string; row: number }[] = read
      ? [...read.texts].map(([key, cellText]) => ({ key, text: cellText, row: 0 }))
      : unplaced.length || unread
        ? []
        : block.flatMap((row, i) =>
            row.map((cellText, j) => ({ key: targets[i][j], text: cellText, row: i }))
          )
    const entries: [string, string][] = []
    const refused: string[] = []
    const outside = { texts: [] as string[], right: false, below: false }
    for (const { key, text: cellText, row } of placed) {
      const target = key === undefined ? undefined : byKey.get(key)
      if (!target) {
        if (cellText === '') continue
        outside.texts.push(cellText)
        if (targets[row].some((k) => k !== undefined)) outside.right = true
        else outside.below = true
        continue
      }
      const parsed = parseAmountInput(cellText, target.domain)
      if (parsed.ok)
        entries.push([`${table.id}:${target.key}`, shownText(parsed.value, target.domain, parsed.unit)])
      else
        refused.push(
          T.pasteRefused(cellFullName(ctx.format, `${table.id}:${target.key}`), cellText, parsed.message)
        )
    }
    const changes = ctx.setCells(entries)
    pasted.current = changes.length ? changes : null
    beforeUndo.current = null
    // Typed over later, Ctrl+Z in this cell goes back to what the paste wrote here, not to before it.
    const own = changes.find((c) => c.ref === ref)
    if (own) atFocus.current = own.after
    onPasted({
      written: entries.filter(([, t]) => t !== '').length,
      cleared: changes.filter((c) => c.after === '').length,
      labels: { rows, columns },
      refused,
      outside,
      misplaced,
      byLabel: Boolean(read) && !heads,
      byHeadings: Boolean(read) && heads,
      notes: read?.notes ?? [],
      unplaced,
      unread,
      changes
    })
  }

  // What was typed stays as typed while the cell is edited; once left, a text that was taken shows as the
  // value it was read as (“１２” → 12, “12件” → 12), the text a paste writes. A refused text stays as typed.
  const onBlur = (): void => {
    if (!ctx.readOnly) {
      const shown = shownValue(field.value, decl.domain)
      if (shown !== field.value) field.onChange(shown)
    }
    field.onBlur()
  }

  const empty = field.value === ''
  const cls = [
    'cell',
    status ? `is-${status.severity}` : '',
    status?.part ? 'is-part' : '',
    empty ? 'is-blank' : ''
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <td className={cls} rowSpan={rowSpan} colSpan={colSpan} data-key={decl.key}>
      <input
        ref={(el) => {
          field.ref(el)
          ctx.register(ref, el)
        }}
        name={field.name}
        value={field.value}
        style={{ '--chars': textWidth(String(field.value ?? '')) } as CSSProperties}
        onChange={(e) => {
          // Typed over: what Ctrl+Y would bring back, or Ctrl+Z take back of a paste, is no longer what is there.
          beforeUndo.current = null
          pasted.current = null
          field.onChange(e)
        }}
        onBlur={onBlur}
        readOnly={ctx.readOnly}
        aria-label={label}
        aria-invalid={status?.severity === 'error' ? true : undefined}
        aria-describedby={status ? msgId : undefined}
        title={status ? status.messages.join('\n') : undefined}
        placeholder={T.blank}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        onFocus={(e) => {
          e.currentTarget.select()
          justFocused.current = true
          atFocus.current = e.currentTarget.value
          beforeUndo.current = null
          pasted.current = null
        }}
        onMouseUp={(e) => {
          // The click that focused the cell would otherwise drop the selection made on focus.
          if (justFocused.current) e.preventDefault()
          justFocused.current = false
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {/* In the cell, under its value: never over a neighbour's value or its offer. */}
      {offered && (
        <span className="offers" id={domId('offers', ref)}>
          {status.offers.map((n) => (
            <button
              key={n}
              type="button"
              className="offer"
              title={T.fixToHint(String(n))}
              onKeyDown={onOfferKeyDown}
              onClick={() => {
                const before = field.value
                ctx.setCells([[ref, String(n)]])
                ctx.focusRef(ref)
                // Ctrl+Z in the cell takes the sum back to what was there, not to the sum itself.
                atFocus.current = before
              }}
            >
              {(empty ? T.fillWith : T.fixTo)(String(n))}
            </button>
          ))}
        </span>
      )}
      {typeof lastValue === 'number' && (
        <span className="last-year" title={carried ? T.lastYearCarried(carried.label) : T.lastYearHint}>
          {(carried ? T.lastYearSettled : T.lastYearValue)(
            shownText(lastValue, decl.domain, carried ? undefined : ctx.lastYear?.units?.[decl.key])
          )}
        </span>
      )}
      {/* Its description; shown to the eye in the line under the table (CellMessage.tsx). */}
      {status && (
        <div id={msgId} className="cell-msg" role="tooltip">
          {status.messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
    </td>
  )
})
