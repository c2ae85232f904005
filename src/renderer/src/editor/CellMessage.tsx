// The message of the cell being edited, or else of the cell under the pointer, in a line under its table.
// A box opened at the cell covered the cells beside and below it — the very figures the message adds up,
// and their 改为 N — on a small screen, where a table is as wide as the pane. The line covers no cell of
// the row being edited nor the row under it; each cell's own message stays its description
// (aria-describedby, Cell.tsx), so this copy is for the eye only.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { TableDecl } from '@shared/formats'
import { useEditor } from './context'
import { scrollParent } from './reveal'
import { useCellStatus } from './store'

/** The value cell `el` is in, by its key (Cell.tsx's data-key). */
const keyOf = (el: EventTarget | null): string | null =>
  el instanceof Element ? (el.closest<HTMLElement>('td.cell')?.dataset.key ?? null) : null

export function CellMessage({ table, grid }: { table: TableDecl; grid: RefObject<HTMLTableElement | null> }) {
  const ctx = useEditor()
  const [focused, setFocused] = useState<string | null>(null)
  const [hovered, setHovered] = useState<string | null>(null)
  // The cell under the pointer that the line would stick over: the line then waits under the table.
  const [hidesHovered, setHidesHovered] = useState<string | null>(null)
  const line = useRef<HTMLDivElement>(null)
  const pressed = useRef(false)

  // Listened to on the table, not through props on each cell: a move of the focus draws this line
  // again, never the grid.
  useEffect(() => {
    const el = grid.current
    if (!el) return
    const onFocusIn = (e: FocusEvent): void => setFocused(keyOf(e.target))
    const onFocusOut = (e: FocusEvent): void => {
      if (!el.contains(e.relatedTarget as Node | null)) setFocused(null)
    }
    // Which cell the line last made way for holds only while the pointer stays on it: come back to it
    // scrolled elsewhere, and the line sticks to the pane's foot again (else it waited out of sight).
    let over: string | null = null
    const onOver = (e: PointerEvent): void => {
      const k = keyOf(e.target)
      if (k !== over) setHidesHovered(null)
      over = k
      setHovered(k)
    }
    const onLeave = (): void => {
      over = null
      setHidesHovered(null)
      setHovered(null)
    }
    const onDown = (): void => {
      pressed.current = true
    }
    const onUp = (): void => {
      pressed.current = false
    }
    const listened: [EventTarget, string, EventListener, boolean][] = [
      [el, 'focusin', onFocusIn as EventListener, false],
      [el, 'focusout', onFocusOut as EventListener, false],
      [el, 'pointerover', onOver as EventListener, false],
      [el, 'pointerleave', onLeave, false],
      [el, 'mousedown', onDown, false],
      [document, 'mouseup', onUp, true]
    ]
    for (const [target, type, f, capture] of listened) target.addEventListener(type, f, capture)
    return () => {
      for (const [target, type, f, capture] of listened) target.removeEventListener(type, f, capture)
    }
  }, [grid])

  // While a cell of the table has the focus, the pointer over another shows nothing of its own: one
  // message at a time, that of the cell being edited.
  const key = focused ?? hovered
  const status = useCellStatus(ctx.store, key === null ? '' : `${table.id}:${key}`)
  const stuck = focused !== null || hidesHovered !== hovered

  // The line sticks to the pane's foot while the table goes on below it. The cell being edited is kept
  // clear of it, and so is the row under that cell; a cell under the pointer that it would hide sends it
  // back under the table.
  useLayoutEffect(() => {
    const el = line.current
    const td = key === null ? null : grid.current?.querySelector<HTMLElement>(`td.cell[data-key="${key}"]`)
    if (!el || !td || !stuck) return
    if (focused === null) {
      const [at, cell] = [el.getBoundingClientRect(), td.getBoundingClientRect()]
      if (cell.bottom > at.top && cell.top < at.bottom) setHidesHovered(key)
      return
    }
    const clear = (): void => {
      const [at, cell] = [el.getBoundingClientRect(), td.getBoundingClientRect()]
      const over = Math.min(cell.bottom + cell.height, grid.current!.getBoundingClientRect().bottom) - at.top
      const scroller = scrollParent(el)
      if (over > 0 && scroller) scroller.scrollTop += Math.ceil(over)
    }
    // Focused by a click: scrolled once the button is up, after the cell has had its mouseup (Cell.tsx
    // keeps there the selection it makes on focus); moved from under the pointer, it would miss it.
    if (!pressed.current) return clear()
    document.addEventListener('mouseup', clear, { once: true })
    return () => document.removeEventListener('mouseup', clear)
  }, [key, status, stuck, focused, grid])

  // Table 三 scrolls sideways with its section (a window at 150%): the line, as wide as the section,
  // goes along, so that its words start at the pane's left edge rather than out of view.
  const shown = key !== null && status !== undefined
  useLayoutEffect(() => {
    const el = line.current
    const scroller = el && scrollParent(el)
    if (!el || !scroller) return
    const follow = (): void => {
      el.style.translate = scroller.scrollLeft > 0 ? `${scroller.scrollLeft}px` : ''
    }
    follow()
    scroller.addEventListener('scroll', follow, { passive: true })
    return () => scroller.removeEventListener('scroll', follow)
  }, [shown])

  if (!shown) return null
  return (
    <div
      ref={line}
      className={`cell-line is-${status.severity}${stuck ? ' is-stuck' : ''}`}
      aria-hidden="true"
    >
      {status.messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  )
}
