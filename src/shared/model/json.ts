// report-json v1 (../shared/spec/report-json.md): reading with one Chinese message per problem, and writing.
// A document that cannot be read as a report at all (not JSON, another schema or version, unknown format,
// no year) gives no report. Otherwise the report is returned and every problem is noted: wrong types and
// missing cells become blank (null), values outside their domain are kept so the checks can point at them.
import { formats, getFormat } from '../formats'
import type { AmountUnit, CellDomain, FormatDecl, FormatId, TableDecl, TableId } from '../formats'
import { tableCellName } from '../checks/labels'
import { checkText } from '../checks/messages'
import { domainViolation, type DomainViolation } from './domain'
import { FEE_DOMAINS, FEE_KEYS } from './fees'
import { agencyKindOf } from './agency'
import { jsonText } from './messages'
import {
  isReportYear,
  REPORT_SCHEMA,
  REPORT_SCHEMA_VERSION,
  SECTION_IDS,
  TABLE_IDS,
  type AgencyKind,
  type CellMap,
  type CellValue,
  type Fees,
  type Report
} from './report'

export type JsonProblemKind = 'syntax' | 'structure' | 'missing' | 'type' | 'unknown' | 'domain' | 'duplicate'

export interface JsonProblem {
  kind: JsonProblemKind
  /** Where in the document, e.g. tables.requests["new.np"]. */
  path: string
  message: string
  /**
   * Absent for what was not read (a value left blank, a document that is no report). Another tool's key
   * (report-json.md lets a later version add keys) and an agencyKind the name tells leave nothing blank:
   * `notice`; a value the file gives but the reader replaced is to be checked: `warning`.
   */
  level?: 'warning' | 'notice'
  /** The cell or part it is about, as findings name it (`requests:new.np`), for 导入说明 to go there. */
  ref?: string
}

const UNITS: readonly AmountUnit[] = ['元', '万元']

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const cellPath = (table: string, key: string) => `tables.${table}[${JSON.stringify(key)}]`

function domainMessage(path: string, value: number, domain: CellDomain, broken: DomainViolation): string {
  if (broken === 'tooLarge') return jsonText.tooLarge(path, value)
  switch (domain.kind) {
    case 'count':
      return jsonText.count(path, value)
    case 'signed':
      return jsonText.signed(path, value)
    case 'money':
      return jsonText.money(path, value, domain.maxDecimals)
    case 'amount':
      return jsonText.amount(path, value)
  }
}

/**
 * The declared cell whose key `key` most likely mistypes (new.NP for new.np, rev.totl for rev.total), if any: one
 * letter off, its figures the same. Not a key of the other format (otherService.decisions is no 行政许可's) nor
 * one a digit apart (lit.total is neither lit1.total nor lit2.total): a wrong cell named would be worse than none.
 */
function nearestCell<C extends { key: string }>(key: string, cells: readonly C[]): C | undefined {
  const lower = key.toLowerCase()
  const same = cells.find((c) => c.key.toLowerCase() === lower)
  if (same) return same
  const digits = (k: string) => k.replace(/\D/g, '')
  const near = cells.filter((c) => digits(c.key) === digits(key) && oneEditApart(c.key.toLowerCase(), lower))
  // new.np and new.npo are one letter apart: where two cells are near, naming one would be a guess.
  return near.length === 1 ? near[0] : undefined
}

/** Whether `a` becomes `b` by changing, adding or dropping one character. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  let j = 0
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++
  return Math.max(a.length, b.length) - i - j <= 1
}

/** Reads one value: a number (checked against `domain` when given) or null. `where` names it in messages. */
function readValue(
  raw: unknown,
  path: string,
  domain: CellDomain | undefined,
  problems: JsonProblem[],
  where = path,
  /** The cell as findings name it (`requests:new.np`): a figure left blank is known, not taken for unfilled. */
  ref?: string
): CellValue {
  if (raw === null) return null
  const at = ref ? { ref } : {}
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    problems.push({ kind: 'type', path, message: jsonText.cellType(where, raw), ...at })
    return null
  }
  const broken = domain && domainViolation(raw, domain)
  if (broken)
    problems.push({ kind: 'domain', path, message: domainMessage(where, raw, domain, broken), ...at })
  return raw
}

interface TableShape {
  /** `where`: the cell as the law prints it, then its path, for the one who fixes the file by hand. */
  cells: { key: string; domain: CellDomain; path: string; where: string }[]
  known: Set<string>
  /** unit key (procurement.amountUnit) → the amount cell it belongs to. */
  unitKeys: Map<string, string>
}

// Each table's keys, domains and problem paths, worked out once per format: reading a report is then
// one pass over its cells (the checker reads a thousand files per run).
const shapes = new WeakMap<FormatDecl, Map<TableId, TableShape>>()

function tableShape(format: FormatDecl, id: TableId, decl: TableDecl): TableShape {
  let byTable = shapes.get(format)
  if (!byTable) shapes.set(format, (byTable = new Map()))
  let shape = byTable.get(id)
  if (!shape) {
    const unitKeys = new Map<string, string>()
    for (const c of decl.cells) if (c.domain.kind === 'amount') unitKeys.set(c.domain.unitKey, c.key)
    shape = {
      cells: decl.cells.map((c) => {
        const path = cellPath(id, c.key)
        return {
          key: c.key,
          domain: c.domain,
          path,
          where: `${tableCellName(decl, c)}（${path}）`
        }
      }),
      known: new Set(decl.cells.map((c) => c.key)),
      unitKeys
    }
    byTable.set(id, shape)
  }
  return shape
}

function readTables(
  raw: unknown,
  format: FormatDecl,
  problems: JsonProblem[]
): { tables: Record<TableId, CellMap>; units?: Record<string, AmountUnit> } {
  const tables = { active: {}, requests: {}, review: {} } as Record<TableId, CellMap>
  let units: Record<string, AmountUnit> | undefined
  if (raw === undefined) {
    if (format.tables.length)
      problems.push({ kind: 'missing', path: 'tables', message: jsonText.missing('tables') })
  } else if (!isObject(raw)) {
    problems.push({ kind: 'type', path: 'tables', message: jsonText.object('tables', raw) })
  }
  const given = isObject(raw) ? raw : {}
  for (const key of Object.keys(given)) {
    if (!(TABLE_IDS as readonly string[]).includes(key)) {
      problems.push({
        kind: 'unknown',
        level: 'notice',
        path: 'tables',
        message: jsonText.unknownKey('tables', key)
      })
    }
  }
  for (const id of TABLE_IDS) {
    const decl = format.tables.find((t) => t.id === id)
    const src = given[id]
    if (src === undefined && !decl) continue
    if (src === undefined) {
      problems.push({ kind: 'missing', path: `tables.${id}`, message: jsonText.missing(`tables.${id}`) })
    } else if (!isObject(src)) {
      problems.push({ kind: 'type', path: `tables.${id}`, message: jsonText.object(`tables.${id}`, src) })
    }
    const cells = isObject(src) ? src : {}
    if (!decl) {
      // Legacy reports keep their tables as found: any key, numbers or blanks.
      for (const [key, v] of Object.entries(cells))
        tables[id][key] = readValue(v, cellPath(id, key), undefined, problems, undefined, `${id}:${key}`)
      continue
    }
    const { cells: declared, known, unitKeys } = tableShape(format, id, decl)
    for (const key of Object.keys(cells)) {
      if (!known.has(key) && !unitKeys.has(key)) {
        // A figure under a key the table has not (rev.totl, new.NP) is most often a cell's key mistyped: its
        // figure is to be checked, not only noted as left out.
        const figure = typeof cells[key] === 'number'
        const meant = figure ? nearestCell(key, declared) : undefined
        problems.push({
          kind: 'unknown',
          level: figure ? 'warning' : 'notice',
          path: `tables.${id}`,
          message: figure
            ? jsonText.unknownFigure(`tables.${id}`, key, cells[key] as number, meant?.where)
            : jsonText.unknownKey(`tables.${id}`, key),
          ...(meant && { ref: `${id}:${meant.key}` })
        })
      }
    }
    const out = tables[id]
    for (const c of declared) {
      if (!(c.key in cells)) {
        problems.push({
          kind: 'missing',
          path: c.path,
          message: jsonText.missing(c.where),
          ref: `${id}:${c.key}`
        })
        out[c.key] = null
      } else out[c.key] = readValue(cells[c.key], c.path, c.domain, problems, c.where, `${id}:${c.key}`)
    }
    for (const [unitKey, cellKey] of unitKeys) {
      const u = cells[unitKey]
      if (u === undefined || u === null) continue
      if (typeof u === 'string' && (UNITS as readonly string[]).includes(u)) {
        units = { ...units, [cellKey]: u as AmountUnit }
      } else {
        const path = cellPath(id, unitKey)
        problems.push({ kind: 'type', path, message: jsonText.unit(path, u) })
      }
    }
  }
  return units ? { tables, units } : { tables }
}

function readString(
  doc: Record<string, unknown>,
  key: string,
  problems: JsonProblem[],
  path = key,
  where = path
): string {
  const v = doc[key]
  if (typeof v === 'string') return v
  if (v === undefined) problems.push({ kind: 'missing', path, message: jsonText.missing(where) })
  else problems.push({ kind: 'type', path, message: jsonText.string(where, v) })
  return ''
}

/** Validates an already parsed document against the model and its format declaration. */
export function reportFromJsonValue(doc: unknown): { report?: Report; problems: JsonProblem[] } {
  const problems: JsonProblem[] = []
  const stop = (kind: JsonProblemKind, path: string, message: string) => {
    problems.push({ kind, path, message })
    return { problems }
  }
  if (!isObject(doc)) return stop('structure', '', jsonText.notObject)
  if (doc.schema !== REPORT_SCHEMA)
    return stop('structure', 'schema', jsonText.schema(REPORT_SCHEMA, doc.schema))
  if (doc.schemaVersion !== REPORT_SCHEMA_VERSION) {
    return stop(
      'structure',
      'schemaVersion',
      jsonText.schemaVersion(REPORT_SCHEMA_VERSION, doc.schemaVersion)
    )
  }
  if (!formats.some((f) => f.id === doc.format))
    return stop('structure', 'format', jsonText.format(doc.format))
  const format = getFormat(doc.format as FormatId)
  const year = doc.year
  if (typeof year !== 'number' || !isReportYear(year)) {
    return stop('structure', 'year', jsonText.year(year))
  }
  const agency = readString(doc, 'agency', problems, 'agency', '机关名称（agency）')
  // Without a kind, the name tells it, as in 新建报告: a 人民政府 read as a department would get another
  // deadline and a false T2-02.
  let agencyKind: AgencyKind = agencyKindOf(agency)
  if (doc.agencyKind === 'government' || doc.agencyKind === 'department') agencyKind = doc.agencyKind
  else if (doc.agencyKind === undefined) {
    problems.push({
      kind: 'missing',
      path: 'agencyKind',
      level: 'notice',
      message: jsonText.agencyKindMissing(agencyKind)
    })
  } else
    problems.push({
      kind: 'type',
      path: 'agencyKind',
      level: 'warning',
      message: jsonText.agencyKind(doc.agencyKind, agencyKind)
    })
  const title = readString(doc, 'title', problems, 'title', '报告标题（title）')

  const sections = { overview: '', active: '', requests: '', review: '', problems: '', other: '' }
  if (doc.sections === undefined) {
    problems.push({ kind: 'missing', path: 'sections', message: jsonText.missing('sections') })
  } else if (!isObject(doc.sections)) {
    problems.push({ kind: 'type', path: 'sections', message: jsonText.object('sections', doc.sections) })
  } else {
    for (const key of Object.keys(doc.sections)) {
      if (!(SECTION_IDS as readonly string[]).includes(key)) {
        problems.push({
          kind: 'unknown',
          level: 'notice',
          path: 'sections',
          message: jsonText.unknownKey('sections', key)
        })
      }
    }
    for (const id of SECTION_IDS) {
      const heading = format.sections.find((x) => x.id === id)?.heading
      const path = `sections.${id}`
      sections[id] = readString(doc.sections, id, problems, path, heading ? `${heading}（${path}）` : path)
    }
  }

  const { tables, units } = readTables(doc.tables, format, problems)

  const fees: Fees = { notices: null, noticedAmount: null, collected: null }
  if (doc.fees === undefined) {
    // The 信息处理费 figures are the 2021 format's (report-json.md): a 2019 or older report may leave them out.
    if (format.requiresFees)
      problems.push({ kind: 'missing', path: 'fees', message: jsonText.missing('fees') })
  } else if (!isObject(doc.fees)) {
    problems.push({ kind: 'type', path: 'fees', message: jsonText.object('fees', doc.fees) })
  } else {
    for (const key of Object.keys(doc.fees)) {
      if (!(FEE_KEYS as readonly string[]).includes(key)) {
        problems.push({
          kind: 'unknown',
          level: 'notice',
          path: 'fees',
          message: jsonText.unknownKey('fees', key)
        })
      }
    }
    for (const key of FEE_KEYS) {
      const path = `fees.${key}`
      const where = `信息处理费“${checkText.fees[key]}”（${path}）`
      if (!(key in doc.fees)) problems.push({ kind: 'missing', path, message: jsonText.missing(where) })
      else fees[key] = readValue(doc.fees[key], path, FEE_DOMAINS[key], problems, where, `fees:${key}`)
    }
  }
  for (const key of Object.keys(doc)) {
    if (!KNOWN_FIELDS.has(key))
      problems.push({ kind: 'unknown', level: 'notice', path: '', message: jsonText.unknownField(key) })
  }

  const report: Report = {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    format: format.id,
    agency,
    agencyKind,
    year,
    title,
    sections,
    tables,
    ...(units ? { units } : {}),
    fees
  }
  return { report, problems }
}

const KNOWN_FIELDS = new Set([
  'schema',
  'schemaVersion',
  'format',
  'agency',
  'agencyKind',
  'year',
  'title',
  'sections',
  'tables',
  'fees'
])

/** JSON.parse's English message said in Chinese: the text cut short, or the place where it goes wrong. */
function syntaxDetail(e: unknown, text: string): string {
  const message = (e as Error)?.message ?? ''
  if (/end of (JSON )?input|Unterminated/i.test(message)) return jsonText.syntaxEnd
  // Some of V8's messages name only the character met, not where: no place then, rather than a wrong one.
  const position = /position (\d+)/.exec(message)?.[1]
  if (position === undefined) return jsonText.syntaxOther
  return Number(position) >= text.trimEnd().length ? jsonText.syntaxEnd : jsonText.syntaxAt(Number(position))
}

interface DuplicateKey {
  /** The keys (and array places) from the document down to the one given twice. */
  path: (string | number)[]
  /** Each value given under it, as written, in order: JSON.parse keeps the last. */
  values: string[]
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t'

/**
 * The keys an object of `text` (valid JSON) gives more than once. JSON.parse takes the last without a word,
 * and a report edited by hand or merged by another tool may carry both an old figure and a new one.
 * One pass, no recursion: a document nested deep is not a reason to fail.
 */
function duplicateKeys(text: string): DuplicateKey[] {
  interface Frame {
    start: number
    /** An object's keys so far, each with the [start, end) of its values; none for an array. */
    keys?: Map<string, [number, number][]>
    key?: string
    index: number
  }
  const found: DuplicateKey[] = []
  const stack: Frame[] = []
  let expectKey = false
  const ended = (start: number, end: number) => {
    const top = stack[stack.length - 1]
    if (top?.keys && top.key !== undefined) {
      const spans = top.keys.get(top.key)
      if (spans) spans.push([start, end])
      else top.keys.set(top.key, [[start, end]])
    }
  }
  for (let i = 0; i < text.length;) {
    const c = text[i]
    if (isSpace(c) || c === ':') i++
    else if (c === ',') {
      const top = stack[stack.length - 1]
      if (top.keys) expectKey = true
      else top.index++
      i++
    } else if (c === '{' || c === '[') {
      stack.push({ start: i, index: 0, ...(c === '{' && { keys: new Map() }) })
      expectKey = c === '{'
      i++
    } else if (c === '}' || c === ']') {
      const frame = stack.pop()!
      // Its path only where a key was given twice: kept in every frame, a file nested 20,000 deep took seconds.
      for (const [key, spans] of frame.keys ?? [])
        if (spans.length > 1)
          found.push({
            path: [...stack.map((f) => (f.keys ? (f.key ?? '') : f.index)), key],
            values: spans.map(([a, b]) => text.slice(a, b))
          })
      ended(frame.start, i + 1)
      expectKey = false
      i++
    } else if (c === '"') {
      let j = i + 1
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      if (expectKey) {
        stack[stack.length - 1].key = JSON.parse(text.slice(i, j + 1)) as string
        expectKey = false
      } else ended(i, j + 1)
      i = j + 1
    } else {
      let j = i
      while (j < text.length && !isSpace(text[j]) && text[j] !== ',' && text[j] !== '}' && text[j] !== ']')
        j++
      ended(i, j)
      i = j
    }
  }
  return found
}

/** A value as the file writes it, short enough for a message. */
function shown(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ')
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat
}

/** A key given twice, named as a cell or part is elsewhere in the messages, with its ref when it has one. */
function duplicateProblem(report: Report, { path, values }: DuplicateKey): JsonProblem {
  const format = getFormat(report.format)
  const jsonPath = path
    .map((k, i) =>
      typeof k === 'number'
        ? `[${k}]`
        : /^[A-Za-z_$][\w$]*$/.test(k)
          ? `${i ? '.' : ''}${k}`
          : `[${JSON.stringify(k)}]`
    )
    .join('')
  let where = jsonPath
  let ref: string | undefined
  const [top, id, key] = path
  const decl = top === 'tables' && path.length === 3 ? format.tables.find((t) => t.id === id) : undefined
  const cell = decl && tableShape(format, decl.id, decl).cells.find((c) => c.key === key)
  if (cell) {
    where = cell.where
    ref = `${id}:${key}`
  } else if (top === 'sections' && path.length === 2 && (SECTION_IDS as readonly unknown[]).includes(id)) {
    const heading = format.sections.find((x) => x.id === id)?.heading
    where = heading ? `${heading}（${jsonPath}）` : jsonPath
    ref = `sections:${id}`
  }
  return {
    kind: 'duplicate',
    path: jsonPath,
    level: 'warning',
    message: jsonText.duplicateKey(where, values.map(shown)),
    ...(ref && { ref })
  }
}

/**
 * Validates a document and the text it was parsed from: with the text, a key an object gives twice is said
 * (which one, and which value was kept).
 */
export function reportFromJsonText(doc: unknown, text: string): { report?: Report; problems: JsonProblem[] } {
  const read = reportFromJsonValue(doc)
  if (!read.report) return read
  const report = read.report
  return {
    report,
    problems: [...duplicateKeys(text).map((d) => duplicateProblem(report, d)), ...read.problems]
  }
}

/** Like parseReportJson, with each problem's kind and path (the checker drops `domain` ones it reports itself). */
export function validateReportJson(text: string): { report?: Report; problems: JsonProblem[] } {
  let doc: unknown
  const body = text.replace(/^\uFEFF/, '')
  try {
    doc = JSON.parse(body)
  } catch (e) {
    return { problems: [{ kind: 'syntax', path: '', message: jsonText.syntax(syntaxDetail(e, body)) }] }
  }
  return reportFromJsonText(doc, body)
}

/** Reads a report-json v1 document: the report (when it is one) and one Chinese message per problem. */
export function parseReportJson(text: string): { report?: Report; problems: string[] } {
  const { report, problems } = validateReportJson(text)
  return { report, problems: problems.map((p) => p.message) }
}

/** The report as report-json v1: keys in the spec's order, cells in the format's reading order. */
export function reportToJsonValue(report: Report): Record<string, unknown> {
  const format = getFormat(report.format)
  const tables: Record<string, Record<string, CellValue | AmountUnit>> = {}
  for (const id of TABLE_IDS) {
    const decl = format.tables.find((t) => t.id === id)
    const src = report.tables[id] ?? {}
    const out: Record<string, CellValue | AmountUnit> = {}
    if (!decl) Object.assign(out, src)
    else
      for (const c of decl.cells) {
        out[c.key] = src[c.key] ?? null
        // The unit key holds "元" or "万元" (report-json.md): without a unit it is left out, not null.
        const unit = c.domain.kind === 'amount' ? report.units?.[c.key] : undefined
        if (c.domain.kind === 'amount' && unit) out[c.domain.unitKey] = unit
      }
    tables[id] = out
  }
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    format: report.format,
    agency: report.agency,
    agencyKind: report.agencyKind,
    year: report.year,
    title: report.title,
    sections: Object.fromEntries(SECTION_IDS.map((id) => [id, report.sections[id] ?? ''])),
    tables,
    fees: {
      notices: report.fees.notices,
      noticedAmount: report.fees.noticedAmount,
      collected: report.fees.collected
    }
  }
}

export function serializeReport(report: Report): string {
  return JSON.stringify(reportToJsonValue(report), null, 2) + '\n'
}
