// The report editor: header, section navigation, the section being edited and the problems panel.
// Every change re-runs the checks synchronously and publishes findings to a store the cells read.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useForm } from 'react-hook-form'
import { findingKey, type Finding } from '@shared/checks'
import { cellFullName } from '@shared/checks/labels'
import { checkWithRefused } from '@shared/checks/refused'
import { cellIndex, getFormat, refCells, type SectionId } from '@shared/formats'
import { carriedFromLastYear, carriedRules, type Carried } from '@shared/formats/carried'
import { agencyKindOf } from '@shared/model/agency'
import { parseAmountInput, parseCellInput } from '@shared/model/cellInput'
import { dateAlone, dateTrouble, parseMonthDay } from '@shared/model/publication'
import { followedTitle, isReportYear, withUnit, type Report } from '@shared/model/report'
import { writeThrough } from './writeText'
import { locateQuote } from '@shared/text/locate'
import { halfWidth } from '@shared/text/width'
import { T } from '../text'
import { EditorContext, useEditor, type EditorCtx } from './context'
import { groupOfRef, INPUT_RULE, statusByCell } from './findings'
import {
  cellField,
  FEE_DOMAINS,
  FEE_KEYS,
  fieldOfRef,
  refOfFieldKey,
  textAt,
  toFormValues,
  withInputs,
  type FormValues,
  type RefusedInputs
} from './formModel'
import { ProblemsPanel } from './ProblemsPanel'
import { ReportHeader } from './ReportHeader'
import { selectAndReveal } from './reveal'
import { SectionNav } from './SectionNav'
import { SectionPane } from './SectionPane'
import { FindingsStore } from './store'

export interface EditorProps {
  report: Report
  lastYear?: Report
  readOnly?: boolean
  onChange(report: Report): void
  /** Warnings dismissed in this draft (findingKey), as loaded. */
  dismissed?: readonly string[]
  /** Called with the whole list when a warning is dismissed or the dismissed ones restored. */
  onDismiss?(keys: string[]): void
  /** What was typed and refused when the draft was last saved: typed back, with its message. */
  inputs?: RefusedInputs
  /** Called with every refused text whenever they change, to be kept with the draft. */
  onInputs?(inputs: RefusedInputs): void
  /** The section shown first: where the person was before a version was restored (the editor re-keys). */
  section?: SectionId
  /** Told the section shown whenever it changes. */
  onSection?(id: SectionId): void
  /** Set to a function that shows and focuses a cell or section (`requests:new.np`), for the screen around. */
  goRef?: { current: ((ref: string, quote?: string) => void) | null }
}

const NO_INPUTS: RefusedInputs = {}
const YEAR = /^\s*(\d{4})\s*$/

type LocalKey = 'published' | 'publishBy' | 'overviewLimit'
/** `report` with `key` set to `value`, or without it. */
function withLocal(report: Report, key: LocalKey, value: string | number | undefined): Report {
  const next: Report = { ...report }
  delete next[key]
  return value === undefined ? next : Object.assign(next, { [key]: value })
}

// 0 is no limit, and means nothing else: it is refused with the rest.
const LIMIT = /^\s*([1-9]\d{0,5})\s*$/

export function Editor({
  report,
  lastYear,
  readOnly = false,
  onChange,
  dismissed: loadedDismissed = [],
  onDismiss,
  inputs: loadedInputs = NO_INPUTS,
  onInputs,
  section: firstSection = 'overview',
  onSection,
  goRef
}: EditorProps) {
  // The editor owns its copy from here on; a report replaced from outside re-keys the editor.
  const [format] = useState(() => getFormat(report.format))
  const [defaults] = useState(() => withInputs(toFormValues(report, format), loadedInputs))
  const form = useForm<FormValues>({ defaultValues: defaults })
  const [section, setSection] = useState<SectionId>(firstSection)
  // Last year's figures are shown under the cells only while the report is on the year after it: the
  // checks say the same when the year is changed (跨年度核对未进行).
  const [year, setYear] = useState(report.year)
  const shownLastYear = lastYear && lastYear.year === year - 1 ? lastYear : undefined
  const onChangeRef = useRef(onChange)
  const onDismissRef = useRef(onDismiss)
  const onInputsRef = useRef(onInputs)
  const onSectionRef = useRef(onSection)
  useEffect(() => {
    onChangeRef.current = onChange
    onDismissRef.current = onDismiss
    onInputsRef.current = onInputs
    onSectionRef.current = onSection
  })
  useEffect(() => onSectionRef.current?.(section), [section])

  // Last year's report may change while the editor is open (edited in another window): the checks read it
  // here, not from the first render's closure.
  const lastYearRef = useRef(lastYear)

  const [engine] = useState(() => {
    const store = new FindingsStore()
    const refused = new Map<string, Finding>()
    const elements = new Map<string, HTMLElement>()
    const index = cellIndex(format)
    let current = report
    let batching = false
    // Dismissed warnings are kept out of the marks and the panel; the panel counts those still found.
    const dismissed = new Set(loadedDismissed)

    const recheck = (): void => {
      const lastYear = lastYearRef.current
      const { view, findings } = checkWithRefused(current, new Set(refused.keys()), lastYear)
      const all = [...refused.values(), ...findings]
      const shown = dismissed.size
        ? all.filter((f) => f.severity === 'error' || !dismissed.has(findingKey(f)))
        : all
      store.set(shown, statusByCell(format, shown, view, lastYear), all.length - shown.length)
    }

    /** Dismiss `f` (a warning), or with no finding restore every dismissed one. */
    const dismiss = (f?: Finding): void => {
      if (f && f.severity === 'error') return
      if (f) dismissed.add(findingKey(f))
      else dismissed.clear()
      recheck()
      onDismissRef.current?.([...dismissed])
    }

    const refuse = (ref: string, where: string, message: string | undefined): void => {
      if (message === undefined) refused.delete(ref)
      else
        refused.set(ref, {
          rule: INPUT_RULE,
          severity: 'error',
          message: `${where}：${message}`,
          cells: [ref]
        })
    }

    /** The title follows the agency and year as 重命名 on the home screen has it follow (followedTitle). */
    const followTitle = (agency: string, year: number): void => {
      const title = followedTitle(current, agency, year)
      if (title === current.title) return
      current = { ...current, title }
      form.setValue('meta.title', title, { shouldDirty: true })
    }

    /**
     * The kind follows the name as 新建报告 derives it, while it is the one the name before implied: an
     * import without the agency's name leaves 政府部门, which the name typed then puts right. One chosen by
     * hand against the name is kept.
     */
    const followKind = (agency: string): void => {
      if (current.agencyKind !== agencyKindOf(current.agency)) return
      const kind = agencyKindOf(agency)
      if (kind === current.agencyKind) return
      current = { ...current, agencyKind: kind }
      form.setValue('meta.agencyKind', kind, { shouldDirty: true })
    }

    /** Apply one changed form field to the report; true when the report changed. */
    const apply = (name: string, values: FormValues): void => {
      const [head, rest = ''] = [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.') + 1)]
      if (head === 'cells') {
        const ref = refOfFieldKey(rest)
        const decl = index.get(ref)
        if (!decl) return
        const parsed = parseAmountInput(values.cells[rest] ?? '', decl.domain)
        // Named as the checks name a cell (表四“行政复议”下“结果维持”列), not by its input's accessible name.
        refuse(ref, cellFullName(format, ref), parsed.ok ? undefined : parsed.message)
        if (parsed.ok && current.tables[decl.table][decl.key] !== parsed.value)
          current = {
            ...current,
            tables: {
              ...current.tables,
              [decl.table]: { ...current.tables[decl.table], [decl.key]: parsed.value }
            }
          }
        // An amount's unit is what its cell says: typed over without one, the report records none.
        if (parsed.ok && decl.domain.kind === 'amount' && current.units?.[decl.key] !== parsed.unit)
          current = { ...current, units: withUnit(current.units, decl.key, parsed.unit) }
      } else if (head === 'sections') {
        const id = rest as SectionId
        current = { ...current, sections: { ...current.sections, [id]: values.sections[id] } }
      } else if (head === 'fees') {
        const k = rest as (typeof FEE_KEYS)[number]
        const parsed = parseCellInput(values.fees[k] ?? '', FEE_DOMAINS[k])
        refuse(`fees:${k}`, `${T.feesTitle} ${T.fee[k]}`, parsed.ok ? undefined : parsed.message)
        if (parsed.ok) current = { ...current, fees: { ...current.fees, [k]: parsed.value } }
      } else if (name === 'meta.year') {
        const typed = YEAR.exec(halfWidth(values.meta.year))
        const m = typed && isReportYear(Number(typed[1])) ? typed : null
        refuse('meta:year', T.year, m ? undefined : typed ? T.yearOutOfRange : T.yearInvalid)
        if (m) {
          followTitle(current.agency, Number(m[1]))
          current = { ...current, year: Number(m[1]) }
          setYear(current.year)
        }
      } else if (name === 'meta.title') current = { ...current, title: values.meta.title }
      else if (name === 'meta.agency') {
        followTitle(values.meta.agency, current.year)
        followKind(values.meta.agency)
        current = { ...current, agency: values.meta.agency }
      } else if (name === 'meta.agencyKind') current = { ...current, agencyKind: values.meta.agencyKind }
      else if (name === 'meta.published' || name === 'meta.publishBy') {
        const key = name === 'meta.published' ? 'published' : 'publishBy'
        const text = values.meta[key].trim()
        const value = !text ? undefined : key === 'published' ? dateAlone(text) : parseMonthDay(text)
        const refused = text && !value
        const trouble = refused ? dateTrouble(text, key) : undefined
        const why = !refused
          ? undefined
          : trouble
            ? T.dateTrouble(trouble, current.year)
            : key === 'published'
              ? T.dateInvalid.published(current.year)
              : T.dateInvalid.publishBy
        refuse(`meta:${key}`, T[key], why)
        if (!refused) current = withLocal(current, key, value)
      } else if (name === 'meta.overviewLimit') {
        const text = halfWidth(values.meta.overviewLimit).trim()
        const m = LIMIT.exec(text)
        refuse('meta:overviewLimit', T.overviewLimit, text && !m ? T.overviewLimitInvalid : undefined)
        if (!text || m) current = withLocal(current, 'overviewLimit', m ? Number(m[1]) : undefined)
      }
    }

    // The refused texts as last told, to tell only a change.
    let toldInputs = JSON.stringify(loadedInputs)
    const tellInputs = (): void => {
      // the usual keystroke: nothing refused now, nor before
      if (!refused.size && toldInputs === '{}') return
      const values = form.getValues()
      const inputs = Object.fromEntries([...refused.keys()].sort().map((ref) => [ref, textAt(values, ref)]))
      const json = JSON.stringify(inputs)
      if (json === toldInputs) return
      toldInputs = json
      onInputsRef.current?.(inputs)
    }

    const changed = (name: string | undefined): void => {
      const values = form.getValues()
      if (name) apply(name, values)
      else {
        for (const key of Object.keys(values.cells)) apply(`cells.${key}`, values)
        for (const s of Object.keys(values.sections)) apply(`sections.${s}`, values)
        for (const k of FEE_KEYS) apply(`fees.${k}`, values)
        for (const m of ['title', 'agency', 'year', 'agencyKind', 'published', 'publishBy', 'overviewLimit'])
          apply(`meta.${m}`, values)
      }
      if (batching) return
      recheck()
      onChangeRef.current(current)
      tellInputs()
    }

    // What was refused when the draft was saved is refused again, with its message.
    for (const ref of Object.keys(loadedInputs)) apply(fieldOfRef(ref), defaults)

    return {
      store,
      changed,
      recheck,
      dismiss,
      report: () => current,
      elements,
      setBatching(on: boolean) {
        batching = on
        if (!on) {
          recheck()
          onChangeRef.current(current)
          tellInputs()
        }
      }
    }
  })

  useEffect(() => {
    if (lastYearRef.current === lastYear) return
    lastYearRef.current = lastYear
    engine.recheck()
  }, [lastYear, engine])

  const { subscribe } = form
  useEffect(() => {
    // The first check runs just after the editor is first drawn, not on the way to it: it is the slowest
    // run of all (the checks' code is not compiled yet), and its marks show a moment later. Any edit
    // before then runs the checks itself.
    const first = setTimeout(engine.recheck, 0)
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: ({ name }) => engine.changed(name)
    })
    return () => {
      clearTimeout(first)
      unsubscribe()
    }
  }, [subscribe, engine])

  const ctx = useMemo<EditorCtx>(() => {
    const focusRef = (named: string): void => {
      // A whole row or table (an import note's): its first cell.
      const ref = refCells(format, named)[0] ?? named
      const group = groupOfRef(format, ref)
      if (group !== 'header' && group !== 'whole') flushSync(() => setSection(group))
      const el = engine.elements.get(ref) ?? engine.elements.get(`sections:${group}`)
      el?.focus()
    }
    const showQuote = (ref: string, quote: string, nth?: number): void => {
      focusRef(ref)
      const el = engine.elements.get(ref)
      if (!(el instanceof HTMLTextAreaElement)) return
      const at = locateQuote(el.value, quote, nth)
      if (at) selectAndReveal(el, ...at)
    }
    const write = (entries: readonly (readonly [string, string])[]): void => {
      if (entries.length === 0) return
      engine.setBatching(true)
      try {
        for (const [ref, text] of entries) form.setValue(cellField(ref), text, { shouldDirty: true })
      } finally {
        engine.setBatching(false)
      }
    }
    return {
      control: form.control,
      format,
      store: engine.store,
      readOnly,
      lastYear: shownLastYear,
      carried: new Map<string, Carried | null>(
        shownLastYear
          ? [
              ...carriedRules(format).map(({ cell }): [string, null] => [cell, null]),
              ...carriedFromLastYear(format, shownLastYear)
            ]
          : []
      ),
      current: engine.report,
      cellText: (ref) => form.getValues(cellField(ref)) ?? '',
      setCells(entries) {
        const changes = entries
          .map(([ref, after]) => ({ ref, before: form.getValues(cellField(ref)) ?? '', after }))
          .filter((c) => c.before !== c.after)
        write(changes.map((c) => [c.ref, c.after]))
        return changes
      },
      undoCells(changes) {
        // A cell typed into since keeps what was typed.
        const back = changes.filter((c) => (form.getValues(cellField(c.ref)) ?? '') === c.after)
        write(back.map((c) => [c.ref, c.before]))
        return back.length
      },
      proseText: (id) => form.getValues(`sections.${id}`) ?? '',
      setProse: (id, text) => {
        // As typed, so that the text's own Ctrl+Z takes it back too.
        const el = engine.elements.get(`sections:${id}`)
        if (el instanceof HTMLTextAreaElement && writeThrough(el, text, true)) return
        form.setValue(`sections.${id}`, text, { shouldDirty: true })
      },
      register(ref, el) {
        if (el) engine.elements.set(ref, el)
        else engine.elements.delete(ref)
      },
      focusRef,
      showQuote,
      dismiss: (f) => engine.dismiss(f),
      restoreDismissed: () => engine.dismiss(),
      tableOfSection: (id) => format.tables.find((t) => t.section === id)
    }
  }, [engine, form, format, readOnly, shownLastYear])

  // The screen before (the home list, 新建报告) took focus away with it: the keyboard starts in the text
  // of the section shown, not at the top of the page with some 25 controls to go through. In the frame
  // that first draws the editor, whose layout the focus needs: not in the commit, which it would hold up.
  const openedIn = useRef(firstSection)
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body)
        engine.elements.get(`sections:${openedIn.current}`)?.focus({ preventScroll: true })
    })
    return () => cancelAnimationFrame(frame)
  }, [engine])

  useEffect(() => {
    if (!goRef) return
    goRef.current = (ref, quote) => (quote ? ctx.showQuote(ref, quote) : ctx.focusRef(ref))
    return () => {
      goRef.current = null
    }
  }, [goRef, ctx])

  const goTo = useCallback(
    (f: Finding): void => {
      const ref =
        f.cells.find((c) => engine.elements.has(c) || groupOfRef(format, c) !== 'whole') ?? f.cells[0]
      if (!ref) return
      // A finding about prose selects the words it quotes.
      if (f.quote) ctx.showQuote(ref, f.quote, f.quoteNth)
      else ctx.focusRef(ref)
    },
    [engine, format, ctx]
  )

  return (
    <EditorContext.Provider value={ctx}>
      <EditorView section={section} onSection={setSection} onGo={goTo} readOnly={readOnly} />
    </EditorContext.Provider>
  )
}

interface ViewProps {
  section: SectionId
  onSection(id: SectionId): void
  onGo(f: Finding): void
  readOnly: boolean
}

// Memoised apart from useForm: react-hook-form re-renders its host once as it becomes ready, which
// must not redo the whole editor on the way to its first paint.
const EditorView = memo(function EditorView({ section, onSection, onGo, readOnly }: ViewProps) {
  const { format } = useEditor()
  const current = format.sections.find((s) => s.id === section) ?? format.sections[0]
  return (
    <div className={`editor ${readOnly ? 'is-readonly' : ''}`}>
      {readOnly && (
        <p className="readonly-banner" role="status">
          {T.readOnly}
        </p>
      )}
      <ReportHeader />
      <div className="editor-body">
        <SectionNav current={section} onSelect={onSection} />
        <main className="section-main">
          <SectionPane key={current.id} section={current} />
        </main>
        <ProblemsPanel onGo={onGo} />
      </div>
    </div>
  )
})
