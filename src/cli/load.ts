// Reading a report file for the CLI. One function, one switch on the file's extension: a new input kind
// (.txt, .html, .docx from the import feature) is one more `case` that returns { report, problems }.
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { validateReportJson } from '../shared/model/json'
import type { Report } from '../shared/model/report'
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
        const { report, problems } = validateReportJson(await readFile(path, 'utf8'))
        return { report, problems: problems.filter((p) => p.kind !== 'domain').map((p) => p.message) }
      }
      // Extension point: case '.txt': case '.html': case '.docx': → the importer's result.
      default:
        return { problems: [cliText.unsupported(ext)] }
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return {
      problems: [code === 'ENOENT' ? cliText.notFound : cliText.readFailed(code ?? (e as Error).message)]
    }
  }
}
