import { beforeAll, describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { parse } from 'node-html-parser'
import { getFormat } from '@shared/formats'
import { exportDocx, exportReport } from '@shared/export'
import { titleLines } from '@shared/export/prose'
import { placeGrid } from '@shared/export/grid'
import type { Report } from '@shared/model/report'
import { filledReport, printedValue } from './reports'

interface Opened {
  report: Report
  bytes: Uint8Array
  files: Record<string, string>
  html: string
}

async function open(report: Report): Promise<Opened> {
  const bytes = await exportDocx(report)
  const zip = await JSZip.loadAsync(bytes)
  const files: Record<string, string> = {}
  for (const name of Object.keys(zip.files))
    if (/\.xml$/.test(name)) files[name] = await zip.file(name)!.async('string')
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
  return { report, bytes, files, html }
}

/** Per table, per row: each <w:tc> as `span` or `span^` (starts a vertical merge) or `span|` (continues one). */
function docxCells(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, tbl]) =>
    [...tbl.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, tr]) =>
      [...tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, tc]) => {
        const span = /<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? '1'
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc)
        return span + (merge ? (merge[1] === 'restart' ? '^' : '|') : '')
      })
    )
  )
}

/** The paragraphs of document.xml outside tables, with their style, properties and text. */
function bodyParagraphs(xml: string): { style: string; props: string; text: string }[] {
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')
  return [...body.matchAll(/<w:p\/>|<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p = '']) => {
    const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? ''
    return {
      style: /<w:pStyle w:val="(\w+)"\/>/.exec(props)?.[1] ?? '',
      props,
      text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    }
  })
}

describe('docx export', () => {
  const opened: Record<number, Opened> = {}
  beforeAll(async () => {
    opened[2024] = await open(filledReport(2024))
    opened[2020] = await open(filledReport(2020))
  })

  it('is a Word package that mammoth opens without complaint', async () => {
    const { bytes } = opened[2024]
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // PK: a zip
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
    expect(result.messages.filter((m) => m.type === 'error')).toEqual([])
  })

  it('names the agency as the file’s author and last editor, not the library’s “Un-named”', () => {
    const core = opened[2024].files['docProps/core.xml']
    expect(core).toContain('<dc:creator>某某市某某区人民政府</dc:creator>')
    expect(core).toContain('<cp:lastModifiedBy>某某市某某区人民政府</cp:lastModifiedBy>')
  })

  it('carries markup characters in the title and prose as text', async () => {
    const r = filledReport(2024, '某某市交通运输局&港口管理局')
    r.title = `${r.agency}2024年<年度报告> "试行"`
    r.sections.overview = '第一段<script>alert(1)</script> & ]]> 。'
    const { html } = await open(r)
    const root = parse(html)
    expect(root.querySelector('h1')!.text).toBe(r.title)
    expect(root.querySelectorAll('p').map((p) => p.text)).toContain(r.sections.overview)
  })

  it('A4 with the GB/T 9704 margins 37/35/28/26 mm', () => {
    const xml = opened[2024].files['word/document.xml']
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]
    const twips = (mm: number) => String(Math.round((mm / 25.4) * 1440))
    expect(mar).toContain(`w:top="${twips(37)}"`)
    expect(mar).toContain(`w:bottom="${twips(35)}"`)
    expect(mar).toContain(`w:left="${twips(28)}"`)
    expect(mar).toContain(`w:right="${twips(26)}"`)
  })

  it('title, the six headings in order and the prose, as mammoth reads them', () => {
    for (const year of [2024, 2020]) {
      const { report, html } = opened[year]
      const root = parse(html)
      // in the lines it prints on (GB/T 9704: a title breaks where its sense does)
      expect(root.querySelector('h1')!.text).toBe(titleLines(report.title).join('\n'))
      expect(root.querySelectorAll('h2').map((h) => h.text)).toEqual(
        getFormat(report.format).sections.map((s) => s.heading)
      )
      expect(html).toContain('<p>（一）主动公开。全年主动公开政府信息1860条。</p>')
      expect(html).toContain('<p>本年度无其他需要报告的事项。</p>')
    }
  })

  it('states the 信息处理费 figures in section 六 of a 2021-format report', () => {
    expect(opened[2024].html).toContain(
      '<p>本年度发出信息处理费收费通知2件，收费通知总金额300元，实际收取总金额200元。</p>'
    )
    expect(opened[2020].html).not.toContain('发出信息处理费收费通知')
  })

  it('the tables with every label and value in the cells mammoth reads', () => {
    for (const year of [2024, 2020]) {
      const { report, html } = opened[year]
      const format = getFormat(report.format)
      const tables = parse(html).querySelectorAll('table')
      expect(tables).toHaveLength(format.tables.length)
      format.tables.forEach((t, i) => {
        const rows = tables[i].querySelectorAll('tr')
        expect(rows).toHaveLength(t.grid.length)
        t.grid.forEach((gridRow, r) => {
          const cells = rows[r].querySelectorAll('td, th')
          expect(
            cells.map((c) => [Number(c.getAttribute('rowspan') ?? 1), Number(c.getAttribute('colspan') ?? 1)])
          ).toEqual(gridRow.map((g) => [g.rowSpan ?? 1, g.colSpan ?? 1]))
          gridRow.forEach((g, k) => {
            const text = cells[k].text
            if (g.kind === 'header' || g.kind === 'label') expect(text).toBe(g.text)
            if (g.kind === 'value') {
              const v = report.tables[t.id][g.key]
              expect(text).toBe(printedValue(v, g.key))
            }
          })
        })
      })
    }
  })

  it('merges cells in Word exactly as the grid: gridSpan for columns, vMerge restart/continue for rows', () => {
    for (const year of [2024, 2020]) {
      const { report, files } = opened[year]
      const format = getFormat(report.format)
      const actual = docxCells(files['word/document.xml'])
      const expected = format.tables.map((t) => {
        const { cover, width, height } = placeGrid(t)
        const rows: string[][] = []
        for (let r = 0; r < height; r++) {
          const row: string[] = []
          for (let c = 0; c < width;) {
            const p = cover[r][c]
            row.push(String(p.colSpan) + (p.rowSpan > 1 ? (p.row === r ? '^' : '|') : ''))
            c += p.colSpan
          }
          rows.push(row)
        }
        return rows
      })
      expect(actual).toEqual(expected)
    }
  })

  it('repeats the column headings of 表三 and 表四 on every page, never those of 表二', () => {
    const { files } = opened[2024]
    const tables = [...files['word/document.xml'].matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, t]) =>
      [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, tr]) => /<w:tblHeader\/>/.test(tr))
    )
    expect(tables.map((rows) => rows.filter(Boolean).length)).toEqual([0, 3, 3])
    expect(tables[1].slice(0, 3)).toEqual([true, true, true])
    expect(files['word/document.xml'].match(/<w:cantSplit\/>/g)!.length).toBe(tables.flat().length)
  })

  it('keeps the title and the six headings with the next paragraph, never body paragraphs', () => {
    for (const year of [2024, 2020]) {
      const { report, files } = opened[year]
      const ps = bodyParagraphs(files['word/document.xml'])
      const headings = ps.filter((p) => /^Heading[12]$/.test(p.style))
      expect(headings.map((p) => p.text)).toEqual([
        report.title,
        ...getFormat(report.format).sections.map((s) => s.heading)
      ])
      for (const h of headings) {
        expect(h.props).toContain('<w:keepNext/>')
        expect(h.props).toContain('<w:keepLines/>')
      }
      const body = ps.filter(
        (p) => p.text.startsWith('（一）主动公开。') || p.text.startsWith('本年度无其他')
      )
      expect(body).toHaveLength(2)
      for (const p of body) expect(p.props).not.toMatch(/<w:keep(Next|Lines)\/>/)
    }
  })

  it('keeps a sub-heading or caption on a line of its own with the next paragraph', async () => {
    const r = filledReport(2024)
    r.sections.overview =
      '（一）主动公开情况\n全年主动公开政府信息1860条。\n下一步，我区将重点做好以下工作：\n一是加强培训。'
    r.sections.active = '本年度主动公开政府信息情况如下。\n表二 主动公开政府信息情况'
    const ps = bodyParagraphs((await open(r)).files['word/document.xml'])
    const kept = (text: string) => {
      const p = ps.find((x) => x.text === text)
      expect(p, text).toBeDefined()
      return p!.props.includes('<w:keepNext/>')
    }
    expect(kept('（一）主动公开情况')).toBe(true)
    expect(kept('下一步，我区将重点做好以下工作：')).toBe(true)
    expect(kept('表二 主动公开政府信息情况')).toBe(true)
    expect(kept('全年主动公开政府信息1860条。')).toBe(false)
    expect(kept('一是加强培训。')).toBe(false)
    expect(kept('本年度主动公开政府信息情况如下。')).toBe(false)
  })

  it('keeps the 落款 whole: the blank line and the agency go with the date', async () => {
    const r = filledReport(2024)
    r.published = '2025-01-20'
    const ps = bodyParagraphs((await open(r)).files['word/document.xml'])
    const date = ps.findIndex((p) => p.text === '2025年1月20日')
    expect(ps[date - 1].text).toBe(r.agency)
    expect(ps[date - 2].text).toBe('')
    expect(ps.slice(date - 2, date).map((p) => p.props.includes('<w:keepNext/>'))).toEqual([true, true])
  })

  it('keeps every row of headings with the row below, and 表二’s 第二十条 blocks whole', () => {
    for (const year of [2024, 2020]) {
      const { report, files } = opened[year]
      const tables = [...files['word/document.xml'].matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
      getFormat(report.format).tables.forEach((t, i) => {
        const rows = [...tables[i][1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, tr]) => {
          const ps = [...tr.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
          return ps.filter(([p]) => p.includes('<w:keepNext/>')).length / ps.length
        })
        const headings = placeGrid(t).rows.map((row) => row.every((p) => p.cell.kind === 'header'))
        // In 表二 a row of figures is kept with the next one too, unless the next starts a block.
        const expected = headings.map((h, r) =>
          h || (t.id === 'active' && r + 1 < headings.length && !headings[r + 1]) ? 1 : 0
        )
        expect(rows).toEqual(expected)
        // one row ends each 第二十条 block, the only places the table may break
        const blocks = placeGrid(t).rows.filter((row) => row.length === 1 && row[0].cell.kind === 'header')
        if (t.id === 'active') expect(expected.filter((k) => !k)).toHaveLength(blocks.length)
        if (t.id === 'active') expect(expected.filter(Boolean).length).toBeGreaterThanOrEqual(8)
      })
    }
  })

  it('gives 表三 columns room for five digits at 10.5 pt and its labels the rest of the width', () => {
    const grids = [...opened[2024].files['word/document.xml'].matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map(
      (m) => [...m[1].matchAll(/w:w="(\d+)"/g)].map((x) => Number(x[1]))
    )
    const textWidth = Math.round((156 / 25.4) * 1440)
    for (const g of grids) expect(Math.abs(g.reduce((s, w) => s + w, 0) - textWidth)).toBeLessThanOrEqual(1)
    const requests = grids[1]
    // five digits of 10.5 pt Times New Roman (105 twips each) and the cell margins (2 × 60)
    for (const w of requests.slice(3)) expect(w).toBeGreaterThanOrEqual(5 * 105 + 120)
    expect(requests[2]).toBeGreaterThan(requests[3] * 2)
  })

  // LibreOffice drew 表三's （三）不予公开 in a column two characters wide as （三 / ）不 / 予公 / 开.
  it('gives a label spanning rows the width of its numbering, （三） or 三、, on one line', () => {
    for (const year of [2024, 2020]) {
      const { report, files } = opened[year]
      const grids = [...files['word/document.xml'].matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
        [...m[1].matchAll(/w:w="(\d+)"/g)].map((x) => Number(x[1]))
      )
      const spanning = getFormat(report.format).tables.flatMap((t, i) =>
        placeGrid(t)
          .rows.flat()
          .filter((p) => p.cell.kind === 'label' && p.rowSpan > 1)
          .map((p) => ({ width: grids[i][p.col], text: (p.cell as { text: string }).text }))
      )
      expect(spanning.map((s) => s.text)).toEqual(
        expect.arrayContaining(['三、本年度办理结果', '（三）不予公开', '（五）不予处理'])
      )
      for (const { width, text } of spanning) {
        const numbering = /^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/.exec(text)![0]
        // 10.5 pt a character (210 twips), the cell's margins 2 × 60
        expect(width, text).toBeGreaterThanOrEqual(numbering.length * 210 + 120)
      }
    }
  })

  it('leaves 表三’s item labels a line of 11 characters (5.属于三类内部事务信息) beside them', () => {
    const grids = [...opened[2024].files['word/document.xml'].matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map(
      (m) => [...m[1].matchAll(/w:w="(\d+)"/g)].map((x) => Number(x[1]))
    )
    expect(grids[1][2]).toBeGreaterThanOrEqual(11 * 210 + 120)
  })

  // LibreOffice printed a 总计 of 456771 in 表三 as 45677 / 1: five digits' room was all a column had.
  it('gives a column of 表三 room for its widest figure, whatever the room its heading asks', async () => {
    const report = filledReport(2024)
    report.tables.requests['new.tot'] = 456771
    report.tables.requests['r7.np'] = 1234567
    const xml = (await open(report)).files['word/document.xml']
    const grid = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1].matchAll(/w:w="(\d+)"/g)].map((x) => Number(x[1]))
    )[1]
    const textWidth = Math.round((156 / 25.4) * 1440)
    expect(Math.abs(grid.reduce((s, w) => s + w, 0) - textWidth)).toBeLessThanOrEqual(1)
    // digits of 10.5 pt Times New Roman (105 twips each) and the cell margins (2 × 60)
    expect(grid.at(-1)).toBeGreaterThanOrEqual(6 * 105 + 120)
    expect(grid[3]).toBeGreaterThanOrEqual(7 * 105 + 120)
    expect(grid[2]).toBeGreaterThan(grid[4] * 2)
  })

  it('sets the Chinese fonts and sizes of a 公文 for East Asian text', () => {
    const styles = opened[2024].files['word/styles.xml']
    const doc = opened[2024].files['word/document.xml']
    // body: 3号 (16 pt = 32 half-points) 仿宋_GB2312 on a fixed 28.95 pt pitch
    expect(styles).toMatch(
      /<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>[\s\S]*<\/w:docDefaults>/
    )
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:spacing [^>]*w:line="579"[^>]*w:lineRule="exact"/)
    // title: 2号 (22 pt) 方正小标宋简体, centred
    const heading = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0]
    expect(heading('Heading1')).toMatch(/w:eastAsia="方正小标宋简体"/)
    expect(heading('Heading1')).toMatch(/<w:sz w:val="44"\/>/)
    expect(heading('Heading1')).toMatch(/<w:jc w:val="center"\/>/)
    expect(heading('Heading2')).toMatch(/w:eastAsia="黑体"/)
    // second-level headings that open a paragraph: 楷体_GB2312; body paragraphs indented two characters
    expect(doc).toMatch(/w:eastAsia="楷体_GB2312"[\s\S]{0,200}（一）主动公开。/)
    expect(doc).toMatch(/<w:ind w:firstLine="640"\/>/)
    // tables: 10.5 pt (21 half-points)
    expect(doc).toMatch(/w:eastAsia="宋体"[^>]*\/><w:b\/><w:bCs\/><w:sz w:val="21"\/>/)
  })

  it('tells Word a Chinese stand-in for every font it names, and gives shared punctuation to the Chinese font', () => {
    const { files } = opened[2024]
    const table = files['word/fontTable.xml']
    const described = new Map(
      [...table.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)].map(([, name, body]) => [
        name,
        {
          alt: /<w:altName w:val="([^"]+)"\/>/.exec(body)?.[1],
          charset: /<w:charset w:val="(\w+)"\/>/.exec(body)?.[1]
        }
      ])
    )
    const runFonts = Object.entries(files)
      .filter(([name]) => /^word\/(document|styles|footer\d)\.xml$/.test(name))
      .flatMap(([, xml]) => [...xml.matchAll(/<w:rFonts ([^>]*)\/>/g)].map(([, attrs]) => attrs))
    expect(runFonts.length).toBeGreaterThan(5)
    for (const attrs of runFonts) {
      expect(attrs).toMatch(/w:hint="eastAsia"/)
      const eastAsia = /w:eastAsia="([^"]+)"/.exec(attrs)![1]
      // A stand-in Word finds on a Chinese Windows, and only among fonts with GB2312 characters.
      expect(described.get(eastAsia)?.charset, eastAsia).toBe('86')
      expect(described.get(eastAsia)?.alt, eastAsia).toMatch(/^(仿宋|楷体|宋体|SimSun|SimHei)$/)
      expect(described.get(/w:ascii="([^"]+)"/.exec(attrs)![1])?.charset).toBe('00')
    }
    expect(described.get('仿宋_GB2312')?.alt).toBe('仿宋')
    expect(described.get('楷体_GB2312')?.alt).toBe('楷体')
  })

  it('numbers pages “— 1 —” in 4号宋体, odd pages right, even pages left', () => {
    const { files } = opened[2024]
    expect(files['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>/)
    const footers = Object.keys(files).filter((n) => /word\/footer\d\.xml/.test(n))
    expect(footers).toHaveLength(2)
    const aligns = footers.map((n) => /<w:jc w:val="(\w+)"\/>/.exec(files[n])![1]).sort()
    expect(aligns).toEqual(['left', 'right'])
    for (const n of footers) {
      expect(files[n]).toMatch(/PAGE/)
      expect(files[n]).toMatch(/— /)
      expect(files[n]).toMatch(/ —/)
      expect(files[n]).toMatch(/w:eastAsia="宋体"/)
      expect(files[n]).toMatch(/<w:sz w:val="28"\/>/)
    }
  })

  it('exportReport returns the bytes with the Word mime type and a .docx name', async () => {
    const r = filledReport(2024)
    const out = await exportReport(r, 'docx')
    expect(out.data).toBeInstanceOf(Uint8Array)
    expect(out.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(out.fileName).toBe(`${r.title}.docx`)
  })
})
