// A modal dialog in the page (Electron has no window.prompt): named by its heading, closed by Esc.
import type { ReactNode } from 'react'

export function Dialog(props: {
  className: string
  labelledBy: string
  onClose(): void
  children: ReactNode
}) {
  return (
    <div
      className={props.className}
      role="dialog"
      aria-modal="true"
      aria-labelledby={props.labelledBy}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      {props.children}
    </div>
  )
}
