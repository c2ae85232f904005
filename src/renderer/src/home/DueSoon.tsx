// Reports still to publish whose deadline is near or just past, named above the list: the late report is
// the failure the 2021 format names first (不按时发布).
import { chineseDate, daysUntil, todayIso } from '@shared/model/publication'
import { LATE_DAYS_COUNTED } from '../text'
import type { DraftSummary } from '../drafts'
import { H } from './text'

/** How near a deadline must be to be named. */
const DUE_SOON_DAYS = 30

export function DueSoon({ drafts, onOpen }: { drafts: readonly DraftSummary[]; onOpen(id: string): void }) {
  const today = todayIso()
  const due = drafts
    .filter((d) => !d.published && !d.sample && d.deadline)
    .map((d) => ({ d, days: daysUntil(today, d.deadline!) }))
    .filter(({ days }) => days <= DUE_SOON_DAYS && days >= -LATE_DAYS_COUNTED)
    .sort((a, b) => a.days - b.days)
  if (!due.length) return null
  return (
    <section className="due-soon" aria-label={H.dueSoonTitle}>
      <h2>{H.dueSoonTitle}</h2>
      <ul>
        {due.map(({ d, days }) => (
          <li key={d.id} className={days < 0 ? 'is-late' : ''}>
            <button type="button" className="link" onClick={() => onOpen(d.id)}>
              {H.dueSoonName(d.agency, d.year)}
            </button>
            {H.dueSoonWhen(chineseDate(d.deadline!), H.dueDaysLeft(days))}
          </li>
        ))}
      </ul>
    </section>
  )
}
