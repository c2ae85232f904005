// The report as the website will show it: the HTML export's body, drawn in the page. The export escapes
// every piece of user text (export/html.ts), so its markup is ours alone.
import { useEffect, useId, useRef } from 'react'
import { Dialog } from '../Dialog'
import { PT } from './text'
import './preview.css'

export function Preview({ html, onClose }: { html: string; onClose(): void }) {
  const uid = useId()
  // The keyboard starts in the page, so that PageDown and the arrows read on (Esc closes, Tab reaches 关闭).
  const page = useRef<HTMLDivElement>(null)
  useEffect(() => page.current?.focus(), [])
  return (
    <Dialog className="preview" labelledBy={`${uid}-title`} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={`${uid}-title`}>{PT.title}</h2>
        <span className="preview-note">{PT.note}</span>
        <button type="button" onClick={onClose}>
          {PT.close}
        </button>
      </div>
      <div
        ref={page}
        className="preview-page"
        tabIndex={0}
        role="region"
        aria-labelledby={`${uid}-title`}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </Dialog>
  )
}
