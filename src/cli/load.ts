// Reading a report file for the CLI: one named .json as our report-json, and any other through the importer,
// which knows a published report by its content (import/extensions.ts lists the names it is given under).
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { importReport, type ImportProblem } from '../shared/import'
import { decodeBytes } from '../shared/import/decode'
import { IMPORT_EXTENSIONS } from '../shared/import/extensions'
import { fromJson } from '../shared/import/json'
import type { Report } from '../shared/model/report'
import { cellsLeftBlank } from '../shared/batch'
import { cmaps } from './cmaps'
import { cliText } from './messages'

export interface Loaded {
  report?: Report
  /** Why there is no report, or what in it could not be read (the importer's errors). */
  problems: string[]
  /** What the importer asks to check (its warnings: a table's words left in the prose, …), as 导入说明 lists them. */
  toCheck: string[]
  /** The cells the importer left blank, unread: the checks do not judge the sums they are in. */
  unreadCells?: string[]
  /** Everything the importer said, with the findings of the published text it read (VAL-02, STR-05). */
  notes?: Pick<ImportProblem, 'level' | 'message' | 'ref' | 'finding'>[]
}

/**
 * The report in `path` and the problems met reading it, in Chinese. No report means the file could not be
 * read as one. Values outside their cell's domain are left to the checks (cell.domain), not repeated here.
 */
export async function loadReportFile(path: string): Promise<Loaded> {
  try {
    if ((await stat(path)).isDirectory()) return { problems: [cliText.isDirectory], toCheck: [] }
    const ext = extname(path).toLowerCase()
    // Notepad's “ANSI” (GBK) and “Unicode” (UTF-16) saves too, read as the editor's import reads them.
    const r =
      ext === '.json'
        ? fromJson(path, decodeBytes(new Uint8Array(await readFile(path))).text)!
        : // A file is known by its content, not its name, as the app imports it: a CMS's page.shtml, a
          // download saved without an extension.
          await importReport({ name: path, data: new Uint8Array(await readFile(path)), cmaps })
    if (!r.ok)
      return {
        problems: [
          // Only what the content is not is said of a name unknown.
          ext === '.json' || IMPORT_EXTENSIONS.includes(ext.slice(1))
            ? r.message
            : cliText.unsupported(ext, r.message)
        ],
        toCheck: []
      }
    // What blanked a cell or broke the structure is a defect of the report; what the importer asks to
    // check is said apart; its notices (Traditional converted, another tool's key left out, …) are what it
    // did, not said here.
    const at = (level: string): string[] =>
      r.problems.filter((p) => p.level === level && !p.finding).map((p) => p.message)
    return {
      report: r.report,
      problems: at('error'),
      toCheck: at('warning'),
      unreadCells: cellsLeftBlank(r.report, r.problems),
      notes: r.problems.map(({ level, message, ref, finding }) => ({ level, message, ref, finding }))
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return {
      problems: [code === 'ENOENT' ? cliText.notFound : cliText.readFailed(code ?? (e as Error).message)],
      toCheck: []
    }
  }
}
