// Lines of one report → Report: title, format, parts, tables. See index.ts for the whole pipeline.
import { formatForYear, getFormat } from '../formats'
import type { FormatDecl, SectionId, TableId } from '../formats'
import { emptyReport, SECTION_IDS, type Report } from '../model/report'
import { indexLines, isPlaceholder, type Line } from './lines'
import { importText } from './messages'
import { checkText } from '../checks/messages'
import { FEE_KEYS } from '../model/fees'
import { FEE_SENTENCE, readFees, statedFees } from '../model/feeWords'
import { proseOf, wrapWidth } from './prose'
import { signOff, type SignOff } from './publication'
import { findHeadings, type Heading } from './sections'
import { readTable, tableResidue, type TableRead } from './tables'
import { agencyKindOf, agencyMatch } from '../model/agency'
import { findTitles } from './title'
import type { ImportProblem, SourceKind, Trace } from './types'

export interface Assembled {
  report: Report
  trace: Trace
  problems: ImportProblem[]
  /** How much of a report was found: used to pick one of several reports on a page. */
  weight: number
  /** Index of the first part's heading: the page's metadata (发布日期) is above it. */
  headEnd: number
  /** The 落款 closing the report, already left out of the prose. */
  signOff?: SignOff
}

type Region = [number, number]

function regions(headings: Heading[], end: number): Partial<Record<SectionId, Region>> {
  const known = headings.filter((h) => h.id !== undefined)
  const out: Partial<Record<SectionId, Region>> = {}
  known.forEach((h, i) => {
    out[h.id as SectionId] = [h.index + 1, i + 1 < known.length ? known[i + 1].index : end]
  })
  return out
}

function readTables(
  format: FormatDecl,
  lines: Line[],
  where: Partial<Record<SectionId, Region>>,
  fallback: Region
): Map<TableId, TableRead> {
  const out = new Map<TableId, TableRead>()
  for (const t of format.tables) {
    const [from, to] = where[t.section] ?? fallback
    out.set(t.id, readTable(t, lines, from, to))
  }
  return out
}

const fitOf = (reads: Map<TableId, TableRead>): number => [...reads.values()].reduce((n, r) => n + r.fit, 0)

function yearInText(lines: Line[], from: number): number | undefined {
  for (let i = from; i < lines.length && i < from + 40; i++) {
    const m = /((?:19|20)\d{2})\s*年/.exec(lines[i].text)
    if (m) return Number(m[1])
  }
  return undefined
}

// A line of nothing but “-” or “/” outside a table is left-over page furniture. Not “无”: outside a table it
// is a part's whole answer (六 其他需要报告的事项：无), as the checks ask it to be written.
const junk = (l: Line): boolean =>
  l.pieces.every((p) => p.value && isPlaceholder(p.text) && p.text.trim() !== '无')

/**
 * The report in `segment`; `undefined` when it holds none, `'noYear'` when it has a report's parts but no
 * year to read them by (the year decides the format).
 */
export function assemble(segment: Line[], kind: SourceKind): Assembled | 'noYear' | undefined {
  const lines = indexLines(segment)
  const problems: ImportProblem[] = []
  const title = findTitles(lines)[0]
  const headings = findHeadings(lines, title ? title.index + 1 : 0)
  const known = headings.filter((h) => h.id !== undefined)
  if (!title && known.length < 2) return undefined

  let year = title?.year
  if (year === undefined) {
    year = yearInText(lines, title ? title.index : (known[0]?.index ?? 0))
    if (year !== undefined)
      problems.push({ level: 'warning', message: importText.yearFromText(year), ref: 'meta:year' })
  }
  if (year === undefined) return 'noYear'
  if (!title) problems.push({ level: 'warning', message: importText.noTitle, ref: 'meta:title' })

  const where = regions(headings, lines.length)
  const fallback: Region = [known[0]?.index ?? 0, lines.length]
  const expected = formatForYear(year)
  let format = expected
  let reads = new Map<TableId, TableRead>()
  if (expected.id !== 'legacy') {
    const candidates = (['2021', '2019'] as const).map((id) => {
      const f = getFormat(id)
      const r = readTables(f, lines, where, fallback)
      return { f, r, fit: fitOf(r) }
    })
    const [a, b] = candidates
    const chosen =
      a.fit === b.fit ? (candidates.find((c) => c.f.id === expected.id) ?? a) : a.fit > b.fit ? a : b
    format = chosen.f
    reads = chosen.r
    if (format.id !== expected.id && chosen.fit > 0)
      problems.push({
        level: 'error',
        message: importText.formatByLabels(format.name, expected.name, year),
        ref: 'meta:format'
      })
  } else {
    problems.push({ level: 'notice', message: importText.legacyNote })
  }

  const agency = title?.agency ?? ''
  const report = emptyReport(format.id, year, agency, agencyKindOf(agency))
  if (title) report.title = title.title
  const trace: Trace = { kind, tables: { active: {}, requests: {}, review: {} }, sections: {} }
  if (title) trace.title = { loc: lines[title.index].loc, text: title.title }

  const inTable = new Set<number>()
  for (const [id, read] of reads) {
    Object.assign(report.tables[id], read.values)
    if (Object.keys(read.units).length) report.units = { ...report.units, ...read.units }
    trace.tables[id] = read.trace
    problems.push(...read.problems)
    if (read.span) for (let i = read.span[0]; i <= read.span[1]; i++) inTable.add(i)
  }

  // PDFs repeat the title (or the agency) at the top of every page: not part of any section.
  const heads = new Set(
    title
      ? [title.title, title.agency, lines[title.index].text].filter(Boolean).map((x) => x.replace(/\s+/g, ''))
      : []
  )
  const runningHead = (l: Line): boolean => !l.row && heads.has(l.text.replace(/\s+/g, ''))
  const bodyFrom = headings.length ? headings[headings.length - 1].index + 1 : title ? title.index + 1 : 0
  const sign = signOff(lines, bodyFrom, agency)
  const signed = new Set(sign?.indices)
  // The 落款 signs with the agency's full name where a title may shorten it (某某县人民政府 for
  // 某某市某某县人民政府), and names it where the title says only 我局: the name the report is signed with.
  const signed2 = sign?.indices.length === 2 ? lines[sign.indices[0]].text.trim() : ''
  // Two bodies signing together (中共某某区委教育工委 and 某某区教育局) are no one name.
  const signer = /\s{2,}|\u3000/.test(signed2) ? '' : signed2.replace(/\s+/g, '')
  if (signer && signer !== agency && (agency ? agencyMatch(signer, agency) === 1 : title)) {
    report.agency = signer
    report.agencyKind = agencyKindOf(signer)
    problems.push({
      level: 'notice',
      message: importText.agencyFromSignOff(signer, agency),
      ref: 'meta:agency',
      loc: lines[sign!.indices[0]].loc
    })
  } else if (title && !agency)
    problems.push({ level: 'warning', message: importText.noAgency, ref: 'meta:agency' })
  const wrap = wrapWidth(lines)
  const decl = new Map(format.sections.map((s) => [s.id, s]))
  for (const h of headings) {
    if (h.id === undefined) {
      const owner = [...known].reverse().find((k) => k.index < h.index)
      problems.push({
        level: 'notice',
        message: importText.extraHeading(h.text, decl.get(owner?.id ?? 'other')?.heading ?? ''),
        loc: lines[h.index].loc
      })
      continue
    }
    trace.sections[h.id] = lines[h.index].loc
    if (h.alias) {
      problems.push({
        level: 'warning',
        message: importText.sectionAlias(h.text, decl.get(h.id)?.heading ?? ''),
        ref: `sections:${h.id}`,
        // The published report's own (STR-02, of the 2019 and 2021 formats); a draft made from it carries
        // the official heading.
        ...(format.id !== 'legacy' && { finding: { rule: 'section.heading', severity: 'warning' as const } }),
        loc: lines[h.index].loc
      })
    }
    const [from, to] = where[h.id] as Region
    const body = lines
      .slice(from, to)
      .filter((l, k) => !inTable.has(from + k) && !signed.has(from + k) && !junk(l) && !runningHead(l))
    const first = h.rest ? [{ ...lines[h.index], text: h.rest, indent: 2 }] : []
    report.sections[h.id] = proseOf([...first, ...body], wrap)
    const table = format.tables.find((t) => t.section === h.id)
    const residue = table ? tableResidue(table, body) : []
    // the table's labels before its bare numbers: they say what the lines are
    const examples = residue
      .map((l) => l.text.trim())
      .sort((a, b) => Number(/^[\d\s.,]+$/.test(a)) - Number(/^[\d\s.,]+$/.test(b)))
      .slice(0, 3)
    if (table && residue.length >= 2)
      problems.push({
        level: 'warning',
        message: importText.tableResidue(decl.get(h.id)?.heading ?? '', table.number, examples),
        ref: `sections:${h.id}`,
        // the longest: the likeliest to be those lines alone (总计 is in many a sentence)
        quote: examples.reduce((a, b) => (b.length > a.length ? b : a)),
        loc: residue[0].loc
      })
  }
  for (const id of SECTION_IDS)
    if (!trace.sections[id])
      problems.push({
        level: format.id === 'legacy' ? 'notice' : 'error',
        message: importText.sectionMissing(decl.get(id)?.heading ?? id),
        ref: `sections:${id}`
      })

  // The paragraph between the title and 一 (basis, period, contact) has no part of its own in the format;
  // it is kept at the head of 总体情况 rather than lost.
  const introFrom = title ? title.index + 1 : 0
  const introTo = known[0]?.index ?? introFrom
  // A page that prints its headline above the report's own title repeats the title, whole or wrapped.
  const again = new Set<number>()
  for (const t of findTitles(lines.slice(introFrom, introTo)))
    if (title && t.agency === title.agency && t.year === title.year)
      for (let i = t.start; i <= t.index; i++) again.add(introFrom + i)
  const intro = proseOf(
    lines
      .slice(introFrom, introTo)
      .filter(
        (l, k) =>
          (!l.row || l.pieces.length < 2) &&
          !signed.has(introFrom + k) &&
          !again.has(introFrom + k) &&
          !junk(l)
      ),
    wrap
  )
  if (intro) {
    report.sections.overview = report.sections.overview ? `${intro}\n${report.sections.overview}` : intro
    const heading = decl.get('overview')?.heading ?? ''
    problems.push({ level: 'notice', message: importText.intro(heading), ref: 'sections:overview' })
  }

  if (format.requiresFees) {
    const paragraphs = report.sections.other.split('\n')
    // The sentence the app's own export adds is the form's figures, printed: they go back into the form,
    // before any figure the prose states otherwise (which the checks then name, as they did before export).
    const generated = new Set(paragraphs.flatMap((p, i) => (FEE_SENTENCE.test(p) ? [i] : [])))
    const reads = readFees(report.sections.other, report.year)
    // A figure said as none (“没有收取信息处理费”) is a 0, as the export and the checks read it: the export
    // leaves out a clause the prose states so, and its import must not find the figure missing.
    const stated = statedFees(report.sections.other, report.year)
    for (const key of FEE_KEYS) {
      const all = reads.filter((f) => f.key === key)
      const none = all.length ? undefined : stated[key]?.[0]
      const printed = all.find((r) => generated.has(r.paragraph))
      const f = printed ?? all[0] ?? none
      if (!f) continue
      report.fees[key] = f.value
      const loc = trace.sections.other ?? { line: 0 }
      ;(trace.fees ??= {})[key] = { loc, text: f.text }
      const other = all.find((r) => r.value !== f.value)
      // Our own line read back is the form's figure as it was exported: nothing to check, and its words,
      // left out of the prose, are nowhere an official could find them quoted (the CLI's check said nothing).
      if (printed && !other) continue
      problems.push(
        other
          ? {
              level: 'warning',
              message: printed
                ? importText.feeConflictPrinted(checkText.fees[key], f.text, f.value, other.text)
                : importText.feeConflict(checkText.fees[key], f.text, f.value, other.text),
              ref: `fees:${key}`,
              loc
            }
          : {
              level: 'notice',
              message: importText.feeFromText(checkText.fees[key], f.text, f.value),
              ref: `fees:${key}`,
              loc
            }
      )
    }
    report.sections.other = paragraphs.filter((_, i) => !generated.has(i)).join('\n')
  }

  const weight = fitOf(reads) * 10 + known.length
  const headEnd = known[0]?.index ?? introFrom
  return { report, trace, problems, weight, headEnd, signOff: sign }
}
