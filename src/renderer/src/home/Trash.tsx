import { restoreDraft, useTrash } from '../drafts'
import { formatTime } from '../time'
import { H } from './text'

/** Drafts deleted in the last 30 days, each restorable; `onRestored` is told which one came back, and how to say it. */
export function Trash({ onRestored }: { onRestored?(id: string, message: string): void } = {}) {
  const trash = useTrash() ?? []
  return (
    <details className="trash">
      <summary>{H.trash(trash.length)}</summary>
      {trash.length === 0 ? (
        <p>{H.trashEmpty}</p>
      ) : (
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
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}
