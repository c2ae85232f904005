// JSON given to the importer: our own report-json is read as is; the app's backup and any other JSON are
// refused with what they are, in the words of the person importing (the model's validation speaks of
// “schema”, which means something only to whoever wrote the file by hand).
import { reportFromJsonText, validateReportJson, type JsonProblem } from '../model/json'
import { REPORT_SCHEMA, type Report } from '../model/report'
import { importText } from './messages'
import type { ImportProblem, ImportResult } from './types'

/** The `format` of the file 备份全部报告 writes (renderer/src/drafts/backup.ts). */
export const BACKUP_FORMAT = 'xxgk-nianbao/backup'

/**
 * A small non-cryptographic hash (cyrb53) of a backup's payload, so that a file damaged in transit is
 * caught: by 从备份恢复, and by the importer before it sends such a file there.
 */
export function checksum(s: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

// How each file begins as the app writes it: a damaged copy is still known by its first key.
const REPORT_HEAD = /^\s*\{\s*"schema"\s*:\s*"xxgk-nianbao\/report"/
const BACKUP_HEAD = /^\s*\{\s*"format"\s*:\s*"xxgk-nianbao\/backup"/

/** Whether a text that is not JSON (cut short) begins as the app's backup does. */
export const looksLikeBackup = (text: string): boolean => BACKUP_HEAD.test(text.replace(/^\uFEFF/, ''))

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const refused = (message: string): ImportResult => ({ ok: false, message, problems: [] })

/** The reports a backup holds, as the home screen counts them: those in the trash apart. */
function backupCount(doc: Record<string, unknown>): { live: number; trashed: number } | undefined {
  const drafts = isObject(doc.payload) ? doc.payload.drafts : undefined
  if (!Array.isArray(drafts)) return undefined
  const trashed = drafts.filter(
    (d) => isObject(d) && typeof d.deletedAt === 'number' && d.deletedAt > 0
  ).length
  return { live: drafts.length - trashed, trashed }
}

/**
 * Our report-json: a report that cannot be read is refused with the model's problems. A value outside its
 * cell's domain was read and is kept: the checks name it (cell.domain), so it is not also “not read”, as
 * the CLI has it too. Only what was left blank is an error (导入说明's 未能读取): another tool's extra key, or
 * an agencyKind worked out from the name, is said at the model's level.
 */
function fromReport({ report, problems }: { report?: Report; problems: JsonProblem[] }): ImportResult {
  const found = problems
    .filter((p) => !report || p.kind !== 'domain')
    .map((p): ImportProblem => ({
      level: p.level ?? 'error',
      message: p.message,
      ...(p.ref && { ref: p.ref })
    }))
  if (!report)
    return {
      ok: false,
      message: found.map((p) => p.message).join('；') || importText.notReport,
      problems: found
    }
  const trace = { kind: 'json' as const, tables: { active: {}, requests: {}, review: {} }, sections: {} }
  return { ok: true, report, trace, problems: found }
}

type Json = { kind: 'report'; read(): ImportResult } | { kind: 'other'; message: string } | { kind: 'text' }

/** What a file named .json, or whose text is JSON (an object or an array), is. */
function classify(name: string, text: string): Json {
  const body = text.replace(/^\uFEFF/, '')
  const named = /\.json$/i.test(name)
  if (!named && !/^\s*[[{]/.test(body)) return { kind: 'text' }
  let doc: unknown
  try {
    doc = JSON.parse(body)
  } catch {
    if (looksLikeBackup(body)) return { kind: 'other', message: importText.backupDamaged }
    // A damaged report of ours says where it is damaged, as the model words it.
    if (REPORT_HEAD.test(body)) return { kind: 'report', read: () => fromReport(validateReportJson(body)) }
    return named ? { kind: 'other', message: importText.notReportJson(true) } : { kind: 'text' }
  }
  if (isObject(doc) && doc.format === BACKUP_FORMAT)
    return {
      kind: 'other',
      message:
        doc.checksum === checksum(JSON.stringify(doc.payload ?? null))
          ? importText.backup(backupCount(doc))
          : importText.backupDamaged
    }
  if (isObject(doc) && doc.schema === REPORT_SCHEMA)
    return { kind: 'report', read: () => fromReport(reportFromJsonText(doc, body)) }
  return { kind: 'other', message: importText.notReportJson(false) }
}

/**
 * The result for a file named .json or whose text is JSON (an object or an array); undefined for anything
 * else, which is read as a published report's text.
 */
export function fromJson(name: string, text: string): ImportResult | undefined {
  const json = classify(name, text)
  return json.kind === 'report' ? json.read() : json.kind === 'other' ? refused(json.message) : undefined
}

/**
 * Why a .json file is no report data of this app (the app's backup, other JSON), in the words of the
 * person reading it; undefined for our report-json, damaged or not, which the model's validation reads.
 */
export function notReportJson(text: string): string | undefined {
  const json = classify('.json', text)
  return json.kind === 'other' ? json.message : undefined
}
