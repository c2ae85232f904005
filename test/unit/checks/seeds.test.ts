import { describe, expect, it } from 'vitest'
import { checkReport, findingKey } from '@shared/checks'
import { getFormat } from '@shared/formats'
import type { FormatDecl, Identity, TableId } from '@shared/formats'
import type { Report } from '@shared/model/report'
import { normalizeProse } from '@shared/checks/text'
import { loadFixture } from './fixtures'

const arithmeticRules = (f: FormatDecl) => new Set(f.identities.map((i) => i.rule))

/** The value of one side of an identity, blanks as 0 (this year's terms only). */
const side = (r: Report, s: Identity['left']) =>
  s.terms.reduce((n, t) => {
    const [table, key] = t.cell.split(/:(.*)/s) as [TableId, string]
    return n + (t.sign ?? 1) * (r.tables[table][key] ?? 0)
  }, 0)

/**
 * What must fire when `ref` grows by 1 in a report where every identity holds: every equality that
 * reads it; an upper bound only where `ref` makes the bounded side grow and there was no slack. Identities
 * with last-year terms do not run without last year. Plus a prose quantity quoting that cell.
 */
function expected(r: Report, format: FormatDecl, ref: string): string[] {
  const out: string[] = []
  for (const id of format.identities) {
    const terms = [...id.left.terms, ...id.right.terms]
    if (terms.some((t) => t.last) || !terms.some((t) => t.cell === ref)) continue
    if (id.relation === '=') {
      out.push(`${id.rule}|${id.where}`)
      continue
    }
    // How much left − right grows with `ref` (a term may be subtracted: −本年增/减).
    const weight = (ts: Identity['left']['terms']) =>
      ts.reduce((n, t) => n + (t.cell === ref ? (t.sign ?? 1) : 0), 0)
    const growth = weight(id.left.terms) - weight(id.right.terms)
    if (growth > 0 && side(r, id.right) - side(r, id.left) < growth) out.push(`${id.rule}|${id.where}`)
  }
  // A consequence is not said where the rule it follows from fails (F6 where F1 does).
  const implied = new Set(
    format.identities
      .filter((id) => id.impliedBy && out.includes(`${id.impliedBy}|${id.where}`))
      .map((id) => `${id.rule}|${id.where}`)
  )
  out.splice(0, out.length, ...out.filter((k) => !implied.has(k)))
  for (const q of format.prose) {
    if (!q.terms.some((t) => t.cell === ref)) continue
    for (const id of ['overview', 'active', 'requests', 'review'] as const) {
      const text = normalizeProse(r.sections[id])
      if (q.patterns.some((p) => p.test(text))) out.push(`prose.quantity|${id}`)
    }
  }
  return out.sort()
}

const fired = (r: Report, rules: Set<string>) =>
  checkReport(r)
    .filter((f) => rules.has(f.rule) || f.rule === 'prose.quantity')
    .map((f) =>
      f.rule === 'prose.quantity'
        ? `${f.rule}|${f.cells[0].split(':')[1]}`
        : `${f.rule}|${f.message.split('：')[0]}`
    )
    .sort()

describe.each([
  ['seed002-jilin-commerce-2020.json', '吉林省商务厅 2020'],
  ['seed004-zengcheng-2020.json', '增城区 2020']
])('%s (%s, hand-entered from the seed)', (name) => {
  const report = loadFixture(name)
  const format = getFormat(report.format)
  const rules = arithmeticRules(format)

  it('has no arithmetic error and no prose/table mismatch', () => {
    const bad = checkReport(report).filter(
      (f) => rules.has(f.rule) || f.rule.startsWith('prose.') || f.rule === 'cell.domain'
    )
    expect(bad).toEqual([])
  })

  it('changing any one cell fires exactly the identities and prose figures that read it', () => {
    let checked = 0
    for (const t of format.tables) {
      for (const c of t.cells) {
        const ref = `${t.id}:${c.key}`
        const v = report.tables[t.id][c.key]
        if (v === null) continue
        const r = structuredClone(report)
        r.tables[t.id][c.key] = v + 1
        const want = expected(report, format, ref)
        expect(fired(r, rules), ref).toEqual(want)
        // Every equality identity reads only declared cells; a table-三/四 cell is read by at least one.
        if (t.id !== 'active') expect(want.length, ref).toBeGreaterThan(0)
        for (const f of checkReport(r).filter((x) => rules.has(x.rule) || x.rule === 'prose.quantity')) {
          expect(f.cells).toContain(ref)
        }
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
  })
})

describe('seed 004 (增城区 2020)', () => {
  const report = loadFixture('seed004-zengcheng-2020.json')

  it('finds the parts missing from the copy', () => {
    const rules = checkReport(report).map((f) => `${f.severity} ${f.rule} ${f.cells[0]}`)
    expect(rules).toContain('error section.missing sections:review')
    expect(rules).toContain('error section.missing sections:problems')
    expect(rules).toContain('error section.empty sections:other')
    // Table 四, not begun, is one finding that names all 15 cells.
    const blank = checkReport(report).filter((f) => f.rule === 'cell.blank')
    expect(blank).toHaveLength(1)
    expect(blank[0].message).toBe('表四全部未填写；空白不等于0，没有发生的请填0')
    expect(blank[0].cells).toHaveLength(15)
  })

  it('once the table is begun, names its blank cells in one finding that marks each', () => {
    const r = structuredClone(report)
    r.tables.review['rev.total'] = 3
    const blank = checkReport(r).filter((f) => f.rule === 'cell.blank')
    expect(blank).toHaveLength(1)
    expect(blank[0].message).toBe(
      '表四有14格未填写（“行政复议”下“结果维持”列、“行政复议”下“结果纠正”列、“行政复议”下“其他结果”列等）；空白不等于0，没有发生的请填0'
    )
    expect(blank[0].cells).toHaveLength(14)
    expect(blank[0].cells).not.toContain('review:rev.total')
    // one blank cell left: named alone
    for (const k of Object.keys(r.tables.review)) r.tables.review[k] ??= 0
    r.tables.review['lit2.pending'] = null
    expect(checkReport(r).filter((f) => f.rule === 'cell.blank')).toEqual([
      {
        rule: 'cell.blank',
        severity: 'warning',
        message: '表四“复议后起诉”下“尚未审结”列未填写；空白不等于0，没有发生的请填0',
        cells: ['review:lit2.pending']
      }
    ])
  })

  it('a table’s blank cells, once dismissed, stay so while its cells are filled one by one', () => {
    const r = structuredClone(report)
    r.tables.review['rev.total'] = 3
    const key = () => findingKey(checkReport(r).find((f) => f.rule === 'cell.blank')!)
    const before = key()
    r.tables.review['rev.keep'] = 3
    expect(key()).toBe(before)
  })

  it('checks the prose figures 新收259宗, 办结254宗, 转下年办理10宗 against table 三', () => {
    for (const [cell, quote] of [
      ['new.tot', '新收到政府信息公开申请259宗'],
      ['r7.tot', '办结254宗'],
      ['next.tot', '转下年办理10宗']
    ]) {
      const r = structuredClone(report)
      r.tables.requests[cell] = r.tables.requests[cell]! + 1
      const prose = checkReport(r).filter((f) => f.rule === 'prose.quantity')
      expect(prose).toHaveLength(1)
      expect(prose[0].message).toContain(quote)
      expect(prose[0].cells).toEqual(['sections:overview', `requests:${cell}`])
    }
  })

  it('compares 行政复议3宗 once table 四 is filled', () => {
    const r = structuredClone(report)
    r.tables.review['rev.total'] = 2
    const prose = checkReport(r).filter((f) => f.rule === 'prose.quantity')
    expect(prose.map((f) => f.message)).toEqual([
      '“总体情况”部分写“行政复议3宗”，但表四“行政复议”下“总计”列为2（行政复议应与表格一致）'
    ])
  })
})

describe('seed 000 (荔湾区 2014, legacy)', () => {
  const findings = checkReport(loadFixture('seed000-liwan-2014.json'))

  it('finds the year conflict: title 2014, intro “2013年度”', () => {
    const year = findings.filter((f) => f.rule === 'meta.year')
    expect(year).toHaveLength(1)
    expect(year[0].severity).toBe('error')
    expect(year[0].message).toContain('2013年度政府信息公开年度报告')
  })

  it('finds the impossible “17.9%” of 91 requests and the truncated 35.2%', () => {
    const pct = findings.filter((f) => f.rule.startsWith('prose.percent'))
    expect(pct.map((f) => [f.rule, f.severity])).toEqual([
      ['prose.percentRounding', 'warning'],
      ['prose.percentage', 'error']
    ])
    expect(pct[1].message).toContain('91件中不可能恰好占17.9%（16件为17.6%，17件为18.7%）')
    expect(pct[0].message).toContain('2259÷6404=35.27%，四舍五入应为35.3%')
  })

  it('finds the answers listed line by line adding up to 89 of the 91 answered (NAR-03)', () => {
    const sums = findings.filter((f) => f.rule === 'prose.partsSum')
    expect(sums).toHaveLength(1)
    expect(sums[0].severity).toBe('warning')
    expect(sums[0].message).toContain('71+8+3+0+6+1=89，与总数91相差2')
  })

  it('accepts the percentages that are right (3.9%, 6.2%, 78%, 8.8%, 6.6% …) and the 6404 items by category', () => {
    expect(findings.filter((f) => f.rule.startsWith('prose.'))).toHaveLength(3)
  })
})

describe('seed 002 (four reports on one page) as prose', () => {
  it('finds only 广东’s 传真 “0.4%” (167 of 52971 is 0.3%); 山西’s shares of 1111 are right', async () => {
    const { readFileSync } = await import('node:fs')
    const { emptyReport } = await import('@shared/model/report')
    const r = emptyReport('legacy', 2018, '广东省人民政府', 'government')
    r.sections.overview = readFileSync('../shared/seeds/002_3653a5693d759def.txt', 'utf8')
    const pct = checkReport(r).filter((f) => f.rule.startsWith('prose.percent'))
    expect(pct.map((f) => f.message)).toEqual(['“概述”部分写“167宗,占0.4%”：167÷52971=0.32%，不是0.4%'])
  })
})

describe('seed 001 (黄石市下陆区 2016, legacy, no table) as imported', () => {
  it('finds the plan made for 2016 itself, in the report on 2016 (a recycled closing paragraph)', async () => {
    const { readFileSync } = await import('node:fs')
    const { importReport } = await import('@shared/import')
    const data = new Uint8Array(readFileSync('../shared/seeds/001_b8f27916e8f9841a.txt'))
    const imported = await importReport({ name: '001.txt', data })
    if (!imported.ok) throw new Error(imported.message)
    expect(imported.report.year).toBe(2016)
    const plans = checkReport(imported.report).filter((f) => f.rule === 'meta.planForYear')
    expect(plans).toHaveLength(1)
    expect(plans[0].message).toContain('2016年,我区将把')
    expect(plans[0].severity).toBe('warning')
  })
})
