// 生成文字说明: tables 二/三/四 in words, from the format's declared sentences.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { getFormat, type TableId } from '@shared/formats'
import { emptyReport, type Report } from '@shared/model/report'
import { isSummaryOf, placeSummary, summarizeTable } from '@shared/summary'
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
      '本年未发生因政府信息公开工作被申请行政复议的情况。本年未发生因政府信息公开工作被提起行政诉讼的情况。'
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

  it('states the 2019 表二’s 行政事业性收费 items with their change, and 采购总金额 in its unit', () => {
    const r = filled('2019', 'active', {
      'fees.lastYear': 10,
      'fees.change': -1,
      'procurement.projects': 15,
      'procurement.amount': 2350.5
    })
    r.units = { 'procurement.amount': '万元' }
    expect(text(r, 'active')).toBe(
      '行政事业性收费项目上一年10项，本年减少1项。本年政府集中采购项目15个，采购总金额2350.5万元。'
    )
    r.tables.active['fees.change'] = 2
    r.units = { 'procurement.amount': '元' }
    expect(text(r, 'active')).toContain('本年增加2项。本年政府集中采购项目15个，采购总金额2350.5元。')
    r.tables.active['fees.change'] = 0
    r.tables.active['procurement.amount'] = 0
    r.units = {}
    expect(text(r, 'active')).toBe(
      '行政事业性收费项目上一年10项，本年没有增减。本年政府集中采购项目15个，采购总金额0元。'
    )
    // 2 items, both gone: their sum is 0, but not so the sentence.
    r.tables.active['fees.lastYear'] = 2
    r.tables.active['fees.change'] = -2
    expect(text(r, 'active')).toContain('行政事业性收费项目上一年2项，本年减少2项。')
  })

  it('states 表二 of seed 004 (采购总金额 in 元, 行政事业性收费 items up) in words the prose checks agree with', () => {
    const r = loadFixture('seed004-zengcheng-2020.json')
    const prose = (x: Report) => checkReport(x).filter((f) => f.rule.startsWith('prose.'))
    const written = structuredClone(r)
    written.sections.active = text(r, 'active')
    expect(written.sections.active).toContain(
      '行政事业性收费项目上一年27项，本年增加5项。本年政府集中采购项目1233个，采购总金额3481775656元。'
    )
    expect(prose(written)).toEqual(prose(r))
    // The same amount in 万元 is the same amount.
    const inWan = structuredClone(written)
    inWan.tables.active['procurement.amount'] = 348177.5656
    inWan.units = { 'procurement.amount': '万元' }
    expect(prose(inWan)).toEqual(prose(r))
    // And each of those figures is held to its cell: a table changed after the words is caught.
    const stale = (change: (x: Report) => void) => {
      const x = structuredClone(written)
      change(x)
      return prose(x)
        .filter((f) => f.rule === 'prose.quantity')
        .map((f) => f.quote)
    }
    expect(stale((x) => (x.tables.active['fees.lastYear'] = 26))).toEqual(['行政事业性收费项目上一年27项'])
    expect(stale((x) => (x.tables.active['fees.change'] = -5))).toEqual(['本年增加5项'])
    // 没有增减, written for a change of 0, against a fall since.
    const same = structuredClone(r)
    same.tables.active['fees.change'] = 0
    same.sections.active = text(same, 'active')
    expect(same.sections.active).toContain('行政事业性收费项目上一年27项，本年没有增减。')
    expect(prose(same).filter((f) => f.rule === 'prose.none')).toEqual([])
    same.tables.active['fees.change'] = -2
    expect(prose(same).filter((f) => f.rule === 'prose.none')).toMatchObject([
      { severity: 'warning', quote: '行政事业性收费项目上一年27项，本年没有增减' }
    ])
    expect(stale((x) => (x.units = { 'procurement.amount': '万元' }))).toEqual(['采购总金额3481775656元'])
  })

  it('writes nothing while 采购总金额 has no unit, and names it', () => {
    const r = filled('2019', 'active', { 'procurement.projects': 1, 'procurement.amount': 2000 })
    const s = summarizeTable(r, getFormat('2019'), 'active')
    expect(s && !s.ok && s.unitless?.map((c) => c.key)).toEqual(['procurement.amount'])
    expect(s && !s.ok && s.blanks).toEqual([])
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

describe('生成文字说明 pressed again', () => {
  type Format = '2019' | '2021'
  const OURS = '本机关高度重视政府信息公开工作。'
  const AFTER = '下一步，我们将继续做好相关工作。'
  /** The section's text as the official left it around a paragraph generated from `values`. */
  const around = (paragraph: string): string => `${OURS}\n${paragraph}\n${AFTER}`
  const place = (format: Format, table: TableId, prose: string, values: Record<string, number>) =>
    placeSummary(prose, text(filled(format, table, values), table), getFormat(format), table)

  const REV_4 = { 'rev.keep': 2, 'rev.fix': 1, 'rev.pending': 1, 'rev.total': 4 }
  const REV_5 = { ...REV_4, 'rev.other': 1, 'rev.total': 5 }
  const REQ_18 = {
    'new.np': 20,
    'new.biz': 5,
    'new.tot': 25,
    'carry.tot': 2,
    'r1.tot': 15,
    'r3_2.tot': 1,
    'r7.tot': 16,
    'next.tot': 11
  }
  const ACTIVE_2021 = { 'norm.made': 3, 'norm.valid': 40, 'fees.amount': 35.5 }
  const ACTIVE_2019 = { 'norm.newMade': 3, 'norm.newPublished': 3, 'norm.totalPublished': 40 }

  // [what changed, format, table, figures the paragraph was written from, figures now]
  const rewrites: [string, Format, TableId, Record<string, number>, Record<string, number>][] = [
    ['表四: figures changed', '2021', 'review', REV_4, { ...REV_4, 'rev.keep': 3, 'rev.total': 5 }],
    ['表四: an item appears (其他结果 0 → 1)', '2021', 'review', REV_4, REV_5],
    ['表四: an item disappears', '2021', 'review', REV_5, REV_4],
    ['表四: none → some', '2021', 'review', {}, { 'rev.keep': 1, 'rev.total': 1 }],
    ['表四: some → none', '2021', 'review', REV_4, {}],
    [
      '表四: 行政诉讼 none → some, its results appearing',
      '2021',
      'review',
      REV_4,
      { ...REV_4, 'lit2.fix': 1, 'lit2.total': 1 }
    ],
    ['表四 (2019): an item appears', '2019', 'review', REV_4, REV_5],
    ['表三: figures changed', '2021', 'requests', REQ_18, { ...REQ_18, 'next.tot': 12 }],
    [
      '表三: an item appears (部分公开)',
      '2021',
      'requests',
      REQ_18,
      { ...REQ_18, 'r2.tot': 2, 'r7.tot': 18, 'next.tot': 9 }
    ],
    ['表三: a sentence disappears (结转下年度 0)', '2021', 'requests', REQ_18, { ...REQ_18, 'next.tot': 0 }],
    ['表三: none → some', '2021', 'requests', {}, { 'new.np': 1, 'new.tot': 1, 'r1.tot': 1, 'r7.tot': 1 }],
    ['表三: some → none', '2021', 'requests', REQ_18, {}],
    [
      '表三: carried over only, no new requests',
      '2021',
      'requests',
      { 'carry.tot': 2, 'r1.tot': 2, 'r7.tot': 2 },
      REQ_18
    ],
    [
      '表三 (2019): （六）其他处理 appears',
      '2019',
      'requests',
      REQ_18,
      { ...REQ_18, 'r6.tot': 1, 'r7.tot': 17, 'next.tot': 10 }
    ],
    ['表三 (2019): none → some', '2019', 'requests', {}, REQ_18],
    ['表二: figures changed', '2021', 'active', ACTIVE_2021, { ...ACTIVE_2021, 'fees.amount': 36 }],
    ['表二: a list appears', '2021', 'active', ACTIVE_2021, { ...ACTIVE_2021, 'licence.decisions': 12 }],
    ['表二: 规章 appears', '2021', 'active', ACTIVE_2021, { ...ACTIVE_2021, 'reg.made': 1, 'reg.valid': 1 }],
    [
      '表二 (2019): an item appears',
      '2019',
      'active',
      ACTIVE_2019,
      { ...ACTIVE_2019, 'otherService.decisions': 4, 'procurement.projects': 2 }
    ],
    [
      '表二 (2019): an item disappears',
      '2019',
      'active',
      { ...ACTIVE_2019, 'penalty.decisions': 4, 'coercion.decisions': 1 },
      { ...ACTIVE_2019, 'penalty.decisions': 4 }
    ]
  ]

  it.each(rewrites)(
    '%s: the paragraph written before is rewritten in place',
    (_, format, table, was, now) => {
      const before = around(text(filled(format, table, was), table))
      const placed = place(format, table, before, now)
      expect(placed).toEqual({
        prose: around(text(filled(format, table, now), table)),
        outcome: 'replaced',
        duplicates: 0,
        kept: []
      })
    }
  )

  it('表二 (2019): a paragraph stating 采购总金额 in 元 is rewritten in 万元, and 增加 as 减少', () => {
    const fees = { ...ACTIVE_2019, 'fees.lastYear': 3, 'fees.change': 2, 'procurement.projects': 1 }
    const was = filled('2019', 'active', { ...fees, 'procurement.amount': 30000 })
    was.units = { 'procurement.amount': '元' }
    const now = filled('2019', 'active', { ...fees, 'fees.change': -1, 'procurement.amount': 3 })
    now.units = { 'procurement.amount': '万元' }
    expect(text(was, 'active')).toContain('本年增加2项。本年政府集中采购项目1个，采购总金额30000元。')
    expect(
      placeSummary(around(text(was, 'active')), text(now, 'active'), getFormat('2019'), 'active')
    ).toEqual({ prose: around(text(now, 'active')), outcome: 'replaced', duplicates: 0, kept: [] })
  })

  it.each([
    ['2021', ACTIVE_2021],
    ['2019', ACTIVE_2019]
  ] as const)('表二 (%s) some → none: the paragraph, nothing left to say, is taken out', (format, was) => {
    const before = around(text(filled(format, 'active', was), 'active'))
    expect(place(format, 'active', before, {})).toMatchObject({
      prose: `${OURS}\n${AFTER}`,
      outcome: 'removed'
    })
  })

  it('keeps the paragraph’s indent, and takes out copies an earlier version appended', () => {
    const was = text(filled('2021', 'review', REV_4), 'review')
    const appended = text(filled('2021', 'review', REV_5), 'review')
    const placed = place('2021', 'review', `${OURS}\n\u3000\u3000${was}\n${appended}`, {})
    expect(placed.prose).toBe(`${OURS}\n\u3000\u3000${text(filled('2021', 'review', {}), 'review')}`)
    expect(placed).toMatchObject({ outcome: 'replaced', duplicates: 1 })
  })

  it('finds and rewrites a paragraph written in the words of an earlier version (因政府信息公开被申请…)', () => {
    const was = text(filled('2021', 'review', REV_4), 'review').replaceAll('信息公开工作', '信息公开')
    expect(was).toContain('本年因政府信息公开被申请行政复议4件')
    const placed = place('2021', 'review', around(was), REV_5)
    expect(placed.prose).toBe(around(text(filled('2021', 'review', REV_5), 'review')))
    expect(placed.outcome).toBe('replaced')
  })

  it('says unchanged when the paragraph is already the table’s', () => {
    const now = around(text(filled('2021', 'review', REV_4), 'review'))
    expect(place('2021', 'review', now, REV_4)).toMatchObject({ prose: now, outcome: 'unchanged' })
  })

  it.each([
    ['review', '本年因政府信息公开被申请行政复议4件，均已依法办结。'],
    ['review', '本年未发生因政府信息公开被申请行政复议的情况，我们将继续做好复议应诉工作。'],
    ['requests', '本年度共收到政府信息公开申请25件，上年结转2件，均按时答复。'],
    ['requests', '本年新收政府信息公开申请25件。'],
    ['active', '本年制发规章1件。']
  ] as const)('leaves alone a paragraph the official wrote on %s: %s', (table, ours) => {
    const values = table === 'review' ? REV_5 : table === 'requests' ? REQ_18 : ACTIVE_2021
    const generated = text(filled('2021', table, values), table)
    expect(isSummaryOf(ours, getFormat('2021'), table)).toBe(false)
    const placed = place('2021', table, `${OURS}\n${ours}`, values)
    expect(placed.prose).toBe(`${OURS}\n${ours}\n${generated}`)
    expect(placed.outcome).toBe('written')
  })

  it('keeps a generated paragraph the official has since written into, and names it', () => {
    const was = text(filled('2021', 'review', REV_4), 'review')
    for (const edited of [
      `${was}上述案件均已依法办理。`,
      was.replace('其中', '其中经审理'),
      // the 行政复议 sentence alone: the 行政诉讼 one, always written, deleted
      '本年因政府信息公开被申请行政复议4件，其中结果维持2件，结果纠正1件，尚未审结1件。'
    ]) {
      const placed = place('2021', 'review', around(edited), REV_5)
      expect(placed.prose, edited).toBe(
        `${around(edited)}\n${text(filled('2021', 'review', REV_5), 'review')}`
      )
      expect(placed.outcome).toBe('written')
      // Named, as a sentence of it is still one the table's paragraph has.
      expect(placed.kept, edited).toEqual([edited])
    }
  })

  it.each(['2019', '2021'] as const)(
    'recognises whatever %s table it wrote, and nothing with a word changed',
    (format) => {
      // Tables that add up, from a fixed seed: each leaf 0 about half the time.
      let seed = 7
      const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647
      const totals: Record<TableId, [string, RegExp][]> = {
        active: [],
        requests: [
          ['new.tot', /^new\.(?!tot)/],
          ['r7.tot', /^r[1-6].*\.tot$/]
        ],
        review: ['rev', 'lit1', 'lit2'].map((b) => [`${b}.total`, new RegExp(`^${b}\\.(?!total)`)])
      } as Record<TableId, [string, RegExp][]>
      for (const table of TABLES)
        for (let n = 0; n < 200; n++) {
          const r = filled(format, table, {})
          const values = r.tables[table]
          const keys = Object.keys(values).filter(
            (k) => table !== 'requests' || /^(new|carry|next)\.|\.tot$/.test(k)
          )
          for (const k of keys) values[k] = random() < 0.5 ? 0 : Math.ceil(random() * 30)
          // 本年增/减 either way; 采购总金额 in either unit.
          for (const k of keys.filter((k) => k.endsWith('.change'))) values[k]! *= random() < 0.5 ? -1 : 1
          r.units = { 'procurement.amount': random() < 0.5 ? '元' : '万元' }
          for (const [total, parts] of totals[table]!)
            values[total] = keys.filter((k) => parts.test(k)).reduce((a, k) => a + (values[k] ?? 0), 0)
          const words = text(r, table)
          if (!words) continue
          expect(isSummaryOf(words, getFormat(format), table), words).toBe(true)
          expect(isSummaryOf(words.replace('件', '宗'), getFormat(format), table), words).toBe(false)
          expect(isSummaryOf(words.slice(0, -1), getFormat(format), table), words).toBe(false)
        }
    }
  )
})
