// Findings as the screen needs them: by cell (mark, message, offered sum) and by section (panel, counts).
import type { Finding } from '@shared/checks'
import type { FormatDecl, SectionId, Severity, TableId, Term } from '@shared/formats'
import { splitRef, tableOf } from '@shared/formats'
import type { Report } from '@shared/model/report'
import { SECTION_IDS } from '@shared/model/report'
import type { ProseFix } from '@shared/checks/fixes'
import { identitiesOf, offeredSums } from '@shared/checks/offers'

/** A text typed into an entry and refused there (the editor's own finding, worded at the field). */
export const INPUT_RULE = 'input.refused'

export type GroupId = 'header' | SectionId | 'whole'
export const GROUP_ORDER: readonly GroupId[] = ['header', ...SECTION_IDS, 'whole']

export interface CellStatus {
  severity: Severity
  messages: string[]
  /** For each message, the words of the text it quotes, when it is about prose (Finding.quote). */
  quotes: (string | undefined)[]
  /** For each message, which of the places its quote occurs it means (Finding.quoteNth). */
  quoteNths: (number | undefined)[]
  /** For each message, the correction of the text it offers (Finding.fix). */
  fixes: (ProseFix | undefined)[]
  /** Sums the identities say this total should be (“改为 N”), distinct; only when every part is filled. */
  offers: number[]
  /**
   * Its errors all hold it as one of the parts a sum is short of, none as that sum: marked lighter than
   * the totals, or one wrong total would mark its whole column alike and hide which cell it is.
   */
  part?: true
}

/** Where a finding's cell ref lives on screen. */
export function groupOfRef(format: FormatDecl, ref: string): GroupId {
  const [kind, rest = ''] = splitRef(ref)
  if (kind === 'sections')
    return (SECTION_IDS as readonly string[]).includes(rest) ? (rest as SectionId) : 'whole'
  if (kind === 'meta') return 'header'
  if (kind === 'fees') return 'other'
  if (kind === 'active' || kind === 'requests' || kind === 'review')
    return tableOf(format, kind)?.section ?? kind
  return 'whole'
}

export function groupOfFinding(format: FormatDecl, f: Finding): GroupId {
  return f.cells.length > 0 ? groupOfRef(format, f.cells[0]) : 'whole'
}

const rank = (s: Severity): number => (s === 'error' ? 0 : 1)

export interface Grouped {
  group: GroupId
  errors: number
  warnings: number
  findings: Finding[]
}

/** Findings by screen group in GROUP_ORDER, errors before warnings; empty groups left out. */
export function groupFindings(format: FormatDecl, findings: readonly Finding[]): Grouped[] {
  const by = new Map<GroupId, Finding[]>()
  for (const f of findings) {
    const g = groupOfFinding(format, f)
    const list = by.get(g)
    if (list) list.push(f)
    else by.set(g, [f])
  }
  const out: Grouped[] = []
  for (const group of GROUP_ORDER) {
    const list = by.get(group)
    if (!list) continue
    const sorted = [...list].sort((a, b) => rank(a.severity) - rank(b.severity))
    const errors = sorted.filter((f) => f.severity === 'error').length
    out.push({ group, errors, warnings: sorted.length - errors, findings: sorted })
  }
  return out
}

/** Every cell a finding names gets its severity and message; totals of broken identities get offers. */
export function statusByCell(
  format: FormatDecl,
  findings: readonly Finding[],
  report: Report,
  lastYear?: Report
): Map<string, CellStatus> {
  const out = new Map<string, CellStatus>()
  const touch = (ref: string, f: Finding): CellStatus => {
    let s = out.get(ref)
    if (!s) {
      s = { severity: f.severity, messages: [], quotes: [], quoteNths: [], fixes: [], offers: [] }
      out.set(ref, s)
    }
    if (f.severity === 'error') s.severity = 'error'
    if (!s.messages.includes(f.message)) {
      s.messages.push(f.message)
      s.quotes.push(f.quote)
      s.quoteNths.push(f.quoteNth)
      s.fixes.push(f.fix)
    }
    return s
  }
  const offers = offeredSums(format, findings, report, lastYear)
  // Cells an error names other than as a part of a sum (a total, a cell of a rule that is no sum).
  const named = new Set<string>()
  for (const f of findings) {
    for (const ref of f.cells) touch(ref, f)
    const identities = identitiesOf(format, f)
    if (f.severity === 'error')
      for (const identity of identities)
        for (const side of [identity.left, identity.right])
          if (side.terms.length === 1) named.add(side.terms[0].cell)
    for (const offer of offers.get(f) ?? []) {
      const s = touch(offer.cell, f)
      if (!s.offers.includes(offer.sum)) s.offers.push(offer.sum)
    }
    if (!identities.length && f.severity === 'error') for (const ref of f.cells) named.add(ref)
  }
  for (const [ref, s] of out) if (s.severity === 'error' && !named.has(ref)) s.part = true
  return out
}

/**
 * What in `table` would make 生成文字说明 write wrong words, as the editor shows it now: its cells typed and
 * refused (the report holds their last figure, not what is seen), and its errors of its own arithmetic (a
 * total against its parts; not a figure against last year's report), whose words would disagree as the
 * figures do.
 */
export function summaryObstacles(
  format: FormatDecl,
  table: TableId,
  findings: readonly Finding[]
): { refused: number; atOdds: number } {
  const own = (t: Term) => !t.last && splitRef(t.cell)[0] === table
  const rules = new Set(
    format.identities
      .filter((id) => id.severity === 'error' && [...id.left.terms, ...id.right.terms].every(own))
      .map((id) => id.rule)
  )
  const inTable = (f: Finding) => f.cells.some((c) => splitRef(c)[0] === table)
  return {
    refused: findings.filter((f) => f.rule === INPUT_RULE && inTable(f)).length,
    atOdds: findings.filter((f) => f.severity === 'error' && rules.has(f.rule) && inTable(f)).length
  }
}
