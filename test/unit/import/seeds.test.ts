// The seeds and the PDF-as-text fixtures import with every readable cell right; expectations were typed
// by hand from the sources (test/fixtures/import/*.expected.json).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importReport } from '@shared/import'
import type { ImportResult } from '@shared/import'
import { isTraditional } from '@shared/import/chinese'
import { checkReport } from '@shared/checks'
import { exportReport } from '@shared/export'
import { sampleReport } from '@shared/sample'
import { expectedCells, IMPORT_FIXTURES, loadExpected, SHARED } from './expect'

/** `import/…` is this repository's test/fixtures/import, anything else is under /work/shared. */
const pathOf = (rel: string): string =>
  rel.startsWith('import/') ? join(IMPORT_FIXTURES, rel.slice('import/'.length)) : join(SHARED, rel)

const read = async (rel: string): Promise<Extract<ImportResult, { ok: true }>> => {
  const path = pathOf(rel)
  const r = await importReport({ name: path, data: new Uint8Array(readFileSync(path)) })
  if (!r.ok) throw new Error(r.message)
  return r
}

const actualCells = (r: Extract<ImportResult, { ok: true }>): Map<string, unknown> =>
  new Map(
    Object.entries(r.report.tables).flatMap(([t, cells]) =>
      Object.entries(cells).map(([k, v]) => [`${t}:${k}`, v])
    )
  )

describe.each([
  'seed002-jilin.expected.json',
  'seed004-zengcheng.expected.json',
  'hongze2023.expected.json',
  'hongze2024.expected.json',
  'huaian2024.expected.json',
  // Cells separated by tabs (one left empty), labels broken over two lines, table 四 by spaces.
  'education2022.expected.json'
])('%s', (file) => {
  const expected = loadExpected(file)
  it('has the title, year and format', async () => {
    const { report } = await read(expected.source)
    expect([report.format, report.year, report.agency]).toEqual([
      expected.format,
      expected.year,
      expected.agency
    ])
  })
  it('reads every cell as the source prints it', async () => {
    const r = await read(expected.source)
    expect(actualCells(r)).toEqual(expectedCells(expected))
    expect(r.report.units ?? {}).toEqual(expected.units ?? {})
  })
  it('traces every cell read to its line; a blank cell is blank in the source or explained', async () => {
    const r = await read(expected.source)
    const lines = readFileSync(pathOf(expected.source), 'utf8').split('\n')
    for (const [ref, value] of actualCells(r)) {
      const [table, key] = ref.split(':') as ['active' | 'requests' | 'review', string]
      const trace = r.trace.tables[table][key]
      if (value === null) {
        // Blank in the source (traced, empty text), or not read for a reason the problems give.
        const row = `${table}:${key.split('.')[0]}.*`
        const explained = r.problems.some(
          (p) => [ref, `${table}:*`, row].includes(p.ref ?? '') || p.cells?.includes(ref)
        )
        expect(explained || trace?.text === '', ref).toBe(true)
        continue
      }
      expect(trace, ref).toBeDefined()
      if (!trace || !('line' in trace.loc)) throw new Error(`${ref} has no line`)
      // Seed 004 is converted to Simplified before reading; digits are the same in both scripts.
      expect(lines[trace.loc.line - 1]).toContain(trace.text)
    }
  })
})

describe('a cell printed with a unit, brackets or words (VAL-02)', () => {
  it.each([
    ['seeds/002_3653a5693d759def.txt', 'active:procurement.amount', '2000万', '2000万元'],
    ['seeds/002_3653a5693d759def.txt', 'active:otherService.change', '(增1)', '1'],
    ['seeds/004_f38c235b9a3e9290.txt', 'active:procurement.amount', '3481775656.00元', '3481775656元']
  ])('%s %s: read, and the published text is to be put right', async (src, ref, printed, read_) => {
    const r = await read(src)
    const notes = r.problems.filter((p) => p.ref === ref)
    expect(notes.map((p) => [p.level, p.message])).toEqual([
      ['warning', expect.stringContaining(`原文写作“${printed}”，已读作 ${read_}；`)]
    ])
  })

  it('says that only the zeros after the point are too many, where they are (3481775656.00元)', async () => {
    const r = await read('seeds/004_f38c235b9a3e9290.txt')
    const [note] = r.problems.filter((p) => p.ref === 'active:procurement.amount')
    expect(note?.message).toMatch(/原文写作“3481775656\.00元”，已读作 3481775656元；末尾的“\.00”不必写$/)
    expect(note?.message).not.toContain('应写成')
    const other = (await read('seeds/002_3653a5693d759def.txt')).problems.find(
      (p) => p.ref === 'active:procurement.amount'
    )
    expect(other?.message).not.toContain('不必写')
  })

  it('says nothing of an amount written as the app prints it (2000万元), as its own export does', async () => {
    const text = readFileSync(pathOf('seeds/002_3653a5693d759def.txt'), 'utf8').replace('2000万', '2000万元')
    const r = await importReport({ name: 'x.txt', data: text })
    if (!r.ok) throw new Error(r.message)
    expect(r.report.units).toEqual({ 'procurement.amount': '万元' })
    expect(r.problems.filter((p) => p.ref === 'active:procurement.amount')).toEqual([])
  })

  it.each([
    ['採購總金額(萬元)', '348177.5656', '万元'],
    ['採購總金額（元）', '3481775656', '元'],
    ['採購總金額（单位：万元）', '348177.5656', '万元']
  ])('takes the unit a column heading prints (%s) for a bare %s', async (heading, figure, unit) => {
    const text = readFileSync(pathOf('seeds/004_f38c235b9a3e9290.txt'), 'utf8')
      .replace('採購總金額\n', `${heading}\n`)
      .replace('3481775656.00元', figure)
    const r = await importReport({ name: 'x.txt', data: text })
    if (!r.ok) throw new Error(r.message)
    expect(r.report.tables.active['procurement.amount']).toBe(Number(figure))
    expect(r.report.units).toEqual({ 'procurement.amount': unit })
    expect(r.problems.filter((p) => p.ref === 'active:procurement.amount')).toEqual([])
    const findings = checkReport(r.report).filter((f) => f.cells?.includes('active:procurement.amount'))
    expect(findings.map((f) => f.rule)).not.toContain('cell.amountUnit')
  })

  it('without a unit in the heading or the cell, a bare amount is read without one', async () => {
    const text = readFileSync(pathOf('seeds/004_f38c235b9a3e9290.txt'), 'utf8').replace(
      '3481775656.00元',
      '52.15'
    )
    const r = await importReport({ name: 'x.txt', data: text })
    if (!r.ok) throw new Error(r.message)
    expect(r.report.units?.['procurement.amount']).toBeUndefined()
    const findings = checkReport(r.report).filter((f) => f.cells?.includes('active:procurement.amount'))
    expect(findings.map((f) => f.rule)).toContain('cell.amountUnit')
  })

  it('says nothing of plain numbers, signed changes and grouped thousands', async () => {
    for (const src of ['fixtures/2024_huaian_shi.txt', 'seeds/004_f38c235b9a3e9290.txt']) {
      const r = await read(src)
      const decorated = r.problems.filter((p) => p.message.includes('原文写作'))
      expect(
        decorated.every((p) => p.ref === 'active:procurement.amount'),
        src
      ).toBe(true)
    }
  })
})

describe('洪泽: a single （六）其他处理 row in a 2021 report', () => {
  // Printed as one row of zeros: no count is negative, so each of its three items is 0 as well.
  it.each(['fixtures/2023_hongze_qu.txt', 'fixtures/2024_hongze_qu.txt'])('%s', async (src) => {
    const r = await read(src)
    for (const row of ['r6_1', 'r6_2', 'r6_3'])
      for (const col of ['np', 'biz', 'sci', 'npo', 'law', 'oth', 'tot'])
        expect(r.report.tables.requests[`${row}.${col}`]).toBe(0)
    const merged = r.problems.filter((p) => p.message.includes('（六）其他处理'))
    expect(merged).toHaveLength(1)
    expect(merged[0]).toMatchObject({ level: 'warning', ref: 'requests:r6_1.*' })
    expect(merged[0].message).toMatch(/印为一行，全部是 0；.*各项也都按 0 填入/)
    expect(merged[0].cells).toHaveLength(21)
  })

  it('reads the group’s row of zeros with the “-” a copy adds after it (seed 004) as that row', async () => {
    const text = readFileSync(pathOf('fixtures/2023_hongze_qu.txt'), 'utf8')
    const line = text.split('\n').find((l) => /（六）其他处理/.test(l))!
    const r = await importReport({ name: 'x.txt', data: text.replace(line, `${line} -`) })
    if (!r.ok) throw new Error(r.message)
    for (const row of ['r6_1', 'r6_2', 'r6_3']) expect(r.report.tables.requests[`${row}.tot`]).toBe(0)
    expect(r.problems.filter((p) => p.message.includes('（六）其他处理')).map((p) => p.level)).toEqual([
      'warning'
    ])
  })

  it('leaves items read on their own lines as read, the group row then being their total', async () => {
    const text = readFileSync(pathOf('fixtures/2023_hongze_qu.txt'), 'utf8')
    const line = text.split('\n').find((l) => /（六）其他处理/.test(l))!
    const items = [
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 2 0 0 0 0 0 2',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0',
      '3.其他 0 0 0 0 0 0 0'
    ]
    const r = await importReport({
      name: 'x.txt',
      data: text.replace(line, [line, ...items].join('\n'))
    })
    if (!r.ok) throw new Error(r.message)
    expect([r.report.tables.requests['r6_1.np'], r.report.tables.requests['r6_1.tot']]).toEqual([2, 2])
    // the group's own line printed 0 over items of 2: a subtotal that is not their sum (T3-04), named
    expect(r.problems.filter((p) => p.message.includes('（六）其他处理')).map((p) => p.message)).toEqual(
      ['自然人', '总计'].map(
        (col) =>
          `表三“（六）其他处理”行“${col}”列印有小计 0，但其下各项之和为 2：小计应等于各项之和（法定格式中此行不填数字）`
      )
    )
  })

  it('says nothing of a group line whose figures are its items’ sums', async () => {
    const text = readFileSync(pathOf('fixtures/2023_hongze_qu.txt'), 'utf8')
    const line = text.split('\n').find((l) => /（六）其他处理/.test(l))!
    const items = [
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他'
    ]
    const r = await importReport({
      name: 'x.txt',
      data: text.replace(line, [line, ...items.map((l) => `${l} 0 0 0 0 0 0 0`)].join('\n'))
    })
    if (!r.ok) throw new Error(r.message)
    expect(r.problems.filter((p) => p.message.includes('（六）其他处理'))).toEqual([])
  })

  it('leaves the items blank when the one row has a figure other than 0, which cannot be split', async () => {
    const text = readFileSync(pathOf('fixtures/2024_hongze_qu.txt'), 'utf8')
    const line = text.split('\n').find((l) => /（六）其他处理/.test(l))!
    const changed = text.replace(line, line.replace(/0(\s+\S+\s*)$/, '2$1'))
    expect(changed).not.toBe(text)
    const r = await importReport({ name: 'x.txt', data: new TextEncoder().encode(changed) })
    if (!r.ok) throw new Error(r.message)
    expect(r.report.tables.requests['r6_1.np']).toBeNull()
    const merged = r.problems.filter((p) => p.message.includes('（六）其他处理'))
    expect(merged.map((p) => p.level)).toEqual(['error'])
  })
})

describe('pdftotext without -layout (columns read one after another)', () => {
  it('never puts a value in the wrong cell: each cell read agrees with the -layout copy, each blank is explained', async () => {
    const raw = await read('fixtures/2024_hongze_qu_rawtext.txt')
    const cells = expectedCells(loadExpected('hongze2024.expected.json'))
    let read_ = 0
    for (const [ref, value] of actualCells(raw)) {
      if (value === null) {
        const [table, key] = ref.split(':')
        const row = key.split('.')[0]
        expect(
          raw.problems.some((p) => [ref, `${table}:*`, `${table}:${row}.*`].includes(p.ref ?? '')),
          ref
        ).toBe(true)
      } else {
        read_++
        expect(value, ref).toBe(cells.get(ref))
      }
    }
    expect(read_).toBeGreaterThan(20)
  })

  it('says where a table not read in full left its words in the prose, and nowhere else', async () => {
    const raw = await read('fixtures/2024_hongze_qu_rawtext.txt')
    const residue = raw.problems.filter((p) => p.message.includes('可能是表格没有完整读取时留下的'))
    expect(residue.map((p) => [p.level, p.ref])).toEqual([
      ['warning', 'sections:active'],
      ['warning', 'sections:requests'],
      ['warning', 'sections:review']
    ])
    expect(raw.report.sections.active).toContain('信息内容')
    expect(residue[0].message).toMatch(
      /^“二、主动公开政府信息情况”的文字中混有表二的内容（“第二十条第（八）项”/
    )
    // the -layout copy of the same report, whose tables are read, says nothing of the kind
    // labels are named before bare numbers (四 holds “总计” and “3”)
    expect(residue[2].message).toContain('（“总计”、“3”等）')
    // each names words of its part to select there: a label of the table, the longest of those it names
    expect(residue.map((p) => p.quote)).toEqual([
      '本年收费金额（单位：万元）',
      '2.没有现成信息需要另行制作',
      '总计'
    ])
    for (const p of residue) {
      const id = p.ref!.split(':')[1] as keyof typeof raw.report.sections
      expect(raw.report.sections[id]).toContain(p.quote)
    }
    const layout = await read('fixtures/2024_hongze_qu.txt')
    expect(layout.problems.some((p) => p.message.includes('没有完整读取时留下'))).toBe(false)
  })
})

describe('seed 002: four reports on one page', () => {
  it('imports the 吉林省商务厅 2020 report and names the others', async () => {
    const r = await read('seeds/002_3653a5693d759def.txt')
    expect(r.report.title).toBe('2020年吉林省商务厅政府信息公开年度报告')
    const others = r.problems.find((p) => p.message.startsWith('本页还包含其他报告'))
    expect(others?.message).toContain('山西省商务厅2018年')
    expect(others?.message).toContain('广东省人民政府2018年')
    expect(others?.message).toContain('珠海市')
    // Nothing of the other reports or of the price ads leaks into the chosen one.
    const all = Object.values(r.report.sections).join('\n')
    expect(all).not.toMatch(/珠海|广东省人民政府|查看价格|山西/)
    expect(r.report.sections.problems).toMatch(/^2020年,省商务厅政府信息公开工作取得一定成效/)
    expect(r.report.sections.other).toBe('无其他需要报告的事项。')
  })

  it('lists every report on the page, and reads another when asked', async () => {
    const r = await read('seeds/002_3653a5693d759def.txt')
    const titles = r.several?.titles ?? []
    expect(titles).toHaveLength(4)
    expect(titles[r.several?.chosen ?? -1]).toBe('2020年吉林省商务厅政府信息公开年度报告')
    const zhuhai = titles.findIndex((t) => t.includes('珠海'))
    expect(zhuhai).toBeGreaterThanOrEqual(0)
    const path = pathOf('seeds/002_3653a5693d759def.txt')
    const other = await importReport({ name: path, data: readFileSync(path), choose: zhuhai })
    if (!other.ok) throw new Error(other.message)
    expect(other.report.title).toBe(titles[zhuhai])
    expect(other.several).toEqual({ titles, chosen: zhuhai })
    expect(Object.values(other.report.sections).join('\n')).not.toMatch(/吉林|山西|广东省人民政府/)
    expect(other.problems.map((p) => p.message)).toContain(
      `本页含有多份报告，按所选导入了：${titles[zhuhai]}`
    )
    const left = other.problems.find((p) => p.message.startsWith('本页的其他报告'))?.message
    expect(left).toContain('吉林省商务厅')
    expect(left).toContain('可再次导入这个文件并选择它')
  })

  it('a page of one report lists none, and a choice out of range reads the usual one', async () => {
    expect((await read('seeds/004_f38c235b9a3e9290.txt')).several).toBeUndefined()
    const path = pathOf('seeds/002_3653a5693d759def.txt')
    const r = await importReport({ name: path, data: readFileSync(path), choose: 9 })
    if (!r.ok) throw new Error(r.message)
    expect(r.report.title).toBe('2020年吉林省商务厅政府信息公开年度报告')
  })
})

describe('Traditional mirrors come out Simplified', () => {
  it('seed 004: prose and labels in Simplified, mirror words undone', async () => {
    const r = await read('seeds/004_f38c235b9a3e9290.txt')
    const prose = Object.values(r.report.sections).join('\n')
    expect(isTraditional(prose)).toBe(false)
    expect(prose).toContain('增城区坚持以习近平新时代中国特色社会主义思想为指导')
    expect(prose).toContain('门户网站')
    expect(prose).not.toMatch(/入口网站|檔案|档案|總體|區/)
    expect(r.report.agency).toBe('广州市增城区人民政府')
    expect(r.problems.some((p) => p.message.includes('繁体'))).toBe(true)
  })
  it('seed 000 (legacy): six parts as text, 附表 kept as found in 其他, mirror words undone', async () => {
    const r = await read('seeds/000_2ce564af3c6c5d5d.txt')
    expect([r.report.format, r.report.year, r.report.agency]).toEqual([
      'legacy',
      2014,
      '广州市荔湾区人民政府'
    ])
    const s = r.report.sections
    expect(s.active).toContain('3.规范性文件216条')
    expect(s.overview).toContain('《广州市荔湾区政府门户网站管理暂行办法》')
    expect(s.overview).toContain('优化行政审批和公共服务事项')
    expect(Object.values(s).join('\n')).toMatch(/相关凭证\s*打印/)
    expect(Object.values(s).join('\n')).not.toContain('列印')
    expect(s.review).toMatch(/^本区人民政府\(区法制办、区行政复议办\)2014年度发生/)
    // 附表 lines in their printed order, nothing summed or dropped.
    expect(s.other).toContain(
      '附表2 依申请公开情况统计单位:条\n指标\n数量\n依申请公开信息目录数\n申请总数\n91'
    )
    expect(s.other).toMatch(/附表4 申诉情况统计表单位:件\n指标\n数量\n行政复议数\n0\n行政诉讼数\n0$/)
    // The part 四 其他情况 is not statutory: kept with its heading inside the part before it.
    expect(s.requests).toContain('四 其他情况\n本区人民政府(含下属部门)2014年度共接受市民咨询52359次')
  })
})

describe('reports without tables or title', () => {
  it('seed 003: year from the text, tables 二–四 reported missing, cells blank', async () => {
    const r = await read('seeds/003_45be4a81e410cd61.txt')
    expect([r.report.format, r.report.year, r.report.agency]).toEqual(['2019', 2019, ''])
    expect(Object.values(r.report.tables.requests).every((v) => v === null)).toBe(true)
    expect(r.problems.filter((p) => p.message.startsWith('没有找到表')).map((p) => p.ref)).toEqual([
      'active:*',
      'requests:*',
      'review:*'
    ])
    expect(r.report.sections.other).toContain('https://www.gzns.gov.cn/')
    expect(r.report.sections.other).not.toMatch(/版权所有|ICP/)
  })
  it('seed 001: legacy prose, 五 with its improvement plan', async () => {
    const r = await read('seeds/001_b8f27916e8f9841a.txt')
    // “2016年下陆区政府信息公开工作年度报告”: the district's government, by its legal name.
    expect([r.report.format, r.report.year, r.report.agency, r.report.agencyKind]).toEqual([
      'legacy',
      2016,
      '下陆区人民政府',
      'government'
    ])
    expect(r.report.sections.overview).toContain('2015年,下陆区政府信息公开工作始终坚持')
    expect(r.report.sections.problems).toContain('(二)改进措施')
    // a body line naming a source is the report's own words, kept
    const own = await importReport({
      name: 'x.txt',
      data: '2016年下陆区政府信息公开工作年度报告\n一、概述\n全区主动公开信息120条。\n（来源：各镇街上报数据）\n二、主动公开政府信息情况\n'
    })
    expect(own.ok && own.report.sections.overview).toContain('（来源：各镇街上报数据）')
    // the page's byline under the article is not part of 五
    expect(r.report.sections.problems.trimEnd()).toMatch(/示范带动作用。适时开展工作交流.*加强业务交流。$/)
  })
})

describe('the format comes from the table labels first, the year second', () => {
  it('2019 tables in a report on 2022 are read as 2019 tables, with an STR-03 problem', async () => {
    const text = readFileSync(pathOf('seeds/004_f38c235b9a3e9290.txt'), 'utf8').replace(
      /2020年政府/g,
      '2022年政府'
    )
    const r = await importReport({ name: 'x.txt', data: text })
    if (!r.ok) throw new Error(r.message)
    expect([r.report.year, r.report.format]).toEqual([2022, '2019'])
    expect(r.report.tables.active['licence.change']).toBe(-46)
    // Said in words: the rule's id (STR-03) is the project's, not the person's.
    expect(r.problems.find((p) => p.ref === 'meta:format')?.message).toBe(
      '2022年的报告应使用2021年版格式的表格，但原文表格是2019年版格式，已按原文格式读取'
    )
  })
  it('2021 tables in a report on 2020 stay 2021 tables', async () => {
    const text = readFileSync(pathOf('fixtures/2024_huaian_shi.txt'), 'utf8').replace(
      '2024 年政府信息公开',
      '2020 年政府信息公开'
    )
    const r = await importReport({ name: 'x.txt', data: text })
    if (!r.ok) throw new Error(r.message)
    expect([r.report.year, r.report.format]).toEqual([2020, '2021'])
    expect(r.report.tables.requests['r6_3.tot']).toBe(110)
  })
})

describe('信息处理费 stated in words in section 六', () => {
  it('takes an explicit figure and leaves what is not stated blank', async () => {
    const huaian = await read('fixtures/2024_huaian_shi.txt')
    expect(huaian.report.fees).toEqual({ notices: null, noticedAmount: null, collected: 3940 })
    expect(huaian.trace.fees?.collected?.text).toBe('全年收取政府信息公开信息处理费 3940 元')
    const education = await read('import/education2022.txt')
    // “未发出收费通知，未收取信息处理费” states three zeros, as the checks and the export read it (the
    // export leaves out a clause the prose states so): taken, each named to be checked.
    expect(education.report.fees).toEqual({ notices: 0, noticedAmount: 0, collected: 0 })
    expect(education.problems.filter((p) => p.ref?.startsWith('fees:')).map((p) => p.message)).toEqual([
      '信息处理费“收费通知件数”按第六部分的文字“未发出收费通知”填为 0，请核对',
      '信息处理费“收费通知总金额”按第六部分的文字“未发出收费通知”填为 0，请核对',
      '信息处理费“实际收取总金额”按第六部分的文字“未收取”填为 0，请核对'
    ])
  })

  it('a report whose 六 says no fee was collected comes back from its own Word export as it was', async () => {
    const report = sampleReport()
    report.sections.other = '本年度没有收取信息处理费。'
    report.fees = { notices: 0, noticedAmount: 0, collected: 0 }
    const out = await exportReport(report, 'docx')
    const back = await importReport({ name: out.fileName, data: out.data as Uint8Array })
    if (!back.ok) throw new Error(back.message)
    expect(back.report.fees).toEqual(report.fees)
    expect(back.report.sections.other).toBe('本年度没有收取信息处理费。')
    expect(checkReport(back.report).filter((f) => f.rule.startsWith('fees'))).toEqual([])
  })

  it('takes back its own Word export’s fee line without a note quoting the words it took out of 六', async () => {
    const report = sampleReport()
    report.sections.other = '本年度未收取信息处理费。无其他需要报告的事项。'
    report.fees = { notices: 0, noticedAmount: 0, collected: 0 }
    const out = await exportReport(report, 'docx')
    const back = await importReport({ name: out.fileName, data: out.data as Uint8Array })
    if (!back.ok) throw new Error(back.message)
    expect(back.report.fees).toEqual(report.fees)
    expect(back.report.sections.other).toBe(report.sections.other)
    // 发出信息处理费收费通知0件 and 收费通知总金额0元 were the export's, gone from 六 with the import: only the
    // official's own 未收取 is named, and a note's words are in 六, where 导入说明 sends the official to find them.
    const notes = back.problems.filter((p) => p.ref?.startsWith('fees:')).map((p) => p.message)
    expect(notes).toEqual(['信息处理费“实际收取总金额”按第六部分的文字“未收取”填为 0，请核对'])
  })

  it('says where its own fee line went when the words of 六 state the figure otherwise', async () => {
    const report = sampleReport()
    report.sections.other = '本年度发出收费通知1件。'
    report.fees = { notices: 2, noticedAmount: 100, collected: 100 }
    const out = await exportReport(report, 'docx')
    const back = await importReport({ name: out.fileName, data: out.data as Uint8Array })
    if (!back.ok) throw new Error(back.message)
    expect(back.report.fees).toEqual(report.fees)
    expect(back.report.sections.other).toBe(report.sections.other)
    expect(back.problems.filter((p) => p.ref?.startsWith('fees:')).map((p) => p.message)).toEqual([
      '第六部分对信息处理费“收费通知件数”写了两个不同的数：本软件导出时加在末尾的“发出信息处理费收费通知2件”和文字中的“发出收费通知1件”；已按前者填为 2（末尾这句导入时已从文字中移出，它的数在信息处理费一栏），请核对后改正文字或信息处理费一栏中不对的一处'
    ])
  })
})

describe('titles', () => {
  it.each([
    ['本溪市人民政府2022年政府信息公开工作年度报告', '本溪市人民政府', 2022],
    ['2019年我市政府信息公开工作年度报告', '', 2019],
    ['关于某某县人民政府2023年政府信息公开工作年度报告', '某某县人民政府', 2023],
    // a centred title wrapped inside a word, as a PDF sets it
    ['某某市人民政府2024年政府信息公开工作年\n                度报告', '某某市人民政府', 2024],
    ['某某镇人民政府２０２３年度政府信息公开工作年度报告', '某某镇人民政府', 2023],
    // “…区政府信息公开”: the place's government by its legal name; a zone has a 管委会, named as written
    ['2016年下陆区政府信息公开工作年度报告', '下陆区人民政府', 2016],
    ['2023年成都高新区政府信息公开工作年度报告', '成都高新区政府', 2023],
    ['现公布2020年吉林省商务厅政府信息公开年度报告。', undefined, undefined],
    ['关于印发2020年政府信息公开工作年度报告的通知', undefined, undefined]
  ])('%s', async (title, agency, year) => {
    const r = await importReport({
      name: 't.txt',
      data: `${title}\n一、总体情况\n正文。\n二、主动公开政府信息情况\n`
    })
    if (agency === undefined) {
      expect(r.ok && r.report.title).not.toBe(title)
      return
    }
    expect(r.ok && [r.report.agency, r.report.year]).toEqual([agency, year])
  })
})

describe('page furniture inside tables and prose', () => {
  it('a running head and page numbers between the rows change no cell and stay out of the text', async () => {
    const src = readFileSync(pathOf('fixtures/2023_hongze_qu.txt'), 'utf8').split('\n')
    const at = (needle: string): number => src.findIndex((l) => l.includes(needle))
    const page = [
      '',
      '            洪泽区人民政府 2023 年政府信息公开工作年度报告',
      '                 — 7 —',
      ''
    ]
    src.splice(at('4.保护第三方合法权益'), 0, ...page)
    src.splice(at('健康发展'), 0, ...page)
    const r = await importReport({ name: 'x.txt', data: src.join('\n') })
    if (!r.ok) throw new Error(r.message)
    const clean = await read('fixtures/2023_hongze_qu.txt')
    expect(r.report.tables).toEqual(clean.report.tables)
    expect(r.report.sections).toEqual(clean.report.sections)
  })
})

describe('PDF rows that lost their blank cells', () => {
  const blank = (line: string, keep: number[]): string => {
    // Replace the values not kept by spaces, so the others stay in their columns.
    let k = -1
    return line.replace(/(?<=\s)\d+(?=\s|$)/g, (m) => (keep.includes(++k) ? m : ' '.repeat(m.length)))
  }
  it('places each value by its column when the position is clear; the other cells are blank', async () => {
    const src = readFileSync(pathOf('fixtures/2024_huaian_shi.txt'), 'utf8').split('\n')
    const i = src.findIndex((l) => l.includes('1.本机关不掌握相关政府信息'))
    src[i] = blank(src[i], [0, 4, 6]) // 自然人 746, 法律服务机构 10, 总计 769
    const r = await importReport({ name: 'x.txt', data: src.join('\n') })
    if (!r.ok) throw new Error(r.message)
    const row = ['np', 'biz', 'sci', 'npo', 'law', 'oth', 'tot'].map(
      (c) => r.report.tables.requests[`r4_1.${c}`]
    )
    expect(row).toEqual([746, null, null, null, 10, null, 769])
    expect(r.trace.tables.requests['r4_1.biz'].text).toBe('')
    expect(r.problems.some((p) => p.ref === 'requests:r4_1.*' && p.level === 'notice')).toBe(true)
    // The rows around it are untouched.
    expect(r.report.tables.requests['r3_8.tot']).toBe(105)
    expect(r.report.tables.requests['r4_2.tot']).toBe(11)
  })
  it('leaves the row blank when a value sits between two columns', async () => {
    const src = readFileSync(pathOf('fixtures/2024_huaian_shi.txt'), 'utf8').split('\n')
    const i = src.findIndex((l) => l.includes('1.本机关不掌握相关政府信息'))
    const kept = blank(src[i], [0, 6])
    // Move 自然人's 746 halfway towards 商业企业 (their columns end at 35 and 45).
    src[i] = kept.replace('746     ', '     746')
    const r = await importReport({ name: 'x.txt', data: src.join('\n') })
    if (!r.ok) throw new Error(r.message)
    expect(['np', 'tot'].map((c) => r.report.tables.requests[`r4_1.${c}`])).toEqual([null, null])
    expect(r.problems.some((p) => p.ref === 'requests:r4_1.*' && p.level === 'error')).toBe(true)
  })
})

describe('row labels worded otherwise than the law (STR-05)', () => {
  const reworded = (r: Extract<ImportResult, { ok: true }>): string[] =>
    r.problems.filter((p) => p.message.includes('在原文中写作')).map((p) => p.message)

  it('names a 2019 row in a 2021 table (规范性文件 for 行政规范性文件), read all the same', async () => {
    const r = await read('import/doc/features.doc')
    expect(reworded(r)).toEqual([
      '表二“行政规范性文件”行在原文中写作“规范性文件”，已按此行读取；表格的行名应与法定格式一字不差（本软件导出的表格用的就是法定行名）'
    ])
    expect(r.problems.find((p) => p.message.startsWith('表二“行政规范性文件”'))?.level).toBe('warning')
    // A Word table's row is sure: the published report's error, for 批量检查 and the CLI.
    expect(r.problems.find((p) => p.message.startsWith('表二“行政规范性文件”'))?.finding).toEqual({
      rule: 'table.rowLabel',
      severity: 'error'
    })
  })

  it('says nothing of the law’s labels wrapped in a PDF’s narrow label column, its tail on the lines after', async () => {
    // The app's own PDF (Chromium's print of the HTML export, as its reader lays it out) and LibreOffice's of
    // its Word export: …反复申 / 0 0 0 / 请, 其他处不补正、… beside a group's words, （五）不 版物, …确认或重 /
    // a page's headings / 新出具已获取信息.
    for (const f of [
      'import/pdf/town-2026.chromium-pdf.txt',
      'import/pdf/valid-2021.chromium-pdf.txt',
      'import/pdf/valid-2021.libreoffice.pdf'
    ])
      expect(reworded(await read(f))).toEqual([])
  })

  it('asks to check, but counts no error for, a PDF’s label short of its last word', async () => {
    const text = readFileSync(pathOf('import/pdf/town-2026.chromium-pdf.txt'), 'utf8')
    const lines = text.split('\n')
    const head = lines.findIndex((l) => l.trim() === '4.⽆正当理由⼤量反复申')
    expect(lines[head + 2].trim()).toBe('请')
    // 请 gone, what follows is the next row's label (5.要求…): it is not taken for the tail.
    const cut = [...lines.slice(0, head + 2), ...lines.slice(head + 3)].join('\n')
    const r = await importReport({ name: 'x.txt', data: cut })
    if (!r.ok) throw new Error(r.message)
    const notes = r.problems.filter((p) => p.message.includes('在原文中写作'))
    expect(notes.map((p) => p.message)).toEqual([
      '表三“4.无正当理由大量反复申请”行在原文中写作“4.无正当理由大量反复申”，已按此行读取；表格的行名应与法定格式一字不差（本软件导出的表格用的就是法定行名）'
    ])
    // A PDF's cell may break its label where no layout can tell: only asked to be checked.
    expect([notes[0].level, notes[0].finding]).toEqual(['warning', undefined])
  })

  it('names a word left out (需另行制作), in a web copy’s text', async () => {
    const r = await read('seeds/004_f38c235b9a3e9290.txt')
    expect(reworded(r)).toEqual([
      '表三“2.没有现成信息需要另行制作”行在原文中写作“2.没有现成信息需另行制作”，已按此行读取；表格的行名应与法定格式一字不差（本软件导出的表格用的就是法定行名）'
    ])
  })

  it('says nothing of a label a PDF’s layout wrapped over lines (…行政止公开 / 法规禁)', async () => {
    for (const f of ['fixtures/2024_hongze_qu.txt', 'fixtures/2024_huaian_shi.txt'])
      expect(reworded(await read(f))).toEqual([])
  })
})
