// A modal dialog in the page (Electron has no window.prompt): named by its heading, closed by Esc. Being
// modal, it keeps Tab inside itself, and gives focus back to where it was when it closes.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { composing } from './keys'

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select, textarea, a[href], summary, [tabindex="0"]'

/**
 * The Tab stops of `box`, as the browser makes them: of a group of radio buttons only its checked one (or
 * its first, none being checked), which is where Tab and Shift+Tab enter and leave the group.
 */
function tabStops(box: HTMLElement): HTMLElement[] {
  const all = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)]
  const group = (r: HTMLInputElement) =>
    all.filter(
      (x) => x instanceof HTMLInputElement && x.type === 'radio' && x.name === r.name
    ) as HTMLInputElement[]
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true
    const radios = group(el)
    return el === (radios.find((r) => r.checked) ?? radios[0])
  })
}

/**
 * Whether a modal dialog is open: a menu command or shortcut then waits (Ctrl+S would open 保存快照 over the
 * choice of a report to import, two modals at once, the one below out of reach).
 */
export const modalOpen = (): boolean => document.querySelector('[role="dialog"][aria-modal="true"]') !== null

/** Tab and Shift+Tab go round the controls of `box` instead of leaving it. */
export function keepTabIn(e: KeyboardEvent, box: HTMLElement | null): void {
  if (e.key !== 'Tab' || !box) return
  const items = tabStops(box)
  const [first, last] = [items[0], items.at(-1)]
  if (!first || !last) return
  const at = document.activeElement
  // From the panel's own heading (focused on opening, not a Tab stop) Shift+Tab goes to the last control.
  if (e.shiftKey && (at === first || !items.includes(at as HTMLElement))) {
    e.preventDefault()
    last.focus()
  } else if (!e.shiftKey && at === last) {
    e.preventDefault()
    first.focus()
  }
}

export function Dialog(props: {
  className: string
  labelledBy: string
  onClose(): void
  children: ReactNode
}) {
  const box = useRef<HTMLDivElement>(null)
  // Where focus was, read as the dialog is first drawn: before any effect of its content moves it inside.
  const [before] = useState(() => document.activeElement)
  useEffect(
    () => () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus()
    },
    [before]
  )
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && !composing(e)) return props.onClose()
    keepTabIn(e, box.current)
  }
  return (
    <div
      ref={box}
      className={props.className}
      role="dialog"
      aria-modal="true"
      aria-labelledby={props.labelledBy}
      onKeyDown={onKeyDown}
    >
      {props.children}
    </div>
  )
}
