import { useId, useState, type FormEvent } from 'react'
import { formatForYear, formats, type FormatId } from '@shared/formats'
import { agencyKindOf } from '@shared/model/agency'
import { isReportYear } from '@shared/model/report'
import { createDraft, type AgencyKind, type DraftSummary } from '../drafts'
import { errorText } from '../errors'
import { composing } from '../keys'
import { H } from './text'
import { twinKey } from './twins'

/**
 * The year a new report is most likely about: reports are written from the year's last months until they
 * are due (by 31 March), so from October on it is this year, before then the year just ended.
 */
export const defaultYear = (now = new Date()): number => now.getFullYear() - (now.getMonth() >= 9 ? 0 : 1)
type Field = 'agency' | 'year'
const formatOptions = formats.map((f) => ({ id: f.id, label: H.formatChoice(f.name, f.source) }))

/** 新建报告: year → format; agency; 人民政府 or 部门; optionally last year's report. */
export function NewDraftForm(props: {
  drafts: DraftSummary[]
  onCreated(id: string): void
  onCancel(): void
}) {
  const uid = useId()
  const [agency, setAgency] = useState('')
  const [yearText, setYearText] = useState(String(defaultYear()))
  const [format, setFormat] = useState<FormatId | undefined>(undefined)
  const [kind, setKind] = useState<AgencyKind | undefined>(undefined)
  const [lastYearId, setLastYearId] = useState('')
  // What stands in the way of 创建, and the field it is about: marked, its message its description, until
  // that field is edited. The message goes with it: left standing, it would speak of a field put right.
  const [error, setError] = useState<{ text: string; field?: Field }>()
  const fault = (field: Field) =>
    error?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${uid}-error` } : {}
  const edited = (field: Field) => {
    if (error?.field === field) setError(undefined)
  }
  const [busy, setBusy] = useState(false)

  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined
  const effectiveFormat = format ?? (year ? formatForYear(year).id : '2021')
  const effectiveKind = kind ?? agencyKindOf(agency)
  const candidates = year ? props.drafts.filter((d) => d.year === year - 1) : []
  // The same agency's report on the same year already here: said before a second one is made by mistake.
  const twin =
    year && agency.trim() ? props.drafts.find((d) => twinKey(d) === twinKey({ agency, year })) : undefined

  const pickLastYear = (id: string) => {
    setLastYearId(id)
    const d = props.drafts.find((x) => x.id === id)
    if (d) {
      setAgency(d.agency)
      setKind(d.agencyKind)
      edited('agency')
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    // The message is said, and the keyboard taken to the field to put right.
    const refuse = (field: Field, message: string): void => {
      setError({ text: message, field })
      document.getElementById(`${uid}-${field}`)?.focus()
    }
    // In the order the form shows them: 年度 comes first.
    if (year === undefined || !isReportYear(year)) return refuse('year', H.yearInvalid)
    if (!agency.trim()) return refuse('agency', H.agencyRequired)
    setBusy(true)
    try {
      const id = await createDraft({
        agency,
        year,
        agencyKind: effectiveKind,
        format: effectiveFormat,
        lastYearId: candidates.some((c) => c.id === lastYearId) ? lastYearId : undefined
      })
      props.onCreated(id)
    } catch (err) {
      setError({ text: H.failed(errorText(err)) })
      setBusy(false)
    }
  }

  return (
    <form
      className="new-draft"
      aria-label={H.newFormTitle}
      onSubmit={submit}
      onKeyDown={(e) => {
        // Not while an IME is choosing characters (its Esc cancels the choice), nor while creating.
        if (e.key === 'Escape' && !composing(e) && !busy) props.onCancel()
      }}
    >
      <h2>{H.newFormTitle}</h2>
      <div>
        <label htmlFor={`${uid}-year`}>{H.year}</label>
        {/* First in the order the keyboard goes, as on the screen; its default selected, typed over. */}
        <input
          id={`${uid}-year`}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          inputMode="numeric"
          value={yearText}
          {...fault('year')}
          onChange={(e) => {
            setYearText(e.target.value.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)))
            edited('year')
          }}
        />
      </div>
      {candidates.length > 0 && (
        <div>
          <label htmlFor={`${uid}-last`}>{H.lastYear}</label>
          <select id={`${uid}-last`} value={lastYearId} onChange={(e) => pickLastYear(e.target.value)}>
            <option value="">{H.noLastYear}</option>
            {candidates.map((d) => (
              <option key={d.id} value={d.id}>
                {`${d.agency} ${H.yearSuffix(d.year)}`}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor={`${uid}-agency`}>{H.agency}</label>
        <input
          id={`${uid}-agency`}
          value={agency}
          placeholder={H.agencyPlaceholder}
          {...fault('agency')}
          onChange={(e) => {
            setAgency(e.target.value)
            edited('agency')
          }}
        />
      </div>
      <fieldset>
        <legend>{H.kind}</legend>
        {(['government', 'department'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={`${uid}-kind`}
              checked={effectiveKind === k}
              onChange={() => setKind(k)}
            />
            {k === 'government' ? H.government : H.department}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor={`${uid}-format`}>{H.format}</label>
        <select
          id={`${uid}-format`}
          value={effectiveFormat}
          onChange={(e) => setFormat(e.target.value as FormatId)}
        >
          {formatOptions.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      {/* Said whatever else is said: it is what keeps a second report on the same year from being made. */}
      {twin && (
        <p role="status" className="form-note">
          {H.twinExists(twin.agency, twin.year)}
        </p>
      )}
      {error && (
        <p role="alert" className="form-error" id={`${uid}-error`}>
          {error.text}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {H.create}
        </button>
        <button type="button" onClick={props.onCancel}>
          {H.cancel}
        </button>
      </div>
    </form>
  )
}
