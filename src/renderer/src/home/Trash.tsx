import { useRef, useState } from 'react'
import { deleteForever, restoreDraft, useTrash } from '../drafts'
import { errorText } from '../errors'
import { composing } from '../keys'
import { formatTime } from '../time'
import { H } from './text'

/**
 * Drafts deleted in the last 30 days, each restorable or deleted for good (one, or all at once: asked first,
 * since nothing brings them back); `onRestored` is told which one came back, and how to say it.
 */
export function Trash({ onRestored }: { onRestored?(id: string, message: string): void } = {}) {
  const trash = useTrash() ?? []
  // What 永久删除 or 清空回收站 would delete, while the person is asked: ids, and how to say them.
  const [asking, setAsking] = useState<{ ids: string[]; what: string }>()
  const [said, setSaid] = useState('')
  // The question's buttons go with it: the keyboard goes back to the trash, not to the top of the page.
  const summary = useRef<HTMLElement>(null)
  const answered = (): void => {
    setAsking(undefined)
    summary.current?.focus()
  }
  const forever = (ids: string[]): void => {
    answered()
    void deleteForever(ids).then(
      (n) => setSaid(H.deletedForever(n)),
      (e: unknown) => setSaid(H.failed(errorText(e)))
    )
  }
  return (
    <details className="trash">
      <summary ref={summary}>{H.trash(trash.length)}</summary>
      {said && <p role="status">{said}</p>}
      {asking && (
        <p
          role="alert"
          className="trash-confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !composing(e)) answered()
          }}
        >
          {H.confirmForever(asking.what)}{' '}
          <button type="button" onClick={() => forever(asking.ids)}>
            {H.deleteForever}
          </button>{' '}
          {/* The keyboard on the way that loses nothing: Enter pressed on reflex keeps the reports. */}
          <button type="button" onClick={answered} autoFocus>
            {H.cancel}
          </button>
        </p>
      )}
      {trash.length === 0 ? (
        <p>{H.trashEmpty}</p>
      ) : (
        <>
          <ul aria-label={H.trash(trash.length)}>
            {trash.map((d) => (
              <li key={d.id}>
                {`${H.agencyShown(d.agency)} ${H.yearSuffix(d.year)}`}
                {/* where it came from tells apart reports of one agency and year (导入 x.docx, 新建, 复制);
                  after a mark, or 2025年新建 reads as one phrase */}
                {d.origin && (
                  <>
                    {' · '}
                    <span className="home-origin">{d.origin}</span>
                  </>
                )}{' '}
                · {formatTime(d.deletedAt)} · {H.daysLeft(d.daysLeft)}{' '}
                <button
                  type="button"
                  aria-label={`${H.restore} ${H.agencyShown(d.agency)}`}
                  onClick={() =>
                    void restoreDraft(d.id).then(() =>
                      onRestored?.(d.id, H.restored(H.agencyShown(d.agency), d.year))
                    )
                  }
                >
                  {H.restore}
                </button>{' '}
                <button
                  type="button"
                  aria-label={`${H.deleteForever} ${H.agencyShown(d.agency)}`}
                  onClick={() =>
                    setAsking({ ids: [d.id], what: H.foreverOne(H.agencyShown(d.agency), d.year) })
                  }
                >
                  {H.deleteForever}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => setAsking({ ids: trash.map((d) => d.id), what: H.foreverAll(trash.length) })}
          >
            {H.emptyTrash}
          </button>
        </>
      )}
    </details>
  )
}
