// 生成文字说明: tables 二/三/四 in words, from the format's declared sentences.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { getFormat, type TableId } from '@shared/formats'
import { emptyReport, type Report } from '@shared/model/report'
import { summarizeTable } from '@shared/summary'
import { loadFixture } from './checks/fixtures'

const TABLES: TableId[] = ['active', 'requests', 'review']
const text = (r: Report, t: TableId): string => {
  const s = summarizeTable(r, getFormat(r.format), t)
  if (!s?.ok) throw new Error(`no summary of ${t}`)
  return s.text
}
/** A report whose every cell of `table` is 0, with `values` set. */
function filled(format: '2019' | '2021', table: TableId, values: Record<string, number>): Report {
  const r = emptyReport(format, format === '2019' ? 2020 : 2024, '某某区人民政府', 'government')
  for (const k of Object.keys(r.tables[table])) r.tables[table][k] = values[k] ?? 0
  return r
}

describe('生成文字说明', () => {
  it('states table 三 as the rows add up, leaving out what did not happen', () => {
    const r = filled('2021', 'requests', {
      'new.np': 20,
      'new.biz': 5,
      'new.oth': 2,
      'new.tot': 27,
      'carry.tot': 2,
      'r1.tot': 15,
      'r3_2.tot': 1,
      'r6_1.tot': 1,
      'r6_3.tot': 1,
      'r7.tot': 18,
      'next.tot': 11
    })
    expect(text(r, 'requests')).toBe(
      '本年新收政府信息公开申请27件，上年结转2件。新收申请中，自然人提出20件，法人或其他组织提出7件。' +
        '本年办结申请18件，其中予以公开15件，不予公开1件，其他处理2件。结转下年度继续办理11件。'
    )
  })

  it('reads the 2019 format’s single （六）其他处理 row as well', () => {
    const r = filled('2019', 'requests', { 'new.tot': 1, 'new.np': 1, 'r6.tot': 1, 'r7.tot': 1 })
    expect(text(r, 'requests')).toContain('本年办结申请1件，其中其他处理1件。')
  })

  it('says there was none when a table is all 0', () => {
    expect(text(filled('2021', 'review', {}), 'review')).toBe(
      '本年未发生因政府信息公开被申请行政复议的情况。本年未发生因政府信息公开被提起行政诉讼的情况。'
    )
    expect(text(filled('2021', 'requests', {}), 'requests')).toBe(
      '本年未收到政府信息公开申请，也没有上年结转的申请。'
    )
    expect(text(filled('2021', 'active', {}), 'active')).toBe('')
  })

  it('keeps decimals of 万元 and drops 规章 for an agency that made none', () => {
    const r = filled('2021', 'active', { 'norm.made': 3, 'norm.valid': 40, 'fees.amount': 35.5 })
    expect(text(r, 'active')).toBe(
      '本年制发行政规范性文件3件，废止0件，现行有效行政规范性文件40件。本年行政事业性收费金额35.5万元。'
    )
  })

  it('writes nothing while a cell it needs is blank, and names the blank cells', () => {
    const r = filled('2021', 'review', {})
    r.tables.review['lit2.fix'] = null
    const s = summarizeTable(r, getFormat('2021'), 'review')
    expect(s).toMatchObject({ ok: false })
    expect(s && !s.ok && s.blanks.map((c) => `${c.rowLabel} ${c.colLabel}`)).toEqual(['复议后起诉 结果纠正'])
  })

  it('has nothing to say for the legacy format', () => {
    expect(
      summarizeTable(emptyReport('legacy', 2014, '某局', 'department'), getFormat('legacy'), 'requests')
    ).toBe(undefined)
  })

  it.each(['valid-2021.json', 'valid-2019.json', 'seed002-jilin-commerce-2020.json'])(
    'what it writes beside the tables of %s agrees with the prose checks',
    (name) => {
      const r = loadFixture(name)
      const prose = (x: Report) => checkReport(x).filter((f) => f.rule.startsWith('prose.'))
      const written = structuredClone(r)
      for (const t of TABLES) written.sections[t] = text(r, t)
      expect(prose(written)).toEqual(prose(r))
      // And the words carry the table's figures: a changed cell is caught.
      written.tables.requests['new.tot'] = (r.tables.requests['new.tot'] ?? 0) + 1
      expect(prose(written).some((f) => f.rule === 'prose.quantity')).toBe(true)
    }
  )
})
