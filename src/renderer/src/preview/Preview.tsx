// The report as the website will show it: the HTML export's body, drawn in the page. The export escapes
// every piece of user text (export/html.ts), so its markup is ours alone.
import { useEffect, useId, useRef } from 'react'
import { Dialog } from '../Dialog'
import { PT } from './text'
import './preview.css'

export function Preview({ html, onClose }: { html: string; onClose(): void }) {
  const uid = useId()
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  return (
    <Dialog className="preview" labelledBy={`${uid}-title`} onClose={onClose}>
      <header>
        <h2 id={`${uid}-title`}>{PT.title}</h2>
        <span className="preview-note">{PT.note}</span>
        <button ref={close} type="button" onClick={onClose}>
          {PT.close}
        </button>
      </header>
      <div className="preview-page" dangerouslySetInnerHTML={{ __html: html }} />
    </Dialog>
  )
}
