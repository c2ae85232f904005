import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { restoreRevision, revisionLabel, useRevisions } from '../drafts'
import { describeDiff, diffReports } from './diff'
import { keepTabIn } from '../Dialog'
import { errorText } from '../errors'
import { composing } from '../keys'
import { formatTime } from '../time'
import { HT } from './text'
import './history.css'

/**
 * Revisions of one draft, newest first, each with what changed since the one before; restore is undoable.
 * Drawn again only when its own props or the revisions change, not at each save of the editor around it:
 * with hundreds of versions, each keystroke would otherwise wait for every comparison.
 */
export const HistoryPanel = memo(function HistoryPanel({
  draftId,
  readOnly,
  onClose
}: {
  draftId: string
  /** Open in another window: restoring here would be undone by that window's next save. */
  readOnly: boolean
  onClose(): void
}) {
  const revisions = useRevisions(draftId)
  // What changed in each version since the one before it: made once per list of versions.
  const changes = useMemo(
    () =>
      revisions?.map((r, i) => {
        const older = revisions[i + 1]
        return older
          ? HT.changedFrom + describeDiff(diffReports(older.report, r.report, older.inputs, r.inputs))
          : HT.first
      }),
    [revisions]
  )
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const panel = useRef<HTMLElement>(null)
  // Opened from the keyboard, the panel is where the person goes next: focus moves to its heading.
  useEffect(() => heading.current?.focus(), [])

  const restore = async (id: string, when: string, name: string) => {
    if (busy) return
    setBusy(true)
    try {
      await restoreRevision(draftId, id)
      setMessage(HT.restored(when, name))
    } catch (e) {
      setMessage(HT.failed(errorText(e)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <aside
      className="history-panel"
      // It keeps Tab in itself (keepTabIn), as a dialog does; not modal, since the page stays usable by mouse.
      role="dialog"
      aria-modal="false"
      aria-label={HT.title}
      ref={panel}
      onKeyDown={(e) => {
        // It lies over the 问题 panel and the header's end: Tab stays in it, rather than go on to
        // controls it hides.
        keepTabIn(e, panel.current)
        if (e.key !== 'Escape' || composing(e)) return
        e.stopPropagation()
        onClose()
      }}
    >
      <header>
        <h2 ref={heading} tabIndex={-1}>
          {HT.title}
        </h2>
        <button type="button" onClick={onClose}>
          {HT.close}
        </button>
      </header>
      {readOnly && <p className="history-note">{HT.readOnly}</p>}
      {message && <p role="status">{message}</p>}
      {revisions === undefined ? (
        <p>{HT.loading}</p>
      ) : revisions.length === 0 ? (
        <p>{HT.empty}</p>
      ) : (
        <ol className="revisions">
          {revisions.map((r, i) => {
            const when = formatTime(r.at, true)
            return (
              <li key={r.id}>
                <div>
                  <strong>{r.name ?? revisionLabel(r.kind)}</strong> <time>{when}</time>
                </div>
                <div className="changes">{changes?.[i]}</div>
                <button
                  type="button"
                  // Not disabled while a restore runs: that would drop the focus to the page, and the
                  // editor, drawn anew with the version restored, would take it out of the panel.
                  disabled={readOnly}
                  aria-disabled={busy || undefined}
                  aria-label={HT.restoreLabel(when, r.name ?? revisionLabel(r.kind))}
                  onClick={() => void restore(r.id, when, r.name ?? revisionLabel(r.kind))}
                >
                  {HT.restore}
                </button>
              </li>
            )
          })}
        </ol>
      )}
    </aside>
  )
})
