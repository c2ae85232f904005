import { memo, useId, useRef, useState } from 'react'
import { getFormat } from '@shared/formats'
import { chineseDate, daysUntil, todayIso } from '@shared/model/publication'
import { createFromLastYear, duplicateDraft, renameDraft, trashDraft, type DraftSummary } from '../drafts'
import { errorText } from '../errors'
import { composing } from '../keys'
import { formatTime } from '../time'
import { LATE_DAYS_COUNTED } from '../text'
import { H } from './text'

interface RowProps {
  draft: DraftSummary
  /** Another draft in the list has the same agency and year. */
  twin: boolean
  /** The same agency's report on the year after, already in the list: 从上年报告新建 opens it. */
  nextYear?: DraftSummary
  onOpen(id: string, message?: string): void
  onTrashed(d: DraftSummary): void
  /** 复制 made `id`: alike in all but its badge, it must be said and shown, or it is made twice. */
  onCopied(id: string, d: DraftSummary): void
  onError(message: string): void
  onDone(): void
}

/** Flat records, made anew each time the list is read: the same when every field is. */
const sameSummary = (a: DraftSummary | undefined, b: DraftSummary | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    Object.keys(a).length === Object.keys(b).length &&
    (Object.keys(a) as (keyof DraftSummary)[]).every((k) => a[k] === b[k]))

/**
 * One draft of the home list. Drawn again only when its own draft (or its next year's) changes: with
 * hundreds of drafts, each key typed in 搜索 and each save elsewhere would otherwise redraw every row.
 */
export const DraftRow = memo(
  DraftRowView,
  (a, b) =>
    sameSummary(a.draft, b.draft) &&
    sameSummary(a.nextYear, b.nextYear) &&
    a.twin === b.twin &&
    a.onOpen === b.onOpen &&
    a.onTrashed === b.onTrashed &&
    a.onCopied === b.onCopied &&
    a.onError === b.onError &&
    a.onDone === b.onDone
)

function DraftRowView(props: RowProps) {
  const { draft: d } = props
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(d.agency)
  const [blank, setBlank] = useState(false)
  const renameButton = useRef<HTMLButtonElement>(null)
  const stopRenaming = () => {
    setRenaming(false)
    setBlank(false)
    // back where the person was, not at the top of the page
    setTimeout(() => renameButton.current?.focus())
  }
  // A row action that works takes back what an earlier one's failure said (重命名 refused, then done).
  // One action at a time: a double click on 复制 or 从上年报告新建 is one click, not two drafts.
  const running = useRef(false)
  const run = (f: () => Promise<unknown>) => {
    if (running.current) return
    running.current = true
    void f()
      .then(
        () => props.onDone(),
        (e: unknown) => props.onError(H.failed(errorText(e)))
      )
      .finally(() => (running.current = false))
  }
  const format = getFormat(d.format)
  const shown = H.agencyShown(d.agency)
  const rowId = useId()
  // The sample's errors are there to be found: said in its row, and in the editor as it opens.
  const sampleErrors = d.sample && d.errorCount > 0

  return (
    <tr>
      <td>
        {renaming ? (
          <form
            onSubmit={(e) => {
              e.preventDefault()
              // A blank name is not taken, and said so: the old one stays until another is typed.
              if (!name.trim()) return setBlank(true)
              stopRenaming()
              run(() => renameDraft(d.id, name))
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Escape' || composing(e)) return
              e.preventDefault()
              stopRenaming()
            }}
          >
            <input
              aria-label={H.renameLabel(shown)}
              value={name}
              onChange={(e) => {
                setName(e.target.value)
                setBlank(false)
              }}
              aria-invalid={blank || undefined}
              aria-describedby={blank ? `${rowId}-blank` : undefined}
              autoFocus
            />
            <button type="submit">{H.ok}</button>
            <button type="button" onClick={stopRenaming}>
              {H.cancel}
            </button>
            {blank && (
              <span id={`${rowId}-blank`} className="home-rename-blank" role="alert">
                {H.renameBlank}
              </span>
            )}
          </form>
        ) : (
          <>
            <button
              type="button"
              className="link"
              data-draft={d.id}
              onClick={() => (sampleErrors ? props.onOpen(d.id, H.sampleOpened) : props.onOpen(d.id))}
            >
              {shown}
            </button>
            {d.sample && <span className="home-sample">{H.sample}</span>}
            {/* the sample's own origin is its badge */}
            {props.twin && d.origin && d.origin !== H.sample && (
              <span className="home-origin">{d.origin}</span>
            )}
            {/* Lest a newcomer take them for the app's fault; once put right, there is nothing to say. */}
            {sampleErrors && <span className="home-sample-note">{H.sampleNote}</span>}
          </>
        )}
      </td>
      <td>{d.year}</td>
      {/* The short name (2021版) keeps the column to one line; the document it is from is its tooltip. */}
      <td className="format" title={format.source}>
        {format.shortName}
      </td>
      <td className="updated">{formatTime(d.updatedAt)}</td>
      <td>
        {d.errorCount === 0 && d.warningCount === 0 ? (
          H.noProblems
        ) : (
          <>
            {d.errorCount > 0 && <span className="home-errors">{H.errors(d.errorCount)}</span>}{' '}
            {d.warningCount > 0 && <span className="home-warnings">{H.warnings(d.warningCount)}</span>}
          </>
        )}
      </td>
      <td className="publication">
        <Publication draft={d} />
      </td>
      <td className="actions">
        {/* Which report each button acts on, for a screen reader's list of buttons (重命名, 复制 … repeat). */}
        <span id={rowId} hidden>
          {`${shown} ${H.yearSuffix(d.year)}`}
        </span>
        <button
          type="button"
          ref={renameButton}
          aria-describedby={rowId}
          onClick={() => {
            setName(d.agency)
            setRenaming(true)
          }}
        >
          {H.rename}
        </button>
        <button
          type="button"
          aria-describedby={rowId}
          onClick={() => run(async () => props.onCopied(await duplicateDraft(d.id), d))}
        >
          {H.duplicate}
        </button>
        <button
          type="button"
          aria-describedby={rowId}
          title={H.fromLastYearHint(d.year + 1)}
          onClick={() => {
            const next = props.nextYear
            // Made before (or imported): a second, blank one would look like the work was lost.
            if (next) props.onOpen(next.id, H.nextYearOpened(next.year))
            else
              run(async () => {
                const { id, made } = await createFromLastYear(d.id)
                if (made) props.onOpen(id)
                else props.onOpen(id, H.nextYearOpened(d.year + 1))
              })
          }}
        >
          {H.fromLastYear}
        </button>
        <button
          type="button"
          aria-describedby={rowId}
          onClick={() =>
            run(async () => {
              await trashDraft(d.id)
              props.onTrashed(d)
            })
          }
        >
          {H.delete}
        </button>
      </td>
    </tr>
  )
}

/** Published when, or by when it must be: the date a report is most often late for. */
function Publication({ draft: d }: { draft: DraftSummary }) {
  if (d.published)
    return <>{(d.published > todayIso() ? H.publishing : H.published)(chineseDate(d.published))}</>
  // No deadline: a 乡镇 without its local rule, or an imported report that never names its agency.
  if (!d.deadline) return <>{d.agency.trim() ? H.localRule : '—'}</>
  const days = daysUntil(todayIso(), d.deadline)
  return (
    <>
      {H.dueBy(chineseDate(d.deadline))}
      <br />
      {days < -LATE_DAYS_COUNTED ? (
        <span className="home-muted" title={H.undatedHint}>
          {H.dueDaysLeft(days)}
        </span>
      ) : (
        <span className={days < 0 ? 'home-errors' : days <= 30 ? 'home-warnings' : 'home-muted'}>
          {H.dueDaysLeft(days)}
        </span>
      )}
    </>
  )
}
