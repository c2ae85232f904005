// The PDF export's pages, as Chromium prints the export HTML (Electron's printToPDF is Chromium's own
// printing): read back page by page with the importer's PDF reader. Whatever the length of the text
// before them, a 表二 block never leaves its headings at the foot of a page, and the 落款 (agency and
// date) never splits over two pages; a 表四 of four-digit figures keeps to the text block instead of
// shrinking every page. No row of a table splits over two pages: its label and its figures print on one;
// 表三 goes on from where it is on a page rather than leave the page's foot blank, and a label spanning its
// rows prints within them on the page it starts on, none of its lines under the table.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getFormat, headingRowCount, tableOf } from '../../src/shared/formats'
import { placeGrid, valueText } from '../../src/shared/export/grid'
import { htmlDocument, htmlFragment } from '../../src/shared/export/html'
import { emptyReport, type Report } from '../../src/shared/model/report'
import { parseReportJson } from '../../src/shared/model/json'
import { LINE_PT, MARGIN_MM } from '../../src/shared/export/style'
import { unifyRadicals } from '../../src/shared/text/radicals'
import { SAMPLE_AGENCY, sampleReport } from '../../src/shared/sample'
import { assert, launch, ROOT, suite } from './lib/harness.mts'

// pdf.js straight from this ES module (the importer's reader, loaded through tsx from here, cannot find
// its worker): the text of each page, items on one baseline joined into a line, top to bottom.
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
type TextItem = { str?: string; transform?: number[] }
async function pageItems(bytes: Uint8Array): Promise<TextItem[][]> {
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise
  const pages: TextItem[][] = []
  for (let n = 1; n <= doc.numPages; n++)
    pages.push((await (await doc.getPage(n)).getTextContent()).items as TextItem[])
  await doc.destroy()
  return pages
}
async function pageLines(bytes: Uint8Array): Promise<string[][]> {
  const pages: string[][] = []
  for (const items of await pageItems(bytes)) {
    const byLine = new Map<number, string[]>()
    for (const it of items) {
      if (!it.str?.trim() || !it.transform) continue
      const y = Math.round(it.transform[5] / 4)
      byLine.set(y, [...(byLine.get(y) ?? []), it.str])
    }
    pages.push([...byLine.entries()].sort((a, b) => b[0] - a[0]).map(([, parts]) => parts.join(' ')))
  }
  return pages
}

const s = suite('print: the pages of the PDF export')
const { context } = await launch()
const page = await context.newPage()

/** Each page's lines, the page number (— n —) left out. */
async function printed(report: Report): Promise<string[][]> {
  await page.setContent(htmlDocument(report))
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  const pages = await pageLines(new Uint8Array(pdf))
  // Chromium's PDF spaces out Chinese text and names some glyphs by their radicals (⼈⺠ for 人民).
  const read = (l: string): string => unifyRadicals(l).replace(/\s+/g, '')
  return pages.map((lines) => lines.map(read).filter((l) => l && !/^—\d+—$/.test(l)))
}

/** The sample with `n` more one-line paragraphs in a section: every place a page can end, in turn. */
function longer(section: 'overview' | 'other', n: number): Report {
  const r = sampleReport()
  r.published = '2025-01-20'
  const more = Array.from({ length: n }, (_, i) => `第${i + 1}段补充说明。`)
  r.sections[section] = [r.sections[section] ?? '', ...more].join('\n')
  return r
}

const LINES_A_PAGE = 22

s.test('a 表二 block never leaves its headings at the foot of a page', async () => {
  for (let n = 0; n < LINES_A_PAGE; n++) {
    const pages = await printed(longer('overview', n))
    pages.forEach((lines, i) => {
      const last = lines.at(-1) ?? ''
      assert(
        !/^(第二十条第|信息内容)/.test(last),
        `with ${n} more lines, page ${i + 1} ends with 表二's headings: ${last}`
      )
    })
  }
})

s.test('the 落款 (agency and date) stays on one page', async () => {
  for (let n = 0; n < LINES_A_PAGE; n++) {
    const pages = await printed(longer('other', n))
    const at = (line: string): number => pages.findLastIndex((lines) => lines.includes(line))
    const agency = at(SAMPLE_AGENCY)
    const date = at('2025年1月20日')
    assert(date >= 0, `with ${n} more lines, no date printed`)
    assert(
      agency === date,
      `with ${n} more lines, the agency is on page ${agency + 1}, the date on ${date + 1}`
    )
  }
})

/** A page's text as Chromium paints it: cell after cell, each cell's lines in turn. */
const painted = (items: TextItem[]): string =>
  unifyRadicals(items.map((it) => it.str ?? '').join('')).replace(/\s+/g, '')

/** The sample with every figure its own, so that the page a figure printed on tells where its row went. */
const numbered = sampleReport()
const numberedFormat = getFormat(numbered.format)
{
  let next = 1000
  for (const table of numberedFormat.tables)
    for (const key of Object.keys(numbered.tables[table.id])) numbered.tables[table.id][key] = next++
}
const numberedPrints = new Map<number, TextItem[][]>()
/** The numbered sample's pages with `n` more lines before the tables, printed once for the tests below. */
async function printNumbered(n: number): Promise<TextItem[][]> {
  const done = numberedPrints.get(n)
  if (done) return done
  const r = structuredClone(numbered)
  const more = Array.from({ length: n }, (_, i) => `第${i + 1}段补充说明。`)
  r.sections.overview = [r.sections.overview ?? '', ...more].join('\n')
  await page.setContent(htmlDocument(r))
  const pages = await pageItems(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })))
  numberedPrints.set(n, pages)
  return pages
}

s.test('no row of 表二, 表三 or 表四 splits over two pages, wherever the page ends', async () => {
  const format = numberedFormat
  const rows = format.tables.flatMap((table) =>
    placeGrid(table)
      .rows.slice(headingRowCount(table))
      .map((row) => {
        const figures = row.flatMap((p) =>
          p.cell.kind === 'value' ? [valueText(numbered, format, table, p.cell.key) ?? ''] : []
        )
        // The row's own label; a group's (（三）不予公开) spans its items and prints once for them all.
        const own = row.findLast((p) => p.cell.kind === 'label' && p.rowSpan === 1)?.cell
        const label = own?.kind === 'label' ? unifyRadicals(own.text).replace(/\s+/g, '') : ''
        return { table: table.id, label, figures }
      })
      .filter((row) => row.figures.length > 0)
  )
  const splits: string[] = []
  for (let n = 0; n < LINES_A_PAGE; n++) {
    const pages = await printNumbered(n)
    const figures = pages.map((items) => new Set(items.map((it) => it.str?.trim())))
    const texts = pages.map(painted)
    for (const row of rows) {
      const name = `${row.table} ${row.label || row.figures.join(' ')}`
      const at = figures.findIndex((set) => set.has(row.figures[0]))
      const away = row.figures.filter((f) => !figures[at]?.has(f))
      if (at < 0) splits.push(`with ${n} more lines, ${name}: ${row.figures[0]} not printed`)
      else if (away.length > 0)
        splits.push(`with ${n} more lines, ${name}: ${away.join(' ')} not on page ${at + 1}`)
      else if (!texts[at].includes(row.label))
        splits.push(`with ${n} more lines, ${name}: the label not whole on page ${at + 1}`)
    }
  }
  assert(splits.length === 0, `${splits.length} rows split:\n${splits.slice(0, 8).join('\n')}`)
})

s.test(
  '表三 goes on from where it is on a page: 三、本年度办理结果 is not carried whole to the next',
  async () => {
    // Its 22 rows are taller than a page: kept together, they left most of the page before them blank.
    const requests = tableOf(numberedFormat, 'requests')!
    const figures = new Set(
      requests.cells.map((c) => valueText(numbered, numberedFormat, requests, c.key) ?? '')
    )
    // From the paper's foot to the text block's: 35 mm in points.
    const foot = (MARGIN_MM.bottom / 25.4) * 72
    const blank: string[] = []
    for (let n = 0; n < LINES_A_PAGE; n++) {
      // the page number (— 1 —) is in the margin, below the text block
      const pages = (await printNumbered(n)).map((items) =>
        items.filter((it) => it.str?.trim() && it.transform && it.transform[5] > foot - 14)
      )
      for (let i = 0; i + 1 < pages.length; i++) {
        const holds = pages[i].some((it) => figures.has(it.str!.trim()))
        const next = pages[i + 1].some((it) => figures.has(it.str!.trim()))
        if (!holds || !next) continue
        // at most what a row that did not fit leaves: 表三's tallest, five lines of 五号, is under four
        // lines of the text
        const left = Math.min(...pages[i].map((it) => it.transform![5])) - foot
        if (left > 4 * LINE_PT)
          blank.push(`with ${n} more lines, page ${i + 1} ends ${Math.round(left)} pt above the text's foot`)
      }
    }
    assert(blank.length === 0, `表三 leaves a page's foot blank:\n${blank.slice(0, 8).join('\n')}`)
  }
)

/** Where items from `from` on, joined, spell `text` (a cell's lines are painted one after another). */
function spelt(texts: string[], text: string): [number, number] | undefined {
  for (let from = 0; from < texts.length; from++) {
    let joined = ''
    for (let to = from; to < texts.length && text.startsWith(joined + texts[to]) && texts[to]; to++) {
      joined += texts[to]
      if (joined === text) return [from, to]
    }
  }
  return undefined
}

s.test(
  'a label spanning rows of 表三 prints within its rows, never under the table at a page’s foot',
  async () => {
    // Chromium carries no line of a spanning cell over to the next page: where the rows on the page were
    // fewer than its lines, valid-2021's 三、本年度办理结果 printed its 果, and the numbered sample's
    // （四）无法提供 its 供, under the table's last row, below its border.
    const requests = tableOf(numberedFormat, 'requests')!
    const labels = placeGrid(requests).rows.flatMap((row) =>
      row.flatMap((p) =>
        p.cell.kind === 'label' && p.rowSpan > 1 ? [unifyRadicals(p.cell.text).replace(/\s+/g, '')] : []
      )
    )
    const spilt: string[] = []
    const look = (pages: TextItem[][], report: Report, name: string): void => {
      const figures = new Set(
        requests.cells.map((c) => valueText(report, numberedFormat, requests, c.key) ?? '')
      )
      pages.forEach((all, i) => {
        const items = all.filter((it) => it.str?.trim() && it.transform)
        const texts = items.map((it) => unifyRadicals(it.str!).replace(/\s+/g, ''))
        const y = (k: number): number => items[k].transform![5]
        const last = items.findLastIndex((it) => figures.has(it.str!.trim()))
        for (const label of labels) {
          const at = spelt(texts, label)
          if (!at || last <= at[1]) continue
          // The rows painted after it on the page: its lowest line is no lower than their lowest, but for
          // a baseline's difference between fonts; a line under the border is a cell's margins lower.
          const rows = Math.min(...items.slice(at[1] + 1, last + 1).map((_, k) => y(at[1] + 1 + k)))
          const lowest = Math.min(...items.slice(at[0], at[1] + 1).map((_, k) => y(at[0] + k)))
          if (lowest < rows - 4)
            spilt.push(`${name}, ${label} on page ${i + 1}: ${Math.round(rows - lowest)} pt under its rows`)
        }
      })
    }
    for (let n = 0; n < LINES_A_PAGE; n++) look(await printNumbered(n), numbered, `with ${n} more lines`)
    const { report } = parseReportJson(
      readFileSync(join(ROOT, 'test/fixtures/reports/valid-2021.json'), 'utf8')
    )
    await page.setContent(htmlDocument(report!))
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    look(await pageItems(new Uint8Array(pdf)), report!, 'valid-2021')
    assert(
      spilt.length === 0,
      `${spilt.length} labels print under their rows:\n${spilt.slice(0, 8).join('\n')}`
    )
  }
)

s.test(
  'no row box breaks in two wherever the page ends, to the pixel (in columns the size of the text block, which Chromium breaks as pages)',
  async () => {
    // The PDF's text cannot tell a row of one line cut off its empty foot; the boxes can.
    await page.emulateMedia({ media: 'print' })
    const { top, right, bottom, left } = MARGIN_MM
    const [width, height] = [`${210 - left - right}mm`, `${297 - top - bottom}mm`]
    // one column of the text block's width, the next beside it, as many as the report needs
    const pages = `width:${width};height:${height};columns:1 ${width};column-gap:0;column-fill:auto`
    const older = emptyReport('2019', 2020, numbered.agency, 'government')
    older.sections = numbered.sections
    for (const table of getFormat('2019').tables)
      for (const key of Object.keys(older.tables[table.id])) older.tables[table.id][key] = 100000
    for (const report of [numbered, older]) {
      await page.setContent(
        htmlDocument(report)
          .replace(/<body([^>]*)>/, `<body$1><div id="pages" style="${pages}"><div id="above"></div>`)
          .replace('</body>', '</div></body>')
      )
      const broken = (await page.evaluate(`(() => {
        const above = document.getElementById('above')
        const height = document.getElementById('pages').clientHeight
        const broken = []
        for (let px = 0; px < height; px += 2) {
          above.style.height = px + 'px'
          for (const tr of document.querySelectorAll('tbody tr')) {
            const boxes = [...tr.getClientRects()].filter((r) => r.height >= 1)
            if (boxes.length > 1) broken.push(px + ' px down: ' + tr.textContent.slice(0, 24))
          }
        }
        return broken
      })()`)) as string[]
      assert(
        broken.length === 0,
        `${report.format}: ${broken.length} rows broken in two, ${broken.slice(0, 5).join('; ')}`
      )
    }
  }
)

s.test('a 表四 of four-digit figures keeps to the text block on paper', async () => {
  const r = sampleReport()
  for (const key of Object.keys(r.tables.review)) r.tables.review[key] = 9999
  await page.setContent(htmlDocument(r))
  await page.emulateMedia({ media: 'print' })
  // the text block of A4 with the 公文 margins: 210 − 28 − 26 mm
  await page.setViewportSize({ width: Math.floor(((210 - 28 - 26) / 25.4) * 96), height: 1000 })
  const [wide, room] = (await page.evaluate(
    '[Math.max(...[...document.querySelectorAll("table")].map((t) => t.getBoundingClientRect().width)), document.body.clientWidth]'
  )) as [number, number]
  assert(wide <= room, `a table ${wide}px wide in a text block of ${room}px would shrink every page`)
})

s.test(
  'on a desktop screen the exported page shows every table whole, 表四 with no sideways scroll',
  async () => {
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.setContent(htmlDocument(sampleReport()))
    const hidden = (await page.evaluate(
      '[...document.querySelectorAll("table")].map((t) => t.parentElement.scrollWidth - t.parentElement.clientWidth)'
    )) as number[]
    assert(hidden.length >= 3, `${hidden.length} tables`)
    assert(
      hidden.every((px) => px <= 1),
      `tables hide ${hidden.join(', ')} px behind a sideways scroll`
    )
  }
)

s.test(
  "pasted into a CMS's 700 px column, every table shows whole, a province's big figures too",
  async () => {
    await page.emulateMedia({ media: 'screen' })
    const r = sampleReport()
    // a province's figures: four digits across 表四, six in 表三's 总计
    for (const key of Object.keys(r.tables.review)) r.tables.review[key] = 9999
    for (const key of Object.keys(r.tables.requests))
      if (key.endsWith('.tot')) r.tables.requests[key] = 740078
    for (const size of [16, 14]) {
      // the page in standards mode, as a CMS's is: a table then takes its font size from the column
      await page.setContent(
        `<!DOCTYPE html><body style="margin:0"><div style="width:700px;font-size:${size}px">${htmlFragment(r)}</div></body>`
      )
      const hidden = (await page.evaluate(
        '[...document.querySelectorAll("table")].map((t) => t.parentElement.scrollWidth - t.parentElement.clientWidth)'
      )) as number[]
      assert(hidden.length >= 3, `${hidden.length} tables`)
      assert(
        hidden.every((px) => px <= 0),
        `at ${size}px, tables hide ${hidden.join(', ')} px behind a sideways scroll`
      )
    }
  }
)

await s.run(async () => {
  await context.close()
})
