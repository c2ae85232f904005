// 生成文字说明: a table's figures as the paragraph an official writes beside it, from the format's
// declared sentences (formats/summaries.ts). Pure; the editor puts the text in the section's prose.
import type { CellDecl, FormatDecl, KeyPattern, SummarySentence, TableDecl, TableId } from '../formats'
import type { Report } from '../model/report'

export type SummaryResult =
  | { ok: true; text: string }
  /** Cells the sentences need that are blank: a blank is not 0, so nothing is written. */
  | { ok: false; blanks: CellDecl[] }

const PLACEHOLDER = /\{([^}]+)\}/g
const LIST = 'list'

const matcher = (pattern: KeyPattern): RegExp =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)

/** Every key a sentence reads. */
function patternsOf(s: SummarySentence): KeyPattern[] {
  const inText = [...s.text.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((p) => p !== LIST)
  return [
    ...inText.flatMap((p) => p.split('+')),
    ...(s.list ?? []).flatMap((i) => i.keys),
    ...(s.zeroIf ?? [])
  ]
}

const number = (v: number): string => String(Math.round(v * 1e6) / 1e6)

export function summarizeTable(
  report: Report,
  format: FormatDecl,
  table: TableId
): SummaryResult | undefined {
  const summary = format.summaries.find((s) => s.table === table)
  const decl = format.tables.find((t) => t.id === table)
  if (!summary || !decl) return undefined
  const values = report.tables[table]
  const cellsOf = (patterns: KeyPattern[]): CellDecl[] => {
    const res = patterns.map(matcher)
    return decl.cells.filter((c) => res.some((re) => re.test(c.key)))
  }
  const sum = (patterns: KeyPattern[]): number =>
    cellsOf(patterns).reduce((n, c) => n + (values[c.key] ?? 0), 0)

  const blanks = cellsOf(summary.sentences.flatMap(patternsOf)).filter(
    (c) => values[c.key] === null || values[c.key] === undefined
  )
  if (blanks.length) return { ok: false, blanks }

  const sentences = summary.sentences.map((s) => sentence(s, sum)).filter((s): s is string => Boolean(s))
  return { ok: true, text: sentences.join('') }
}

function sentence(s: SummarySentence, sum: (patterns: KeyPattern[]) => number): string | undefined {
  if (s.zeroIf && sum(s.zeroIf) === 0) return s.none
  const items = (s.list ?? [])
    .map((i) => ({ label: i.label, n: sum(i.keys) }))
    .filter((i) => i.n !== 0)
    .map((i) => `${i.label}${number(i.n)}${s.unit ?? '件'}`)
  if (s.list && items.length === 0) return undefined
  return s.text.replace(PLACEHOLDER, (_, p: string) =>
    p === LIST ? items.join('，') : number(sum(p.split('+')))
  )
}

/** Whether the format declares sentences for `table`: only then is 生成文字说明 offered. */
export const summarizable = (format: FormatDecl, table: TableDecl | undefined): boolean =>
  Boolean(table && format.summaries.some((s) => s.table === table.id))
