// importReport: a published report (text, HTML or Word) → Report, with the source of every cell and a
// list of problems. Pipeline: decode → Traditional → Simplified → lines → strip site furniture → split a
// page holding several reports → title, parts, format (by table labels, then year), tables → Report.
// A table of contents is left out with the furniture (contents.ts): its entries are not the parts' starts.
//
// Decisions (issue 4):
// - Result: `{ ok: false, message }` only when the input is no report at all (empty, binary, a picture,
//   PDF, .doc, a zip that is not Word, XML or RTF that is no web page, the app's backup or JSON that is not
//   our report-json, over the size limit, no title and fewer than two headings).
//   Anything else is `{ ok: true, report, trace, problems }`; importReport never throws.
// - Cells: read only where the row's label and its count of values fit the TableDecl; otherwise null
//   and a problem (`ref` `<table>:<key>`, `<table>:<row>.*` or `<table>:*`). A cell blank in the source
//   is null with an empty `trace` text and no problem (the checks report blanks, VAL-01).
// - A single （六）其他处理 row in a 2021 table (洪泽) is not split: r6_1..3 stay null, one problem.
// - Format: whichever of 2021/2019 fits more rows of the source's tables; the year decides a tie (or no
//   tables). Before 2019: legacy, every part as text, the 附表 lines kept in the part that holds them
//   (usually 六 “说明与附表”), in their printed order, one cell per line as found.
// - Parts: headings and aliases of every format's SectionDecl, matched fuzzily, in statutory order. A
//   numbered part that is none of the six (“四、其他情况”) stays, heading included, in the part before it.
//   The paragraph between the title and 一 goes to the head of 总体情况 (the format has no place for it).
// - A page with several reports (seed 002): the one asked for (`choose`), or else the one with the most
//   table rows read, then the most parts found, is imported; the others are named in a warning, and all
//   are listed in `several` for the person to choose another.
import { simplify } from './chinese'
import { isChrome } from './chrome'
import { contentsLines } from './contents'
import { BLANK_LEGEND } from '../export/text'
import { periodYear } from '../checks/meta'
import { decode } from './decode'
import { readDocument } from './documents'
import { headMeta, htmlLines } from './html'
import { AGENCY_KIND_MARK, markedAgencyKind } from '../export/agencyKindMark'
import type { AgencyKind } from '../model/report'
import { ImportRefusal } from './refusal'
import { textLines, type Line } from './lines'
import { flatWordLines } from './wordml'
import { unifyRadicals } from '../text/radicals'
import { importText } from './messages'
import { assemble, type Assembled } from './assemble'
import { pageDate, settlePublished } from './publication'
import { findTitles } from './title'
import { fromJson } from './json'
import type { ImportInput, ImportProblem, ImportResult, SourceKind } from './types'

export type {
  CMapSource,
  ImportInput,
  ImportProblem,
  ImportResult,
  Trace,
  CellTrace,
  SourceLoc,
  SourceKind
} from './types'

/** Splits a page at each title of a different report (seed 002 holds four). */
function segments(lines: Line[]): { from: number; to: number; title: string }[] {
  const starts: { from: number; title: string }[] = []
  const seen = new Set<string>()
  for (const t of findTitles(lines)) {
    const key = `${t.agency}|${t.year ?? ''}`
    if (seen.has(key) || !t.agency || t.year === undefined) continue
    seen.add(key)
    starts.push({ from: t.start, title: t.title })
  }
  if (starts.length < 2) return [{ from: 0, to: lines.length, title: starts[0]?.title ?? '' }]
  return starts.map((s, i) => ({
    from: i === 0 ? 0 : s.from,
    to: starts[i + 1]?.from ?? lines.length,
    title: s.title
  }))
}

/**
 * The lines above a report's first part, site furniture included: a page's 发布日期 is furniture to every
 * other reader. `kept[i]` is the index in `all` of the i-th line kept after the furniture was dropped.
 */
function headerLines(all: Line[], kept: number[], from: number, headEnd: number): Line[] {
  const start = from === 0 ? 0 : kept[from - 1] + 1
  return all.slice(start, kept[from + headEnd] ?? all.length)
}

/**
 * A title typed with another year (…2023年… over the report on 2024): where the statistical period is one
 * whole other year and the page dates the report in the year after that one, the report is of that year. The
 * title is left as printed, for the checks to name; a period copied from last year's text, in a report
 * published when its title says, changes nothing.
 */
function yearByPeriod(a: Assembled): void {
  const { report } = a
  const year = periodYear(report.sections.overview)
  const published = report.published ? Number(report.published.slice(0, 4)) : undefined
  if (year === undefined || year === report.year || published !== year + 1) return
  a.problems.push({
    level: 'warning',
    message: importText.yearFromPeriod(report.year, year),
    ref: 'meta:year'
  })
  report.year = year
}

function fromLines(all: Line[], kind: SourceKind, notices: string[], choose?: number): ImportResult {
  const contents = contentsLines(all)
  if (contents.size) notices = [...notices, importText.contentsLeftOut]
  const kept = all.flatMap((l, i) => ((l.row || !isChrome(l.text)) && !contents.has(i) ? [i] : []))
  const lines = kept.map((i) => all[i])
  const parts = segments(lines)
  let best: { a: Assembled; title: string; from: number } | undefined
  const found: { a: Assembled; title: string; from: number }[] = []
  let noYear = false
  let bare: (typeof found)[number] | undefined
  for (const p of parts) {
    const a = assemble(lines.slice(p.from, p.to), kind)
    if (a === 'noYear') noYear = true
    if (!a || a === 'noYear') continue
    // A title with no part or table row found under it (a link to another report, a document site's
    // one-line dump of one): no report to offer, unless the page holds nothing better.
    if (a.weight === 0 && parts.length > 1) {
      bare ??= { a, title: a.report.title, from: p.from }
      continue
    }
    found.push({ a, title: a.report.title, from: p.from })
    if (!best || a.weight > best.a.weight) best = found.at(-1)
  }
  if (!best && bare) found.push((best = bare))
  if (!best) return { ok: false, message: noYear ? importText.yearless : importText.notReport, problems: [] }
  const asked = choose !== undefined && found[choose]
  if (asked) best = asked
  const page = pageDate(headerLines(all, kept, best.from, best.a.headEnd))
  settlePublished(best.a, page)
  // The page's own date only: a 落款 left from last year's file, like its period, says last year.
  if (page) yearByPeriod(best.a)
  // Our own text export says that its dashes are blank cells, not placeholders printed for a figure: each is
  // still named, as a blank cell to fill, but no error of the published report (VAL-06).
  if (all.some((l) => l.text === BLANK_LEGEND))
    best.a.problems = best.a.problems.map(({ finding, ...p }) =>
      finding?.rule === 'cell.placeholder' ? { ...p, level: 'notice' } : { ...p, ...(finding && { finding }) }
    )
  const problems: ImportProblem[] = notices.map((message) => ({ level: 'notice', message }))
  const chosen = found.indexOf(best)
  if (found.length > 1) {
    problems.push({
      level: 'notice',
      message: (asked ? importText.askedReport : importText.chosenReport)(best.title),
      ref: 'meta:title'
    })
    problems.push({
      level: 'warning',
      message: (asked ? importText.otherReportsLeft : importText.otherReports)(
        found
          .filter((_, i) => i !== chosen)
          .map((f) => f.title)
          .join('；')
      ),
      ref: 'meta:title'
    })
  }
  return {
    ok: true,
    report: best.a.report,
    trace: best.a.trace,
    problems: [...problems, ...best.a.problems],
    ...(found.length > 1 && { several: { titles: found.map((f) => f.title), chosen } })
  }
}

async function run({ name, data, cmaps, choose }: ImportInput): Promise<ImportResult> {
  const d = decode(name, data)
  if (!d.ok) return { ok: false, message: d.message, problems: [] }
  const notices = [...d.notices]
  const kind: SourceKind = d.kind
  let text: string
  let toLines = kind === 'txt' ? textLines : kind === 'wordxml' ? flatWordLines : htmlLines
  let marked: AgencyKind | undefined
  if ('bytes' in d) {
    const read = await readDocument(d.kind, d.bytes, cmaps)
    if (!read.ok) return { ok: false, message: read.message, problems: [] }
    text = read.text
    toLines = read.lines
    marked = read.agencyKind
    if (read.notice) notices.push(read.notice)
  } else {
    text = d.text
    const json = fromJson(name, text)
    if (json) return json
    if (kind === 'html') marked = markedAgencyKind(headMeta(text, AGENCY_KIND_MARK))
  }
  // The XML or HTML markup is ASCII: converting it with the text is harmless.
  const simplified = simplify(unifyRadicals(text))
  text = simplified.text
  if (simplified.traditional) notices.push(importText.traditional)
  const lines = toLines(text)
  const result = fromLines(lines, kind, notices, choose)
  // The kind our own export carries is the one the official chose: it stands where the name says another.
  if (result.ok && marked) result.report.agencyKind = marked
  return result
}

export async function importReport(input: ImportInput): Promise<ImportResult> {
  try {
    return await run(input)
  } catch (e) {
    if (e instanceof ImportRefusal) return { ok: false, message: e.message, problems: [] }
    // A bug must not take the editor down with it; the person gets a message and can report the file.
    return {
      ok: false,
      message: importText.internal(e instanceof Error ? e.message : String(e)),
      problems: []
    }
  }
}
