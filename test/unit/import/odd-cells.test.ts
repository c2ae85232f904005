// One cell of a published table typed oddly (“3 件”, “O” for 0, “持平”) or a CMS's empty padding column must
// cost that cell alone: the rest of its row, and of its table, are read as printed.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportReport } from '@shared/export'
import { importReport } from '@shared/import'
import type { ImportResult } from '@shared/import'
import type { Report } from '@shared/model/report'
import { loadFixture } from '../checks/fixtures'

type Ok = Extract<ImportResult, { ok: true }>
const MARK = 987654

async function html(report: Report): Promise<string> {
  return (await exportReport(report, 'html')).data as string
}

async function read(name: string, data: string | Uint8Array): Promise<Ok> {
  const r = await importReport({ name, data })
  if (!r.ok) throw new Error(r.message)
  return r
}

/** The report with MARK in one cell, so that the exported text can be changed at that cell only. */
function marked(table: 'requests' | 'review' | 'active', key: string, fixture = 'valid-2021.json'): Report {
  const report = loadFixture(fixture)
  report.tables[table][key] = MARK
  return report
}

const errors = (r: Ok): string[] => r.problems.filter((p) => p.level === 'error').map((p) => p.message)

/** Every cell of `table` but `key` as in `report`. */
function othersKept(r: Ok, report: Report, table: 'requests' | 'review' | 'active', key: string): void {
  for (const [k, v] of Object.entries(report.tables[table]))
    if (k !== key) expect(r.report.tables[table][k], `${table}.${k}`).toBe(v)
}

describe('a table row with one odd cell', () => {
  it.each([
    ['3（件）', null],
    ['O', null],
    ['3*', null],
    ['3①', null],
    ['3 件', 3]
  ])('表三 “%s” in one cell of an HTML row: that cell alone, the row and table kept', async (text, want) => {
    const report = marked('requests', 'r3_4.biz')
    const r = await read('x.html', (await html(report)).replace(`>${MARK}<`, `>${text}<`))
    expect(r.report.tables.requests['r3_4.biz']).toBe(want)
    othersKept(r, report, 'requests', 'r3_4.biz')
    if (want === null) expect(errors(r)).toEqual([expect.stringContaining(`“${text}”无法读作数字`)])
    else expect(errors(r)).toEqual([])
  })

  it('表四 “O” typed for 0 in one of its fifteen cells costs that cell only', async () => {
    const report = marked('review', 'rev.keep')
    const r = await read('x.html', (await html(report)).replace(`>${MARK}<`, '>O<'))
    expect(r.report.tables.review['rev.keep']).toBeNull()
    othersKept(r, report, 'review', 'rev.keep')
    // Named as every message names a cell of 表四, whose 行政复议 heads columns: not a row.
    expect(errors(r)).toEqual([expect.stringMatching(/^表四“行政复议”下“结果维持”列的“O”无法读作数字/)])
  })

  it('the 2019 format’s 本年增/减 written 持平 is refused at its cell; its row’s other figures are read', async () => {
    const report = loadFixture('valid-2019.json')
    const key = Object.keys(report.tables.active).find((k) => k.endsWith('.change'))!
    report.tables.active[key] = MARK
    const r = await read('x.html', (await html(report)).replace(`>+${MARK}<`, '>持平<'))
    expect(r.report.tables.active[key]).toBeNull()
    othersKept(r, report, 'active', key)
    expect(errors(r)).toEqual([expect.stringContaining('“持平”无法读作数字')])
  })

  it('a Word table: “3 件” in one cell is read as 3 and named, the row kept', async () => {
    const report = marked('requests', 'r3_4.biz')
    const zip = await JSZip.loadAsync((await exportReport(report, 'docx')).data as Uint8Array)
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain(`>${MARK}<`)
    zip.file('word/document.xml', xml.replace(`>${MARK}<`, '>3 件<'))
    const r = await read('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    expect(r.report.tables.requests['r3_4.biz']).toBe(3)
    othersKept(r, report, 'requests', 'r3_4.biz')
    expect(r.problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('原文写作“3 件”，已读作 3')
    )
  })
})

describe('a CMS table with an empty padding column', () => {
  const report = loadFixture('valid-2021.json')
  it.each([
    ['after the last', (row: string) => row.replace(/<\/tr>/g, '<td></td></tr>')],
    ['before the first', (row: string) => row.replace(/<tr([^>]*)>/g, '<tr$1><td></td>')]
  ])('%s column: every table read as without it', async (_, pad) => {
    const page = (await html(report)).replace(/<table[\s\S]*?<\/table>/g, pad)
    const r = await read('x.html', page)
    for (const table of ['active', 'requests', 'review'] as const)
      expect(r.report.tables[table], table).toEqual(report.tables[table])
    expect(errors(r)).toEqual([])
  })
})

describe('a full-width plus sign in the 2019 format’s 本年增/减', () => {
  it('＋5 in a text copy is read as 5, as +5 is', async () => {
    const report = loadFixture('valid-2019.json')
    const key = Object.keys(report.tables.active).find(
      (k) => k.endsWith('.change') && (report.tables.active[k] ?? 0) > 0
    )!
    const value = report.tables.active[key] as number
    const text = (await exportReport(report, 'txt')).data as string
    expect(text).toContain(`+${value}`)
    const r = await read('x.txt', text.replace(`+${value}`, `＋${value}`))
    expect(r.report.tables.active).toEqual(report.tables.active)
  })

  it('a minus typed as an em dash (—4) in a text copy is read as -4, its row kept', async () => {
    const report = loadFixture('valid-2019.json')
    const key = Object.keys(report.tables.active).find((k) => k.endsWith('.change'))!
    report.tables.active[key] = -4
    const text = (await exportReport(report, 'txt')).data as string
    expect(text).toMatch(/ -4(?=\s)/)
    const r = await read('x.txt', text.replace(/ -4(?=\s)/, ' —4'))
    expect(r.report.tables.active).toEqual(report.tables.active)
  })
})

describe('a row number in a cell of its own', () => {
  it('is part of the row’s label, not a figure: the row is read whole', async () => {
    const { tableRowLines } = await import('@shared/import/lines')
    const [line] = tableRowLines(
      [
        [
          { text: '（三）不予公开', col: 0 },
          { text: '1、', col: 1 },
          { text: '属于国家秘密', col: 2 },
          { text: '0', col: 3 },
          { text: '3 件', col: 4 }
        ]
      ],
      0
    )
    expect(line.pieces.map((p) => p.value)).toEqual([false, false, false, true, true])
  })
})

describe('page furniture', () => {
  it('the article’s buttons are furniture; a line of 字体 and words is not', async () => {
    const { isChrome } = await import('@shared/import/chrome')
    expect(isChrome('【字体：大 中 小】【打印】【关闭】')).toBe(true)
    expect(isChrome(`字体${' '.repeat(40)}文`)).toBe(false)
  })
})
