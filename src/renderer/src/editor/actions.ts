// Toolbar and menu actions. The export and import code (docx, mammoth, opencc) is loaded on first use
// only, so it never weighs on opening the app.
import { checkWithRefused } from '@shared/checks/refused'
import type { Report } from '@shared/model/report'
import { createDraftFromReport, findSameDraft } from '../drafts'
import { formatTime } from '../time'
import { errorText } from '../errors'
import { T } from '../text'
import { importFilters } from '@shared/import/extensions'
import { askReport } from '../import/choice'

/** What an action says: a failure is shown whole until closed, not in the toolbar's one line. */
export interface Said {
  text: string
  failed?: boolean
  /** Too important to be cut by the toolbar (errors left at an export): said whole, as a failure is. */
  whole?: boolean
}

let dialogOpen = false
/**
 * One file dialog at a time: the second click of a double click (or Ctrl+O pressed twice) arrives before
 * the first dialog shows, and would open a second chooser after it. It gets `idle`, as if none was chosen.
 */
async function alone<R>(idle: R, action: () => Promise<R>): Promise<R> {
  if (dialogOpen) return idle
  dialogOpen = true
  try {
    return await action()
  } finally {
    dialogOpen = false
  }
}

export type ExportChoice = 'txt' | 'html' | 'docx' | 'pdf' | 'json'
export const EXPORT_CHOICES: readonly ExportChoice[] = ['txt', 'html', 'docx', 'pdf', 'json']

/** What leaves the app (an export, 复制到网站, 预览): the draft, the entries refused in it, last year's report. */
export interface Outgoing {
  report: Report
  refused: readonly string[]
  lastYear?: Report
}

/**
 * The report as it leaves, and its errors: an entry holding refused text goes blank, as the checks read it —
 * not with the last figure that made sense there, which the person set out to change — and counts as an error.
 */
export function leaving({ report, refused, lastYear }: Outgoing): { report: Report; errors: number } {
  const { view, findings } = checkWithRefused(report, new Set(refused), lastYear)
  return { report: view, errors: refused.length + findings.filter((f) => f.severity === 'error').length }
}

/**
 * Said after an export or a copy, since what leaves the app is what gets published: the errors left, or
 * else, for what goes to the website, that its 发布日期 is wanted (PUB-01..03 need it).
 */
function afterLeaving(status: string, report: Report, errors: number, publishing: boolean): string {
  if (!status) return status
  // The warning first: a narrow toolbar cuts the status line at its end.
  if (errors) return `${T.errorsLeft(errors)}${status}`
  return publishing && !report.published ? `${status}${T.fillPublished}` : status
}

export async function exportAs(outgoing: Outgoing, choice: ExportChoice): Promise<Said> {
  const { report, errors } = leaving(outgoing)
  const said = await exportFile(report, choice)
  if (said.failed) return said
  const warned = afterLeaving(said.text, report, errors, choice !== 'json')
  // report-json v1 has no key for the agency's own settings: they stay behind, and the person is told.
  const left = report.published || report.publishBy || report.overviewLimit
  const text = choice === 'json' && warned && left ? `${warned}${T.jsonLeavesLocal}` : warned
  return text === said.text ? said : { text, whole: true }
}

const exportFile = (report: Report, choice: ExportChoice): Promise<Said> =>
  alone({ text: '' }, () => exportOnce(report, choice))

async function exportOnce(report: Report, choice: ExportChoice): Promise<Said> {
  try {
    const { exportReport } = await import('@shared/export')
    if (choice === 'pdf') {
      const html = await exportReport(report, 'html')
      const r = await window.api.printPdf({
        suggestedName: html.fileName.replace(/\.html?$/i, '.pdf'),
        html: html.data as string
      })
      // Without a path, the browser's print dialog has the PDF: where it goes is the person's choice there.
      if (!r.saved) return { text: '' }
      return { text: r.path ? T.exported(r.path) : T.printOpened }
    }
    const out = await exportReport(report, choice)
    const r = await window.api.saveFile({ suggestedName: out.fileName, filters: out.filters, data: out.data })
    return { text: r.saved ? T.exported(r.path) : '' }
  } catch (e) {
    return { text: T.exportFailed(errorText(e)), failed: true }
  }
}

/** The report as the website's editor takes it: rich HTML, and the same HTML as code for its source mode. */
export async function copyForWebsite(outgoing: Outgoing): Promise<Said> {
  const failed = { text: T.copyFailed, failed: true }
  try {
    const { report, errors } = leaving(outgoing)
    const { htmlFragment } = await import('@shared/export')
    const html = htmlFragment(report)
    const { written } = await window.api.copyToClipboard({ html, text: html })
    if (!written) return failed
    const text = afterLeaving(T.copied, report, errors, true)
    return text === T.copied ? { text } : { text, whole: true }
  } catch {
    return failed
  }
}

/** A new draft and what to say of it, or else a failure (or nothing, when no file was chosen). */
export type ImportOutcome = { id: string; message: string } | { id?: undefined; message: string }

/**
 * Pick a file, read it as a report and keep it as a new draft. The open report is never changed, so its
 * history gains no version for it (an earlier 导入前 there read as if the import had replaced it).
 */
export const importFile = (): Promise<ImportOutcome> => alone({ message: '' }, importOnce)

async function importOnce(): Promise<ImportOutcome> {
  let name: string | undefined
  try {
    const file = await window.api.openFile({
      filters: importFilters(T.importFilter, T.importAllFilter)
    })
    if (!file) return { message: '' }
    name = file.name
    const { importReport } = await import('@shared/import')
    const { cmaps } = await import('../cmaps')
    let result = await importReport({ name: file.name, data: file.data, cmaps })
    if (result.ok && result.several) {
      const choose = await askReport(result.several.titles, result.several.chosen)
      if (choose === undefined) return { message: '' }
      // Read again as chosen, even the one offered: 导入说明 then says it was the person's choice.
      result = await importReport({ name: file.name, data: file.data, cmaps, choose })
    }
    if (!result.ok) return { message: T.importFailed(result.message, name) }
    const problems = result.problems.map(({ level, message, ref, quote }) => ({
      level,
      message,
      ref,
      ...(quote && { quote })
    }))
    const origin = T.importOrigin(file.name)
    const same = await findSameDraft(result.report, origin)
    if (same) return { id: same.id, message: T.importedAgain(file.name, formatTime(same.createdAt)) }
    const id = await createDraftFromReport(result.report, origin, problems)
    // Said with what 导入说明 holds: the focus goes to the text, and a screen reader would not meet it.
    const unread = problems.filter((p) => p.level === 'error').length
    return { id, message: T.imported(file.name, unread, problems.length - unread) }
  } catch (e) {
    return { message: T.importFailed(errorText(e), name) }
  }
}
