import { describe, expect, it } from 'vitest'
import { getFormat } from '@shared/formats'
import { exportReport, exportTxt } from '@shared/export'
import { displayWidth } from '@shared/export/width'
import { filledReport, printedValue } from './reports'

const VALUE = /^([-+]?\d+(?:\.\d+)?(?:万元|元)?|-)$/

/** The lines of each table: those under its section heading that are not prose (prose is indented by full-width spaces). */
function tableBlocks(txt: string, headings: string[], tables: string[]): string[][] {
  const lines = txt.split('\r\n')
  return tables.map((heading) => {
    const from = lines.indexOf(heading) + 1
    const next = headings.map((h) => lines.indexOf(h)).find((i) => i >= from) ?? lines.length
    return lines.slice(from, next).filter((l) => l !== '' && !l.startsWith('\u3000'))
  })
}

/** Display columns at which each whitespace-separated token of a line ends. */
function tokenEnds(line: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = []
  for (const m of line.matchAll(/\S+/g)) {
    const start = displayWidth(line.slice(0, m.index))
    out.push({ token: m[0], start, end: start + displayWidth(m[0]) })
  }
  return out
}

describe('display width', () => {
  it('counts CJK, full-width forms and Chinese quotes as two columns', () => {
    expect(displayWidth('ab12')).toBe(4)
    expect(displayWidth('政府')).toBe(4)
    expect(displayWidth('（一）')).toBe(6)
    expect(displayWidth('“三安全一稳定”')).toBe(16)
    expect(displayWidth('１２３')).toBe(6)
  })
})

describe('txt export', () => {
  for (const year of [2024, 2020]) {
    const r = filledReport(year)
    const format = getFormat(r.format)
    const txt = exportTxt(r)
    const lines = txt.split('\r\n')
    const headings = format.sections.map((s) => s.heading)
    const blocks = tableBlocks(
      txt,
      headings,
      format.tables.map((t) => format.sections.find((s) => s.table === t.id)!.heading)
    )

    it(`${year}: title first, then the six headings in statutory order, each on its own line`, () => {
      expect(lines[0]).toBe(r.title)
      const at = headings.map((h) => lines.indexOf(h))
      expect(at.every((i) => i > 0)).toBe(true)
      expect([...at].sort((a, b) => a - b)).toEqual(at)
    })

    it(`${year}: prose as indented paragraphs under its heading`, () => {
      const h = lines.indexOf(headings[0])
      expect(lines.slice(h + 1, h + 4)).toEqual([
        '　　2024年，本区认真贯彻落实《中华人民共和国政府信息公开条例》。',
        '　　（一）主动公开。全年主动公开政府信息1860条。',
        '　　（二）依申请公开。本年新收申请27件。'
      ])
    })

    it(`${year}: every table value in reading order, blanks shown as - and never as 0`, () => {
      format.tables.forEach((t, i) => {
        const expected = t.grid.flatMap((row) =>
          row.flatMap((g) => {
            if (g.kind !== 'value') return []
            const v = r.tables[t.id][g.key]
            return [printedValue(v, g.key, '-')]
          })
        )
        const seen = blocks[i].flatMap((l) => l.split(/\s+/)).filter((s) => VALUE.test(s))
        expect(seen).toEqual(expected)
        expect(expected.filter((v) => v === '-').length).toBeGreaterThan(0)
      })
    })

    it(`${year}: values right-aligned in columns by display width, under CJK labels`, () => {
      format.tables.forEach((t, i) => {
        const rows = blocks[i]
          .map(tokenEnds)
          .map((tokens) => tokens.filter((x) => VALUE.test(x.token)).map((x) => x.end))
          .filter((ends) => ends.length > 1)
        // rows with the same number of values end each value at the same display column
        const byCount = new Map<number, string>()
        for (const ends of rows) {
          const key = ends.join(',')
          expect(byCount.get(ends.length) ?? key).toBe(key)
          byCount.set(ends.length, key)
        }
        expect(rows.length).toBeGreaterThan(0)
      })
    })

    it(`${year}: every header and label printed whole, no | or rule lines`, () => {
      format.tables.forEach((t, i) => {
        const block = blocks[i].join('\n')
        for (const row of t.grid)
          for (const g of row) if (g.kind === 'header' || g.kind === 'label') expect(block).toContain(g.text)
        // A + before a figure is its sign (本年增/减); one beside a rule line is a box drawn in text.
        expect(block).not.toMatch(/\||\+(?!\d)|--/)
      })
    })

    it(`${year}: merged headers centred over the columns they span; group labels on their own line`, () => {
      const block = blocks[format.tables.findIndex((t) => t.id === 'requests')]
      const at = (text: string) => block.findIndex((l) => l.includes(text))
      const span = tokenEnds(block[at('法人或其他组织')]).find((x) => x.token === '法人或其他组织')!
      const subs = tokenEnds(block[at('商业企业')])
      const first = subs.find((x) => x.token === '商业企业')!
      const last = subs.find((x) => x.token === '其他')!
      expect(span.start).toBeGreaterThanOrEqual(first.start)
      expect(span.end).toBeLessThanOrEqual(last.end)
      expect(Math.abs(span.start - first.start - (last.end - span.end))).toBeLessThanOrEqual(1)
      for (const group of ['三、本年度办理结果', '（三）不予公开', '（五）不予处理'])
        expect(block[at(group)].trim()).toBe(group)
      expect(block[at('1.属于国家秘密')]).toMatch(/^ {4}1\.属于国家秘密/)
    })
  }

  it('exportReport gives the text with a UTF-8 byte-order mark for old Notepad', async () => {
    const r = filledReport(2024)
    const out = await exportReport(r, 'txt')
    expect(out.data).toBe('\uFEFF' + exportTxt(r))
    expect(out.fileName).toBe(`${r.title}.txt`)
    expect(out.mime).toBe('text/plain;charset=utf-8')
  })

  it('prose pasted with its own heading prints the heading once', () => {
    const r = filledReport(2024)
    r.sections.problems = '五、存在的主要问题及改进情况\n一是公开目录更新不及时。'
    const lines = exportTxt(r).split('\r\n')
    expect(lines.filter((l) => l.includes('五、存在的主要问题及改进情况'))).toHaveLength(1)
    expect(lines).toContain('　　一是公开目录更新不及时。')
  })

  it('prose pasted with its heading worded otherwise prints the heading once too; another part’s heading stays', () => {
    for (const heading of ['一、总体情况：', '一、 总体情况', '总体情况', '一．总体情况']) {
      const r = filledReport(2024)
      r.sections.overview = `${heading}\n本年度，我区认真贯彻条例。`
      const lines = exportTxt(r).split('\r\n')
      expect(
        lines.filter((l) => l.includes('总体情况')),
        heading
      ).toHaveLength(1)
      expect(lines).toContain('　　本年度，我区认真贯彻条例。')
    }
    const r = filledReport(2024)
    r.sections.problems = '五、存在的主要问题和改进措施\n一是公开目录更新不及时。'
    expect(exportTxt(r)).not.toContain('存在的主要问题和改进措施')
    // the heading of another part, pasted into this one, is the writer's to see: printed
    r.sections.problems = '六、其他需要报告的事项\n一是公开目录更新不及时。'
    expect(exportTxt(r).split('六、其他需要报告的事项')).toHaveLength(3)
    // a first line that is a heading and its first sentence is no heading alone: kept whole
    r.sections.problems = '五、存在的主要问题及改进情况一是公开目录更新不及时。'
    expect(exportTxt(r)).toContain('五、存在的主要问题及改进情况一是公开目录更新不及时。')
  })

  it('a report without a title yet carries the statutory one, in the text and the file name', async () => {
    const r = filledReport(2024)
    r.title = '  '
    expect(exportTxt(r).split('\r\n')[0]).toBe('某某市某某区人民政府2024年政府信息公开工作年度报告')
    expect((await exportReport(r, 'docx')).fileName).toBe(
      '某某市某某区人民政府2024年政府信息公开工作年度报告.docx'
    )
  })

  it('states the form’s 信息处理费 figures at the end of section 六 (2021 format only)', () => {
    const lines = exportTxt(filledReport(2024)).split('\r\n')
    const at = lines.indexOf('六、其他需要报告的事项')
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '　　本年度无其他需要报告的事项。',
      '　　本年度发出信息处理费收费通知2件，收费通知总金额300元，实际收取总金额200元。'
    ])
    expect(exportTxt(filledReport(2020))).not.toContain('发出信息处理费收费通知')
    const partial = filledReport(2024)
    partial.fees = { notices: 0, noticedAmount: null, collected: 0 }
    expect(exportTxt(partial)).toContain('　　本年度发出信息处理费收费通知0件，实际收取总金额0元。')
    const none = filledReport(2024)
    none.fees = { notices: null, noticedAmount: null, collected: null }
    expect(exportTxt(none)).not.toContain('发出信息处理费收费通知')
    const stated = filledReport(2024)
    stated.sections.other = '本年度发出收费通知2件，金额300元，实际收取200元。'
    expect(exportTxt(stated)).not.toContain('发出信息处理费收费通知')
  })

  it('prints a sum’s binary noise as the figure it stands for, and leaves a real excess of decimals as it is', () => {
    const r = filledReport(2024)
    r.tables.active['fees.amount'] = 0.1 + 0.2
    r.fees.collected = 100.1 + 0.2
    expect(exportTxt(r)).toMatch(/行政事业性收费 +0\.3\r\n/)
    expect(exportTxt(r)).toContain('实际收取总金额100.3元')
    r.tables.active['fees.amount'] = 0.0000001
    expect(exportTxt(r)).toMatch(/行政事业性收费 +0\.0000001\r\n/)
  })

  it('a legacy report has its six sections and no tables', () => {
    const r = filledReport(2014)
    const txt = exportTxt(r)
    expect(
      txt.split('\r\n').filter((l) => getFormat('legacy').sections.some((s) => s.heading === l))
    ).toHaveLength(6)
  })
})

describe('txt export: blank cells', () => {
  it('says under a table with blanks that its dashes are blank cells; a reader takes them so, not as placeholders', async () => {
    const { importReport } = await import('@shared/import')
    const { loadFixture } = await import('../checks/fixtures')
    const r = loadFixture('valid-2021.json')
    for (const key of Object.keys(r.tables.review)) r.tables.review[key] = null
    const text = exportTxt(r)
    expect(text.split('\r\n').filter((l) => l === '注：表中“-”表示未填写。')).toHaveLength(1)
    const findings = async (kind: 'txt' | 'html'): Promise<string[]> => {
      const e = await exportReport(r, kind)
      const read = await importReport({ name: `x.${kind}`, data: e.data })
      if (!read.ok) throw new Error(read.message)
      expect(read.report.tables.review).toEqual(r.tables.review)
      expect(read.report.sections).toEqual(r.sections)
      return read.problems.flatMap((p) => (p.finding ? [p.finding.rule] : []))
    }
    expect(await findings('txt')).toEqual(await findings('html'))
  })
})
