import { useId, useState } from 'react'
import { getFormat, refCells, splitRef } from '@shared/formats'
import type { Report } from '@shared/model/report'
import { text } from './messages'
import type { ImportNote } from './types'
import './import-problems.css'

/**
 * Whether what a note asked has been done since: what could not be read filled in (a cell, a 信息处理费
 * figure, a part), or the words it asked to take out of a part gone from it.
 */
function doneSince(note: ImportNote, report: Report): string | undefined {
  if (note.quote && note.ref?.startsWith('sections:')) {
    const id = splitRef(note.ref)[1] as keyof Report['sections']
    return (report.sections[id] ?? '').includes(note.quote) ? undefined : text.importRemoved
  }
  return filledSince(note, report) ? text.importFilled : undefined
}

/** Whether what a note said could not be read has been filled in since (a cell, a 信息处理费 figure, a part). */
function filledSince(note: ImportNote, report: Report): boolean {
  if (note.level !== 'error' || !note.ref) return false
  const [where, key = ''] = splitRef(note.ref)
  if (where === 'sections') return (report.sections[key as keyof Report['sections']] ?? '').trim() !== ''
  if (where === 'fees') return typeof report.fees[key as keyof Report['fees']] === 'number'
  const table = report.tables[where as keyof Report['tables']]
  // A whole row or table: once every cell of it holds a figure.
  const cells = refCells(getFormat(report.format), note.ref)
  return cells.length > 0 && cells.every((ref) => typeof table?.[splitRef(ref)[1] ?? key] === 'number')
}

/**
 * The importer's notes kept with an imported draft, until closed with 知道了 (for good): what could not be
 * read (left blank) apart from what was read or done and is to be checked. A note about a cell or a part
 * goes there when clicked; one whose blank has been filled in since says so.
 */
export function ImportProblems({
  session,
  onGo
}: {
  session: { importProblems?: readonly ImportNote[]; closeImportNotes(): void; current(): Report }
  onGo(ref: string, quote?: string): void
}) {
  // Folded to its one line of counts, it leaves the editor the room while the notes are worked through.
  const [folded, setFolded] = useState(false)
  const bodyId = useId()
  const notes = session.importProblems
  if (!notes?.length) return null
  const report = session.current()
  const unread = notes.filter((n) => n.level === 'error')
  // Warnings before notices, each in the importer's order.
  const toCheck = [
    ...notes.filter((n) => n.level === 'warning'),
    ...notes.filter((n) => n.level === 'notice')
  ]
  const item = (p: ImportNote, done: string | undefined) => {
    const words = done ? `${p.message}${done}` : p.message
    return p.ref ? (
      <button type="button" className="link" title={text.importGo} onClick={() => onGo(p.ref!, p.quote)}>
        {words}
      </button>
    ) : (
      words
    )
  }
  const group = (kind: 'unread' | 'check', items: readonly ImportNote[]) =>
    items.length > 0 && (
      <div className={`import-problems-group is-${kind}`}>
        <h3>{kind === 'unread' ? text.importUnread : text.importToCheck}</h3>
        <ul aria-label={kind === 'unread' ? text.importUnread : text.importToCheck}>
          {items.map((p, i) => {
            const done = doneSince(p, report)
            return (
              <li key={i} className={done ? 'is-done' : undefined}>
                {item(p, done)}
              </li>
            )
          })}
        </ul>
      </div>
    )
  return (
    <section className="import-problems" role="region" aria-label={text.importProblemsTitle}>
      <div className="import-problems-head">
        <h2>{text.importProblemsTitle}</h2>
        <p>{text.importProblemsHint(unread.length, toCheck.length)}</p>
        <button
          type="button"
          aria-expanded={!folded}
          aria-controls={bodyId}
          onClick={() => setFolded((f) => !f)}
        >
          {folded ? text.unfold : text.fold}
        </button>
        <button type="button" title={text.dismissHint} onClick={session.closeImportNotes}>
          {text.dismiss}
        </button>
      </div>
      <div className="import-problems-body" id={bodyId} hidden={folded}>
        {group('unread', unread)}
        {group('check', toCheck)}
      </div>
    </section>
  )
}
