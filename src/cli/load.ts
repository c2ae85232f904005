// Reading a report file for the CLI, by its extension: our report-json as it is, and every kind of published
// report the importer reads (import/extensions.ts) through the importer, as the app imports it.
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { importReport } from '../shared/import'
import { IMPORT_EXTENSIONS } from '../shared/import/extensions'
import { notReportJson } from '../shared/import/json'
import { validateReportJson } from '../shared/model/json'
import type { Report } from '../shared/model/report'
import { cmaps } from './cmaps'
import { cliText } from './messages'

/**
 * The report in `path` and the problems met reading it, in Chinese. No report means the file could not be
 * read as one. Values outside their cell's domain are left to the checks (cell.domain), not repeated here.
 */
export async function loadReportFile(path: string): Promise<{ report?: Report; problems: string[] }> {
  try {
    if ((await stat(path)).isDirectory()) return { problems: [cliText.isDirectory] }
    const ext = extname(path).toLowerCase()
    switch (ext) {
      case '.json': {
        const text = await readFile(path, 'utf8')
        const other = notReportJson(text)
        if (other) return { problems: [other] }
        const { report, problems } = validateReportJson(text)
        return { report, problems: problems.filter((p) => p.kind !== 'domain').map((p) => p.message) }
      }
      default: {
        if (!IMPORT_EXTENSIONS.includes(ext.slice(1))) return { problems: [cliText.unsupported(ext)] }
        const r = await importReport({ name: path, data: new Uint8Array(await readFile(path)), cmaps })
        if (!r.ok) return { problems: [r.message] }
        // Only what blanked a cell or broke the structure: notices and warnings (Traditional converted,
        // heading aliases) are not errors of the report, and `check` reports every problem as one.
        return {
          report: r.report,
          problems: r.problems.filter((p) => p.level === 'error').map((p) => p.message)
        }
      }
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return {
      problems: [code === 'ENOENT' ? cliText.notFound : cliText.readFailed(code ?? (e as Error).message)]
    }
  }
}
