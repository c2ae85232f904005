// Export of a finished report: txt (e-mail, Notepad), html (website CMS; its full document is what the
// PDF export prints), docx (公文 layout for Word/WPS) and report-json v1. Pure: runs in the renderer,
// in main and in the CLI alike.
import type { FileFilter } from '../api'
import { formats } from '../formats'
import type { Report } from '../model/report'
import { exportDocx } from './docx'
import { exportFileName as fileName } from './filename'
import { htmlDocument, htmlFragment } from './html'
import { exportJson } from './json'
import { FAILURE, FILTERS } from './text'
import { exportTxt } from './txt'

export type ExportKind = 'txt' | 'html' | 'docx' | 'json'
export const EXPORT_KINDS: readonly ExportKind[] = ['txt', 'html', 'docx', 'json']

export interface ExportOptions {
  /** html only: the complete printable document (default) or the body fragment to paste into a CMS. */
  html?: 'document' | 'fragment'
}

export interface ExportResult {
  kind: ExportKind
  /** Text is UTF-8 when written; docx is bytes. */
  data: string | Uint8Array
  mime: string
  /** Without the dot. */
  extension: string
  /** Suggested file name: the title, made safe for Windows, with the extension. */
  fileName: string
  /** For the save dialog. */
  filters: FileFilter[]
}

const MIME: Record<ExportKind, string> = {
  txt: 'text/plain;charset=utf-8',
  html: 'text/html;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json'
}

/** Notepad before Windows 10 reads UTF-8 without a byte-order mark as GBK and shows mojibake. */
export const UTF8_BOM = '\uFEFF'

/** Rejects with a Chinese message when the report cannot be exported (e.g. a format this version does not know). */
export async function exportReport(
  report: Report,
  kind: ExportKind,
  options: ExportOptions = {}
): Promise<ExportResult> {
  if (!formats.some((f) => f.id === report.format))
    throw new Error(FAILURE.unknownFormat(String(report.format)))
  let data: string | Uint8Array
  try {
    data = await render(report, kind, options)
  } catch (e) {
    throw new Error(FAILURE.failed(kind, e instanceof Error ? e.message : String(e)), { cause: e })
  }
  const extension = FILTERS[kind].extensions[0]
  return {
    kind,
    data,
    mime: MIME[kind],
    extension,
    fileName: exportFileName(report, kind),
    filters: [FILTERS[kind]]
  }
}

async function render(
  report: Report,
  kind: ExportKind,
  options: ExportOptions
): Promise<string | Uint8Array> {
  switch (kind) {
    case 'txt':
      return UTF8_BOM + exportTxt(report)
    case 'html':
      return options.html === 'fragment' ? htmlFragment(report) : htmlDocument(report)
    case 'docx':
      return exportDocx(report)
    case 'json':
      return exportJson(report)
  }
}

/** `<title>.<ext>` with the characters Windows forbids in file names replaced. */
export const exportFileName = (report: Report, kind: ExportKind): string =>
  fileName(report, FILTERS[kind].extensions[0])

export { exportTxt } from './txt'
export { htmlDocument, htmlFragment, escapeHtml } from './html'
export { exportDocx } from './docx'
export { exportJson } from './json'
export { safeFileStem } from './filename'
