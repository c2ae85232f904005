// One section as the format prints it: the official heading (not editable), what it should cover,
// the text, and its table (二–四) or the 信息处理费 figures (六, 2021 format).
import type { SectionDecl } from '@shared/formats'
import { cellValueText } from '@shared/model/cellInput'
import { feesWithStated } from '@shared/model/feeWords'
import { halfWidth } from '@shared/text/width'
import { proseLength, type Fees } from '@shared/model/report'
import { useWatch } from 'react-hook-form'
import { T } from '../text'
import { useEditor, useFieldValue } from './context'
import { Field } from './Field'
import { FEE_DOMAINS, FEE_KEYS, shownValue } from './formModel'
import { TableGrid } from './TableGrid'

const EMPTY_FEES: Fees = { notices: null, noticedAmount: null, collected: null }

// Hints are either topics (主动公开) or whole sentences: a sentence already ends itself.
const joinHints = (hints: string[]): string =>
  hints.map((h, i) => (i < hints.length - 1 && !/[。；！？]$/.test(h) ? `${h}；` : h)).join('')

export function SectionPane({ section }: { section: SectionDecl }) {
  const ctx = useEditor()
  const agencyKind = useFieldValue('meta.agencyKind')
  const headingId = `heading-${section.id}`
  const table = section.table ? ctx.format.tables.find((t) => t.id === section.table) : undefined
  const govHints = agencyKind === 'government' ? (section.governmentHints ?? []) : []
  return (
    <article className="section-pane" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {(section.hints.length > 0 || govHints.length > 0) && (
        <div className="hints">
          {section.hints.length > 0 && (
            <p>
              {/* A table's section is told how to fill the table (表二按…填写, 总计 = …), not what to write. */}
              <span className="hint-lead">{table ? T.tableHints : T.hints}</span>
              {joinHints(section.hints)}
            </p>
          )}
          {govHints.length > 0 && (
            <p>
              <span className="hint-lead">{T.governmentHints}</span>
              {joinHints(govHints)}
            </p>
          )}
        </div>
      )}
      <LastYearText section={section} />
      <Field
        name={`sections.${section.id}`}
        findingRef={`sections:${section.id}`}
        label={section.heading}
        labelledBy={headingId}
        multiline
        rows={table ? 4 : 14}
        className="prose"
      />
      {section.id === 'overview' && <OverviewLength />}
      {table && <TableGrid table={table} />}
      {section.id === 'other' && ctx.format.requiresFees && <FeeFields />}
    </article>
  )
}

/**
 * The three figures of 六. One left blank that the text states (“未收取信息处理费” is a 0) shows what the
 * text states, as the checks and the JSON export read it: it need not be typed again.
 */
function FeeFields() {
  const ctx = useEditor()
  const other = useWatch({ control: ctx.control, name: 'sections.other' })
  // Another year's figure (2023年度，收取信息处理费100元) is not this one's: the year as typed, if it is one.
  const typedYear = Number(halfWidth(useFieldValue('meta.year')).trim())
  const stated = feesWithStated(EMPTY_FEES, other, Number.isInteger(typedYear) ? typedYear : undefined)
  return (
    <fieldset className="fees">
      <legend>{T.feesTitle}</legend>
      {FEE_KEYS.map((k) => {
        const v = stated[k]
        return (
          <Field
            key={k}
            name={`fees.${k}`}
            findingRef={`fees:${k}`}
            label={T.fee[k]}
            inputMode="decimal"
            placeholder={v === null ? undefined : T.feeStated(cellValueText(v, FEE_DOMAINS[k]))}
            shownAs={(text) => shownValue(text, FEE_DOMAINS[k])}
          />
        )
      })}
    </fieldset>
  )
}

/**
 * The same part of last year's report, folded, to write this year's beside it: officials start from last
 * year's structure. Read only: copied over it would be 内容雷同 (STR-09), which the checks flag.
 */
function LastYearText({ section }: { section: SectionDecl }) {
  const text = useEditor().lastYear?.sections[section.id]?.trim()
  if (!text) return null
  return (
    <details className="last-year-text">
      <summary>{T.lastYearText}</summary>
      {text.split(/\n+/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </details>
  )
}

/** How long 总体情况 is, as a local limit counts it (STR-10), and that limit where the format has the rule. */
function OverviewLength() {
  const ctx = useEditor()
  const text = useWatch({ control: ctx.control, name: 'sections.overview' })
  return (
    <div className="overview-length">
      <span className="count">{T.overviewLength(proseLength(text))}</span>
      {ctx.format.years.from >= 2021 && (
        <Field
          name="meta.overviewLimit"
          findingRef="meta:overviewLimit"
          label={T.overviewLimit}
          hint={T.overviewLimitHint}
          inputMode="numeric"
          className="limit"
        />
      )}
    </div>
  )
}
