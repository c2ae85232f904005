// The report's header: title, agency, year, kind, publication dates. On a small screen it can be folded
// to its first line, so that the text and tables get the room; the choice is remembered, and a short
// window, where none was made, starts folded.
import { useState } from 'react'
import { defaultTitle } from '@shared/model/report'
import { halfWidth } from '@shared/text/width'
import { readFlag, writeFlag } from '../prefs'
import { T } from '../text'
import { DeadlineNote } from './DeadlineNote'
import { useEditor, useFieldValue } from './context'
import { Field } from './Field'

const FOLDED = 'header-folded'
/** Unfolded by the official's own choice: kept apart from no choice made, which a short window folds. */
const UNFOLDED = 'header-unfolded'
/**
 * A window this short (CSS px) starts with the header folded: 1366×768 at Windows' 150% is 911×512, where
 * the toolbar and the whole header took some 300 px, the text and tables what was left.
 */
const SHORT_WINDOW = 600
const startsFolded = (): boolean =>
  readFlag(FOLDED) || (!readFlag(UNFOLDED) && globalThis.innerHeight < SHORT_WINDOW)

/** A year typed with a Chinese IME (２０２４) shows as read once the field is left. */
const yearShown = (text: string): string => halfWidth(text).trim()

/**
 * The page's one h1, for a screen reader's list of headings: the report, as its title field just below
 * shows it (kept out of sight, not to show the title twice), or, while that is blank, as one is made. Its
 * own component: a keystroke in the title redraws this alone.
 */
function PageHeading() {
  const title = useFieldValue('meta.title')
  const agency = useFieldValue('meta.agency')
  const year = useFieldValue('meta.year')
  const y = Number(yearShown(year))
  return (
    <h1 className="sr-only">
      {title.trim() ||
        (Number.isInteger(y) && y > 0 ? defaultTitle(agency.trim(), y) : T.reportOfNoYear(agency.trim()))}
    </h1>
  )
}

export function ReportHeader() {
  const { format } = useEditor()
  const typedYear = Number(halfWidth(useFieldValue('meta.year')).trim())
  const [folded, setFolded] = useState(startsFolded)
  return (
    <section
      className={`report-header${folded ? ' is-folded' : ''}`}
      aria-label={T.headerRegion}
      onFocus={(e) => {
        // What the fold hides can still be reached (the 问题 panel, Tab): it unfolds for it, this once.
        if (folded && (e.target as HTMLElement).closest('.publication')) setFolded(false)
      }}
    >
      <PageHeading />
      <button
        type="button"
        className="link header-fold"
        aria-expanded={!folded}
        title={folded ? T.headerUnfoldHint : T.headerFoldHint}
        onClick={() => {
          writeFlag(FOLDED, !folded)
          writeFlag(UNFOLDED, folded)
          setFolded(!folded)
        }}
      >
        {folded ? T.headerUnfold : T.headerFold}
      </button>
      <Field name="meta.title" findingRef="meta:title" label={T.title} className="title" />
      <Field name="meta.agency" findingRef="meta:agency" label={T.agency} className="agency" />
      <Field
        name="meta.year"
        findingRef="meta:year"
        label={T.year}
        className="year"
        inputMode="numeric"
        shownAs={yearShown}
      />
      <Field
        name="meta.agencyKind"
        findingRef="meta:agencyKind"
        label={T.agencyKind}
        className="kind"
        options={[
          { value: 'government', label: T.kindGovernment },
          { value: 'department', label: T.kindDepartment }
        ]}
      />
      <div className="publication">
        <Field
          name="meta.published"
          findingRef="meta:published"
          label={T.published}
          placeholder={T.publishedPlaceholder(
            Number.isInteger(typedYear) && typedYear > 1990 ? typedYear : new Date().getFullYear() - 1
          )}
        />
        <Field
          name="meta.publishBy"
          findingRef="meta:publishBy"
          label={T.publishBy}
          placeholder={T.publishByPlaceholder}
          hint={T.publishByHint}
        />
        <DeadlineNote />
      </div>
      <p className="format-note">{T.formatLabel(format.source)}</p>
    </section>
  )
}
