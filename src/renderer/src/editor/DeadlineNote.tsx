// By when this report must be published, and how many days are left: the date officials most often miss
// (E1, E2 in checks.md). It follows the header as it is typed.
import {
  chineseDate,
  dateAlone,
  daysUntil,
  parseMonthDay,
  publicationDeadline,
  todayIso
} from '@shared/model/publication'
import { T } from '../text'
import { useEditor, useFieldValue } from './context'
import { halfWidth } from '@shared/text/width'

export function DeadlineNote() {
  const { format } = useEditor()
  const year = useFieldValue('meta.year')
  const agency = useFieldValue('meta.agency')
  const agencyKind = useFieldValue('meta.agencyKind')
  const published = useFieldValue('meta.published')
  const publishBy = useFieldValue('meta.publishBy')
  const typedYear = halfWidth(year).trim()
  if (!/^\d{4}$/.test(typedYear) || !agency.trim()) return null
  const deadline = publicationDeadline({
    year: Number(typedYear),
    format: format.id,
    agency,
    agencyKind,
    publishBy: parseMonthDay(publishBy)
  })
  const day = dateAlone(published)
  let text: string
  if (!deadline) text = T.deadlineUnknown
  else if (day)
    text = `${(day > todayIso() ? T.publishingOn : T.publishedOn)(chineseDate(day))}；${T.deadline(chineseDate(deadline.date), deadline.basis)}`
  else
    text =
      T.deadline(chineseDate(deadline.date), deadline.basis) +
      T.deadlineLeft(daysUntil(todayIso(), deadline.date))
  return (
    <p className="deadline-note" role="note">
      {text}
    </p>
  )
}
