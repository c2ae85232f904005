import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { getFormat, tableOf } from '@shared/formats'
import type { FormatId } from '@shared/formats'
import { emptyReport, type Report } from '@shared/model/report'

const APPLICANTS = ['np', 'biz', 'sci', 'npo', 'law', 'oth'] as const
const SPECIAL = new Set(['new', 'carry', 'r7', 'next'])

/** Table 三's outcome rows ((一)…(六) leaves) as the declaration lists them. */
const leafRows = (id: FormatId) => [
  ...new Set(
    tableOf(getFormat(id), 'requests')!
      .cells.map((c) => c.key.split('.')[0])
      .filter((r) => !SPECIAL.has(r))
  )
]

interface Drawn {
  leaves: number[][]
  next: number[]
  carryShare: number[]
  review: number[][]
  active: number[]
}

const drawn = (id: FormatId): fc.Arbitrary<Drawn> => {
  const leaves = leafRows(id).length
  const activeCells = tableOf(getFormat(id), 'active')!.cells.length
  return fc.record({
    leaves: fc.array(fc.array(fc.nat(40), { minLength: leaves, maxLength: leaves }), {
      minLength: 6,
      maxLength: 6
    }),
    next: fc.array(fc.nat(10), { minLength: 6, maxLength: 6 }),
    carryShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    review: fc.array(fc.array(fc.nat(9), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    active: fc.array(fc.nat(500), { minLength: activeCells, maxLength: activeCells })
  })
}

/** A report whose in-year identities all hold by construction. */
function build(id: FormatId, d: Drawn): Report {
  const r = emptyReport(id, id === '2021' ? 2024 : 2020, '某某市人民政府', 'government')
  const q = r.tables.requests
  const rows = leafRows(id)
  const col = (c: string, row: string, v: number) => (q[`${row}.${c}`] = v)
  APPLICANTS.forEach((c, i) => {
    rows.forEach((row, j) => col(c, row, d.leaves[i][j]))
    const done = d.leaves[i].reduce((a, b) => a + b, 0)
    const next = d.next[i]
    const carry = Math.floor((done + next) * d.carryShare[i])
    col(c, 'r7', done)
    col(c, 'next', next)
    col(c, 'carry', carry)
    col(c, 'new', done + next - carry)
  })
  for (const row of [...rows, ...SPECIAL])
    q[`${row}.tot`] = APPLICANTS.reduce((s, c) => s + q[`${row}.${c}`]!, 0)
  ;['rev', 'lit1', 'lit2'].forEach((b, i) => {
    ;['keep', 'fix', 'other', 'pending'].forEach((k, j) => (r.tables.review[`${b}.${k}`] = d.review[i][j]))
    r.tables.review[`${b}.total`] = d.review[i].reduce((a, v) => a + v, 0)
  })
  tableOf(getFormat(id), 'active')!.cells.forEach((c, i) => (r.tables.active[c.key] = d.active[i]))
  if (id === '2019') {
    for (const item of ['reg', 'norm']) {
      const a = r.tables.active
      a[`${item}.totalPublished`] = a[`${item}.totalPublished`]! + a[`${item}.newPublished`]!
    }
    r.units = { 'procurement.amount': '万元' }
  }
  return r
}

const arithmetic = (id: FormatId) => new Set(getFormat(id).identities.map((i) => i.rule))

describe.each(['2021', '2019'] as const)('format %s (fast-check)', (id) => {
  const rules = arithmetic(id)
  const table = (r: Report) => checkReport(r).filter((f) => rules.has(f.rule) || f.rule === 'cell.domain')

  it('a report built to satisfy the identities raises no arithmetic error', () => {
    fc.assert(
      fc.property(drawn(id), (d) => {
        expect(table(build(id, d))).toEqual([])
      }),
      { numRuns: 200 }
    )
  })

  it('any single-cell change in table 三 or 四 raises at least one', () => {
    const cells = (['requests', 'review'] as const).flatMap((t) =>
      tableOf(getFormat(id), t)!.cells.map((c) => [t, c.key] as const)
    )
    fc.assert(
      fc.property(
        drawn(id),
        fc.constantFrom(...cells),
        fc.integer({ min: -5, max: 5 }).filter((x) => x !== 0),
        (d, [t, key], delta) => {
          const r = build(id, d)
          const v = r.tables[t][key]!
          fc.pre(v + delta >= 0)
          r.tables[t][key] = v + delta
          const found = table(r)
          expect(found.length).toBeGreaterThan(0)
          for (const f of found) expect(f.cells).toContain(`${t}:${key}`)
        }
      ),
      { numRuns: 400 }
    )
  })
})

describe('any report (fast-check)', () => {
  const value = fc.oneof(
    fc.constant(null),
    fc.nat(1000),
    fc.integer({ min: -50, max: 50 }),
    fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true })
  )
  const prose = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc
      .array(
        fc.constantFrom(
          '新收申请',
          '办结',
          '12件',
          '，',
          '占',
          '17.9%',
          '。',
          '\n',
          '行政复议',
          '未发生',
          '2023年度政府信息公开工作年度报告',
          '截止2024年12月30日',
          '共',
          '91件',
          '其中'
        ),
        { maxLength: 40 }
      )
      .map((parts) => parts.join(''))
  )
  const REF = /^(?:active|requests|review|sections|fees|meta):\S+$/

  it.each(['2021', '2019', 'legacy'] as const)(
    '%s: never throws; every finding is well formed',
    { timeout: 60_000 },
    (id) => {
      const keys = getFormat(id).tables.flatMap((t) => t.cells.map((c) => [t.id, c.key] as const))
      fc.assert(
        fc.property(
          fc.array(value, { minLength: keys.length, maxLength: keys.length }),
          fc.array(prose, { minLength: 6, maxLength: 6 }),
          fc.record({ notices: value, noticedAmount: value, collected: value }),
          fc.integer({ min: 2008, max: 2030 }),
          (values, texts, fees, year) => {
            const r = emptyReport(id, year, '某某县人民政府', 'government')
            keys.forEach(([t, k], i) => (r.tables[t][k] = values[i]))
            ;(['overview', 'active', 'requests', 'review', 'problems', 'other'] as const).forEach(
              (s, i) => (r.sections[s] = texts[i])
            )
            r.fees = fees
            const last = structuredClone(r)
            last.year = year - 1
            for (const f of [...checkReport(r), ...checkReport(r, last)]) {
              expect(f.message).toMatch(/[\u4e00-\u9fff]/)
              expect(['error', 'warning']).toContain(f.severity)
              for (const c of f.cells) expect(c).toMatch(REF)
            }
          }
        ),
        { numRuns: 80 }
      )
    }
  )
})
