// The editor in Debian Chromium on the built renderer (browser bridge): create a report from the home
// screen, break and fix a cross-footing rule in table 三, paste a TSV row, 本年无此项, export HTML (a
// download) and read it back, full-width digits accepted and letters refused at the cell.
import { readFile, writeFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { basename, join } from 'node:path'
import { artifactPath, assert, launch, ROOT, serveStatic, suite } from './lib/harness.mts'
import { exportReport } from '../../src/shared/export/index.ts'
import { parseReportJson } from '../../src/shared/model/json.ts'
import { cjkPdfOf } from '../unit/import/pdf-make.ts'

const AGENCY = '某某市测试局'
const REQ = '三、收到和处理政府信息公开申请情况'
const NEW_NP = '表三 一、本年新收政府信息公开申请数量 自然人'
const NEW_BIZ = '表三 一、本年新收政府信息公开申请数量 商业企业'
const NEW_TOT = '表三 一、本年新收政府信息公开申请数量 总计'
const CARRY = '表三 二、上年结转政府信息公开申请数量 自然人'

const s = suite('editor: create, live checks, paste, 本年无此项, export HTML, cell input')
const server = await serveStatic()
const { context } = await launch()
const page: Page = await context.newPage()
await page.setViewportSize({ width: 1366, height: 768 })
const pageErrors: string[] = []
page.on('pageerror', (e) => pageErrors.push(e.message))

const cell = (name: string): Locator => page.getByRole('textbox', { name, exact: true })
const problems = (): Locator => page.getByRole('region', { name: '问题', exact: true })
const describedBy = async (input: Locator): Promise<string> => {
  const id = await input.getAttribute('aria-describedby')
  assert(id, 'the cell has no aria-describedby')
  return (await page.locator(`[id="${id}"]`).textContent()) ?? ''
}
// Polled from Node: a function passed to the page would carry tsx's __name helper, which the page lacks.
/** Opens the sample (示例) from the home list, by its agency name. */
const openSample = (): Promise<void> =>
  page.locator('table.draft-list tbody tr', { hasText: '示例' }).first().getByRole('button').first().click()

async function waitInvalid(input: Locator, invalid: boolean): Promise<void> {
  const want = invalid ? 'true' : null
  for (let t0 = Date.now(); Date.now() - t0 < 5000; await page.waitForTimeout(20))
    if ((await input.getAttribute('aria-invalid')) === want) return
  throw new Error(`aria-invalid of ${await input.getAttribute('aria-label')} is not ${want}`)
}

/** A row of table 三 as Excel copies it: 14 requests. */
const ROW_14 = '11\t2\t0\t1\t0\t0\t14\r\n'

/** Pastes `tsv` into the cell named `name`, as the clipboard of a browser delivers it. */
async function pasteInto(name: string, tsv: string): Promise<void> {
  await cell(name).focus()
  await page.evaluate(
    ([name, tsv]) => {
      const el = document.querySelector(`input[aria-label="${name}"]`)!
      const dt = new DataTransfer()
      dt.setData('text/plain', tsv)
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
    },
    [name, tsv] as const
  )
}

s.test('the first start lists the sample report 示例; 新建报告 creates a report and opens it', async () => {
  await page.goto(server.url)
  await page.getByText('示例', { exact: true }).first().waitFor()
  await page.getByRole('button', { name: '新建报告' }).click()
  await page.getByLabel('机关名称').fill(AGENCY)
  await page.getByLabel('年度', { exact: true }).fill('2024')
  await page.screenshot({ path: await artifactPath('home-new-report.png') })
  await page.getByRole('button', { name: '创建' }).click()
  await page.getByRole('textbox', { name: '一、总体情况', exact: true }).waitFor()
  assert((await page.getByRole('textbox', { name: '机关名称' }).inputValue()) === AGENCY, 'agency not set')
})

const table3 = (): Locator => page.locator('section.table-block').filter({ hasText: '表三' })
const invalidIn3 = (): Promise<number> => table3().locator('input[aria-invalid="true"]').count()

s.test('本年无此项 writes 0 into every blank cell of table 三, keeping what was typed', async () => {
  await page.getByRole('button', { name: REQ, exact: true }).click()
  await cell(NEW_NP).fill('0')
  await cell(CARRY).waitFor()
  assert((await cell(CARRY).inputValue()) === '', 'a cell is not blank before 本年无此项')
  await table3().getByRole('button', { name: '本年无此项' }).click()
  assert((await cell(CARRY).inputValue()) === '0', 'a blank cell was not set to 0')
  const blanks = await table3()
    .locator('td.cell input')
    .evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).value === '').length)
  assert(blanks === 0, `${blanks} cells still blank`)
  assert((await invalidIn3()) === 0, 'an all-zero table 三 has errors')
  // 撤销 takes the zeros back (what was typed stays); a second 本年无此项 writes them again.
  await table3().locator('.paste-report').getByRole('button', { name: '撤销' }).click()
  assert((await cell(CARRY).inputValue()) === '', '撤销 left the 0 in a cell that was blank')
  assert((await cell(NEW_NP).inputValue()) === '0', '撤销 cleared a typed value')
  await table3().getByRole('button', { name: '本年无此项' }).click()
  assert((await cell(CARRY).inputValue()) === '0', 'the second 本年无此项 wrote nothing')
})

s.test(
  'table 三: a row whose parts disagree with its total is an error at the cell and in 问题; fixing it clears it',
  async () => {
    const c = cell(NEW_NP)
    await c.fill('5')
    await waitInvalid(c, true)
    const message = await describedBy(c)
    assert(/[\u4e00-\u9fff]/.test(message), `no Chinese message at the cell: ${message}`)
    const panel = (await problems().textContent()) ?? ''
    assert(/错误/.test(panel), `问题 shows no error: ${panel}`)
    // The panel shows the finding the cell links to (its first words).
    const first = message.slice(0, 14)
    assert(panel.includes(first), `问题 lacks “${first}”: ${panel}`)
    await page.screenshot({ path: await artifactPath('editor-errors.png') })
    await c.fill('0')
    await waitInvalid(c, false)
    assert((await invalidIn3()) === 0, 'a mark stayed in table 三 after the fix')
    const after = (await problems().textContent()) ?? ''
    assert(!after.includes(first), `the finding stayed in 问题 after the fix: ${after}`)
  }
)

s.test('a TSV row pasted into a table 三 row fills the cells from the focused one', async () => {
  await pasteInto(NEW_NP, ROW_14)
  const want: [string, string][] = [
    [NEW_NP, '11'],
    [NEW_BIZ, '2'],
    ['表三 一、本年新收政府信息公开申请数量 科研机构', '0'],
    ['表三 一、本年新收政府信息公开申请数量 社会公益组织', '1'],
    ['表三 一、本年新收政府信息公开申请数量 法律服务机构', '0'],
    ['表三 一、本年新收政府信息公开申请数量 其他', '0'],
    [NEW_TOT, '14']
  ]
  for (const [name, value] of want) {
    const got = await cell(name).inputValue()
    assert(got === value, `${name}: ${got} ≠ ${value}`)
  }
  await page.locator('.paste-report').getByText('已粘贴 7 个数值。').waitFor()
  // The pasted row adds up; what is marked now are the columns (the rows below are still 0).
  assert(!/各类申请人之和/.test((await describedBy(cell(NEW_TOT)).catch(() => '')) ?? ''), 'row sum marked')
})

s.test('生成文字说明 writes table 三 in words into the section, as the prose checks read it', async () => {
  const prose = page.getByRole('textbox', { name: REQ, exact: true })
  // The new requests have no outcome yet: words from figures that do not add up are refused.
  await table3().getByRole('button', { name: '生成文字说明' }).click()
  await table3()
    .locator('.paste-report')
    .getByText(/表三还有 \d+ 处合计对不上/)
    .waitFor()
  assert((await prose.inputValue()) === '', 'words were written from a table that does not add up')
  // Carried over to next year, they balance.
  const next = '表三 四、结转下年度继续办理 自然人'
  await pasteInto(next, ROW_14)
  await waitInvalid(cell(NEW_TOT), false)
  await table3().getByRole('button', { name: '生成文字说明' }).click()
  const text = await prose.inputValue()
  assert(text.includes('本年新收政府信息公开申请14件'), `the text does not state table 三: ${text}`)
  await table3().locator('.paste-report').getByText('已按本表数字在上方写入文字说明').waitFor()
  await page.screenshot({ path: await artifactPath('editor-summary.png') })
  // the keyboard stays on the button; the text's own Ctrl+Z takes the paragraph back too, and Ctrl+Y again
  assert(
    await table3()
      .getByRole('button', { name: '生成文字说明' })
      .evaluate((b) => b === document.activeElement),
    'the focus left 生成文字说明'
  )
  await prose.focus()
  await page.keyboard.press('Control+z')
  assert((await prose.inputValue()) === '', `Ctrl+Z in the text left: ${await prose.inputValue()}`)
  await page.keyboard.press('Control+y')
  assert((await prose.inputValue()) === text, 'Ctrl+Y did not bring the paragraph back')
  await table3().getByRole('button', { name: '撤销' }).click()
  assert((await prose.inputValue()) === '', '撤销 left the generated text')
})

s.test('a full-width number is accepted; a letter is refused at the cell in Chinese', async () => {
  const c = cell(NEW_NP)
  await c.fill('')
  await c.pressSequentially('１２')
  await page.waitForTimeout(50)
  const note = (await c.getAttribute('aria-describedby')) ? await describedBy(c) : ''
  assert(!note.includes('只能填写数字'), `１２ refused: ${note}`)
  await c.fill('11')
  await c.press('End')
  await c.pressSequentially('x')
  await waitInvalid(c, true)
  const refusal = await describedBy(c)
  assert(refusal.includes('只能填写数字'), `refusal not in Chinese: ${refusal}`)
  assert((await c.inputValue()) === '11x', 'the typed text was not kept for correction')
  await c.fill('')
  await c.pressSequentially('１２')
  await page.waitForTimeout(50)
})

let exportedHtml = ''

s.test('导出 网页 downloads an HTML file with the table, the typed values and the agency', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '网页（.html）' }).click()
  ])
  const path = await download.path()
  const html = await readFile(path, 'utf8')
  exportedHtml = html
  await writeFile(await artifactPath('export.html'), html)
  assert(download.suggestedFilename().endsWith('.html'), `file name ${download.suggestedFilename()}`)
  assert(html.includes('<table'), 'no <table> in the export')
  assert(html.includes(AGENCY), 'the agency is missing from the export')
  for (const v of ['12', '14']) assert(new RegExp(`>\\s*${v}\\s*<`).test(html), `value ${v} missing`)
})

s.test(
  '复制到网站 puts the report on the clipboard as HTML (rich paste) and as its code (source mode)',
  async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    await page.getByRole('button', { name: '复制到网站' }).click()
    await page.getByRole('status').filter({ hasText: '已复制全文' }).waitFor()
    const copied = (await page.evaluate(`(async () => {
    const [item] = await navigator.clipboard.read()
    const read = async (type) => (item.types.includes(type) ? (await item.getType(type)).text() : '')
    return { html: await read('text/html'), text: await read('text/plain') }
  })()`)) as { html: string; text: string }
    assert(copied.html.includes(AGENCY) && /<table[\s>]/.test(copied.html), 'no report HTML on the clipboard')
    assert(copied.text.startsWith('<') && copied.text.includes(AGENCY), 'the plain text is not the HTML code')
  }
)

s.test(
  '表三 selected and copied whole from the exported page, pasted into a new report, lands cell for cell',
  async () => {
    await page.getByRole('button', { name: REQ, exact: true }).click()
    const values = (): Promise<string[]> =>
      table3()
        .locator('input')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    const typed = await values()
    // The page an official copies from: the export as published, selected and copied by Chromium itself.
    const source = await context.newPage()
    await source.setContent(exportedHtml)
    await source.evaluate(`(() => {
    const table = [...document.querySelectorAll('table')].find((t) => t.textContent.includes('申请人情况'))
    const range = document.createRange()
    range.selectNode(table)
    getSelection().removeAllRanges()
    getSelection().addRange(range)
    document.execCommand('copy')
  })()`)
    await source.close()
    await page.getByRole('button', { name: '返回首页' }).click()
    await page.getByRole('button', { name: '新建报告' }).click()
    await page.getByLabel('机关名称').fill('某某市粘贴测试局')
    await page.getByLabel('年度', { exact: true }).fill('2024')
    await page.getByRole('button', { name: '创建' }).click()
    await page.getByRole('button', { name: REQ, exact: true }).click()
    await cell(NEW_NP).focus()
    await page.keyboard.press('Control+V')
    await table3()
      .locator('.paste-report')
      .getByText(/^已粘贴 \d+ 个数值。/)
      .waitFor()
    const pasted = await values()
    assert(
      JSON.stringify(pasted) === JSON.stringify(typed),
      `cells differ from the report copied: ${pasted.join(',')} vs ${typed.join(',')}`
    )
    await page.getByRole('button', { name: '返回首页' }).click()
    await page.getByRole('button', { name: AGENCY, exact: true }).click()
    await page.getByRole('textbox', { name: '一、总体情况', exact: true }).waitFor()
  }
)

s.test('the home screen after returning lists the new report (screenshot)', async () => {
  await page.getByRole('button', { name: '返回首页' }).click()
  await page.getByRole('button', { name: AGENCY, exact: true }).waitFor()
  await page.screenshot({ path: await artifactPath('home.png') })
  assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`)
})

s.test(
  '从上年报告新建 on the sample: the value of last year shown under each cell, the accessible name unchanged',
  async () => {
    const sample = page.locator('table.draft-list tbody tr').filter({ hasText: '示例' })
    await page.getByRole('button', { name: '新建报告' }).waitFor()
    await sample.getByRole('button', { name: '从上年报告新建' }).click()
    await page.getByRole('button', { name: REQ, exact: true }).click()
    const c = cell(NEW_NP)
    await c.waitFor()
    const note = (await c.locator('xpath=..').locator('.last-year').textContent()) ?? ''
    assert(/^上年 \d+$/.test(note), `no 上年 N beside the cell: “${note}”`)
    assert((await c.getAttribute('aria-label')) === NEW_NP, 'the accessible name changed')
    await page.screenshot({ path: await artifactPath('editor-last-year.png') })
  }
)

s.test('a click on a finding about prose selects the words it quotes in the text area', async () => {
  await page.getByRole('button', { name: '返回首页' }).click()
  const sample = page.locator('table.draft-list tbody tr').filter({ hasText: '示例' })
  await sample.locator('button').first().click()
  await page.getByRole('button', { name: REQ, exact: true }).click()
  const finding = problems().getByRole('button').filter({ hasText: '新收政府信息公开申请170件' })
  await finding.click()
  const area = page.getByRole('textbox', { name: '一、总体情况', exact: true })
  await area.waitFor()
  const selected = await area.evaluate((el) => {
    const t = el as HTMLTextAreaElement
    return t.value.slice(t.selectionStart, t.selectionEnd)
  })
  assert(selected === '新收政府信息公开申请170件', `selected “${selected}”`)
  assert(await area.evaluate((el) => el === document.activeElement), 'the text area has no focus')
  await page.screenshot({ path: await artifactPath('editor-prose-finding.png') })

  // Far down a long text, the text area scrolls to the words.
  const text = await area.inputValue()
  await area.fill(`${'（补充）本年度持续推进政务公开标准化规范化建设。\n'.repeat(40)}${text}`)
  await area.evaluate((el) => (el.scrollTop = 0))
  await page.getByRole('button', { name: REQ, exact: true }).click()
  await finding.click()
  const view = await area.evaluate((el) => {
    const t = el as HTMLTextAreaElement
    return {
      selected: t.value.slice(t.selectionStart, t.selectionEnd),
      top: t.scrollTop,
      max: t.scrollHeight
    }
  })
  assert(view.selected === '新收政府信息公开申请170件', `selected “${view.selected}”`)
  assert(view.top > 0, `the text area did not scroll (scrollTop ${view.top} of ${view.max})`)
  await page.screenshot({ path: await artifactPath('editor-prose-finding-scrolled.png') })
})

s.test('忽略 hides a warning, which stays hidden after a reload; 全部恢复 brings it back', async () => {
  const area = page.getByRole('textbox', { name: '一、总体情况', exact: true })
  await page.getByRole('button', { name: '一、总体情况', exact: true }).click()
  await area.fill(`${await area.inputValue()}\n共受理申请42条，其中网上申请40条，书面申请4条。`)
  const warning = problems().getByRole('button', { name: /^提示.*其中各项40\+4=44/ })
  await warning.waitFor()
  await problems()
    .getByRole('button', { name: /^忽略此提示：.*其中各项40\+4=44/ })
    .click()
  await problems().getByText('已忽略 1 条提示').waitFor()
  assert((await warning.count()) === 0, 'the dismissed warning is still listed')
  await page.getByText('已保存', { exact: true }).waitFor()
  await page.reload()
  await problems().getByText('已忽略 1 条提示').waitFor()
  assert((await warning.count()) === 0, 'the dismissed warning came back after a reload')
  await problems().getByRole('button', { name: '全部恢复' }).click()
  await warning.waitFor()
  await page.screenshot({ path: await artifactPath('editor-dismiss.png') })
})

s.test(
  'a 发布日期 before the year is over is an error at the date field; a good one stays after a reload',
  async () => {
    // The sample is dated the year whose report is due next: pinned, so that these dates are past.
    await page.getByLabel('年度', { exact: true }).fill('2024')
    const published = page.getByLabel('发布日期', { exact: true })
    await published.fill('2024年12月30日')
    await waitInvalid(published, true)
    const message = await describedBy(published)
    assert(/早于2024年结束/.test(message), `no message at 发布日期: ${message}`)
    await problems()
      .getByText(/发布日期2024年12月30日早于2024年结束/)
      .waitFor()
    await published.fill('2025-04-02')
    await waitInvalid(published, false)
    // The sample is a 人民政府's report: due by 3月31日, so this date is late (a warning, not an error).
    await problems()
      .getByText(/晚于发布时限2025年3月31日/)
      .waitFor()
    const note = page.getByRole('note')
    assert(
      /^已于2025年4月2日发布/.test((await note.textContent()) ?? ''),
      'the deadline note does not say so'
    )
    await page.screenshot({ path: await artifactPath('editor-publication.png') })
    await page.getByText('已保存', { exact: true }).waitFor()
    await page.reload()
    assert(
      (await page.getByLabel('发布日期', { exact: true }).inputValue()) === '2025年4月2日',
      'date lost on reload'
    )
  }
)

s.test(
  '批量检查 from the home screen: several files (text, .doc, PDFs, OFD) chosen at once, one row each',
  async () => {
    await page.goto(server.url)
    await page.getByRole('button', { name: '批量检查…' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '选择报告并检查…' }).click()
    const seeds = join(ROOT, '../shared/seeds')
    const fixtures = join(ROOT, 'test/fixtures/import')
    // A PDF in 宋体 not embedded (GBK-EUC-H): read only through the CMaps the app ships.
    const { report } = parseReportJson(
      await readFile(join(ROOT, 'test/fixtures/reports/valid-2021.json'), 'utf8')
    )
    const oldPdf = cjkPdfOf((await exportReport(report!, 'txt')).data as string, 'GBK-EUC-H')
    const files = [
      join(seeds, '001_b8f27916e8f9841a.txt'),
      join(seeds, '003_45be4a81e410cd61.txt'),
      join(fixtures, 'doc/valid-2019.doc'),
      join(fixtures, 'pdf/valid-2021.libreoffice.pdf'),
      join(fixtures, 'ofd/valid-2021.ofd')
    ]
    // Playwright takes paths or contents, not both: all as contents.
    await (
      await chooser
    ).setFiles([
      ...(await Promise.all(
        files.map(async (f) => ({
          name: basename(f),
          mimeType: 'application/octet-stream',
          buffer: await readFile(f)
        }))
      )),
      { name: '宋体未嵌入.pdf', mimeType: 'application/pdf', buffer: Buffer.from(oldPdf) }
    ])
    await page.getByText(/^共 6 份：2 份有错误/).waitFor()
    const rows = page.locator('table.batch-results tbody tr')
    assert((await rows.count()) === 6, 'not one row per file')
    // the .doc, the PDFs and the OFD read in the browser build, as reports without errors
    // (a row is found by its file's name alone: another row's note may name this file)
    const row = (name: string) => rows.filter({ has: page.getByText(name, { exact: true }) })
    for (const name of ['valid-2019.doc', 'valid-2021.libreoffice.pdf', 'valid-2021.ofd', '宋体未嵌入.pdf']) {
      assert((await row(name).textContent())?.includes('某某市人民政府'), `${name} not read`)
    }
    // the same report in three files: the later two say so in their rows
    const same = '与“valid-2021.libreoffice.pdf”是同一机关同一年度的报告，请核对是否重复'
    for (const name of ['valid-2021.ofd', '宋体未嵌入.pdf'])
      assert((await row(name).textContent())?.includes(same), `${name} not named a second report`)
    await page.getByRole('button', { name: '查看问题' }).first().click()
    await page.getByText(/发布日期2016年12月30日早于2016年结束/).waitFor()
    await page.screenshot({ path: await artifactPath('batch.png') })
  }
)

s.test(
  '批量检查 by the keyboard: the focus is never dropped to the page, going in, checking, clearing, going back',
  async () => {
    // Polled as a string: a function passed to the page would carry tsx's __name helper.
    const focused = async (): Promise<string> =>
      (await page.evaluate(
        "document.activeElement === document.body ? 'BODY' : document.activeElement.tagName + ' ' + document.activeElement.textContent"
      )) as string
    const seeds = join(ROOT, '../shared/seeds')
    await page.goto(server.url)
    await page.getByRole('button', { name: '批量检查…' }).press('Enter')
    await page.getByRole('heading', { name: '批量检查' }).waitFor()
    assert((await focused()) === 'H1 批量检查', `entering 批量检查, the focus is on ${await focused()}`)
    await page.keyboard.press('Tab')
    assert((await focused()) === 'BUTTON 选择报告并检查…', `Tab from the heading went to ${await focused()}`)
    const chooser = page.waitForEvent('filechooser')
    // Enter on the button named, the focus on it already said
    await page.getByRole('button', { name: '选择报告并检查…' }).press('Enter')
    await (
      await chooser
    ).setFiles([join(seeds, '000_2ce564af3c6c5d5d.txt'), join(seeds, '001_b8f27916e8f9841a.txt')])
    await page.getByText(/^共 2 份/).waitFor()
    assert((await focused()) === 'BUTTON 再选择报告…', `once checked, the focus is on ${await focused()}`)
    const again = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '再选择报告…' }).press('Enter')
    await (await again).setFiles(join(seeds, '002_3653a5693d759def.txt'))
    await page.getByText(/^共 3 份/).waitFor()
    assert(
      (await focused()) === 'BUTTON 再选择报告…',
      `after 再选择报告…, the focus is on ${await focused()}`
    )
    await page.getByRole('button', { name: '清空结果' }).press('Enter')
    await page.getByText('已清空检查结果。').waitFor()
    assert(
      (await focused()) === 'BUTTON 选择报告并检查…',
      `after 清空结果, the focus is on ${await focused()}`
    )
    await page.getByRole('button', { name: '返回首页' }).press('Enter')
    await page.getByRole('button', { name: '批量检查…' }).waitFor()
    assert((await focused()) === 'BUTTON 批量检查…', `back home, the focus is on ${await focused()}`)
  }
)

s.test(
  'the exported page printed to PDF imports back as a new draft: agency and table 三 as typed',
  async () => {
    assert(exportedHtml !== '', 'the HTML export test did not run')
    const printer = await context.newPage()
    await printer.setContent(exportedHtml, { waitUntil: 'load' })
    const file = await artifactPath('export.pdf')
    await writeFile(file, await printer.pdf({ format: 'A4' }))
    await printer.close()
    const refused: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text())
    })
    await page.goto(server.url)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '导入已发布的报告' }).click()
    await (await chooser).setFiles(file)
    await page
      .getByRole('region', { name: '导入说明' })
      .getByText(/从 PDF（\d+页）中读取文字导入/)
      .waitFor()
    await page.getByRole('button', { name: REQ, exact: true }).click()
    for (const [name, value] of [
      [NEW_NP, '12'], // as the full-width test left it
      [NEW_BIZ, '2'],
      [NEW_TOT, '14']
    ] as const) {
      const got = await cell(name).inputValue()
      assert(got === value, `${name}: ${got} ≠ ${value}`)
    }
    const agency = await page.getByRole('textbox', { name: '机关名称', exact: true }).inputValue()
    assert(agency === AGENCY, `agency ${agency}`)
    // pdf.js runs under the page's policy: no eval, no worker, nothing fetched
    assert(refused.length === 0, `refused by the policy: ${refused.join('; ')}`)
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`)
  }
)

s.test('F1 opens 使用说明 with the rules of the tables; Esc closes it (screenshot)', async () => {
  await page.goto(server.url)
  await page.getByRole('button', { name: '新建报告' }).waitFor()
  await page.keyboard.press('F1')
  const dialog = page.getByRole('dialog', { name: '使用说明' })
  await dialog.getByRole('heading', { name: '表格的勾稽关系（2021年版格式）' }).waitFor()
  assert(await dialog.getByText('一+二 ＝ 三（七）+四').isVisible(), 'rule T3-01 not listed')
  await page.screenshot({ path: await artifactPath('help.png') })
  // the keyboard starts in the text: PageDown reads on
  const body = dialog.getByRole('region', { name: '使用说明' })
  assert(await body.evaluate((el) => el === document.activeElement), 'the help text does not have the focus')
  await page.keyboard.press('PageDown')
  await page.waitForFunction(() => (document.querySelector('.help-body')?.scrollTop ?? 0) > 0, null, {
    timeout: 2000
  })
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
})

// The widest of what scrolls sideways, the table's own box or (table 三) the section it scrolls with, and
// the room it has.
const HIDDEN_SIDEWAYS = `(() => {
  const boxes = [document.querySelector('.grid-scroll'), document.querySelector('.section-main')]
  const over = boxes.map((el) => el.scrollWidth - el.clientWidth)
  const el = boxes[over[0] >= over[1] ? 0 : 1]
  return [el.scrollWidth, el.clientWidth]
})()`

s.test(
  'on a 1024×768 screen tables 三 and 四 of the sample fit, nothing hidden sideways (screenshots)',
  async () => {
    await page.setViewportSize({ width: 1024, height: 768 })
    try {
      await page.goto(server.url)
      await page.getByText('示例', { exact: true }).first().waitFor()
      await openSample()
      for (const [heading, shot] of [
        [REQ, 'layout-1024-table3.png'],
        ['四、政府信息公开行政复议、行政诉讼情况', 'layout-1024-table4.png']
      ]) {
        await page.getByRole('button', { name: heading, exact: true }).click()
        const scroll = page.locator('.grid-scroll').first()
        await scroll.waitFor()
        const [scrollWidth, clientWidth] = (await page.evaluate(HIDDEN_SIDEWAYS)) as [number, number]
        await page.screenshot({ path: await artifactPath(shot) })
        assert(scrollWidth <= clientWidth, `${heading}: ${scrollWidth - clientWidth}px hidden sideways`)
      }
      // table 四's narrower cells still show a 总计 of five digits whole
      await cell('表四 行政复议 总计').fill('10000')
      const clipped = (await page.evaluate(
        "[...document.querySelectorAll('.grid-review input')].filter((i) => i.scrollWidth > i.clientWidth).length"
      )) as number
      assert(clipped === 0, `${clipped} cells of table 四 cut their figure short`)
      // with last year's figures under its cells (从上年报告新建) table 四 still fits
      await page.goto(server.url)
      // the sample's row: reports made earlier in this run have no figures of their own to carry over
      await page
        .locator('table.draft-list tbody tr', { hasText: '示例' })
        .first()
        .getByRole('button', { name: '从上年报告新建' })
        .click()
      await page.getByRole('button', { name: '四、政府信息公开行政复议、行政诉讼情况', exact: true }).click()
      await page.locator('.grid-review .last-year').first().waitFor()
      const [wide, room] = (await page.evaluate(HIDDEN_SIDEWAYS)) as [number, number]
      assert(wide <= room, `table 四 with last year's figures: ${wide - room}px hidden sideways`)
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 })
    }
  }
)

s.test(
  "table 三's column headings stay in view as the keyboard goes down it, and the cell reached shows below them",
  async () => {
    await page.goto(server.url)
    await openSample()
    await page.getByRole('button', { name: REQ, exact: true }).click()
    await cell('表三 一、本年新收政府信息公开申请数量 自然人').focus()
    const where = async () =>
      (await page.evaluate(`(() => {
        const head = document.querySelector('.grid-requests thead').getBoundingClientRect()
        const pane = document.querySelector('.section-main').getBoundingClientRect()
        const at = document.activeElement.getBoundingClientRect()
        return { headTop: head.top, headBottom: head.bottom, paneTop: pane.top, cellTop: at.top,
          cellBottom: at.bottom, paneBottom: pane.bottom, name: document.activeElement.getAttribute('aria-label') }
      })()`)) as Record<string, number> & { name: string }
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown')
    const down = await where()
    assert(down.name === '表三 四、结转下年度继续办理 自然人', `ArrowDown ended at ${down.name}`)
    await page.screenshot({ path: await artifactPath('table3-sticky-headings.png') })
    // the sample's table 三 is taller than the window: the headings stuck at the pane's top edge
    assert(Math.abs(down.headTop - down.paneTop) <= 1, `headings at ${down.headTop}, pane at ${down.paneTop}`)
    assert(
      down.cellBottom <= down.paneBottom + 1,
      `the last row's cell is below the pane (${down.cellBottom})`
    )
    // back up a few rows: the cell reached is scrolled clear of the headings, not under them
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowUp')
    const up = await where()
    assert(
      up.cellTop >= up.headBottom - 1,
      `${up.name} at ${up.cellTop} is under the headings (to ${up.headBottom})`
    )
    const under = (await page.evaluate(
      '(() => { const r = document.activeElement.getBoundingClientRect(); return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === document.activeElement })()'
    )) as boolean
    assert(under, `${up.name} is covered by something`)
  }
)

s.test(
  'the sum offered at a total (改为 N) is the Tab stop after its cell, both ways; Enter takes it',
  async () => {
    await page.goto(server.url)
    await openSample()
    await page.getByRole('button', { name: '四、政府信息公开行政复议、行政诉讼情况', exact: true }).click()
    // the sample's 行政复议 总计 (3) disagrees with its parts
    const offer = page.locator('.grid-review button.offer').first()
    await offer.waitFor()
    const offered = (await offer.textContent()) ?? ''
    const total = page.locator('.grid-review td.cell:has(button.offer)').first().locator('input')
    const name = (await total.getAttribute('aria-label')) ?? ''
    await total.focus()
    await page.keyboard.press('Tab')
    const focused = async () =>
      (await page.evaluate(
        "document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent"
      )) as string
    assert((await focused()) === offered, `Tab from ${name} went to ${await focused()}, not ${offered}`)
    // past the offer, Tab goes on to the cell after the total, as it would have from the total
    await page.keyboard.press('Tab')
    assert((await focused()).startsWith('表四 '), `Tab from the offer went to ${await focused()}`)
    // back, by the same stops
    await page.keyboard.press('Shift+Tab')
    assert((await focused()) === offered, `Shift+Tab came back to ${await focused()}, not ${offered}`)
    await page.keyboard.press('Shift+Tab')
    assert((await focused()) === name, `Shift+Tab from the offer went to ${await focused()}`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      ([label, value]) =>
        (document.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement | null)?.value === value,
      [name, offered.replace(/\D/g, '')] as const,
      { timeout: 2000 }
    )
    assert((await focused()) === name, 'after 改为 the focus is not back in the cell')
  }
)

s.test(
  'a figure typed on an offer (改为 N) goes into the next cell, as typing along a row means it',
  async () => {
    await page.goto(server.url)
    await openSample()
    await page.getByRole('button', { name: '四、政府信息公开行政复议、行政诉讼情况', exact: true }).click()
    // a 行政复议 总计 that disagrees with its parts (the case before took the sample's offer): one appears
    const total = page.locator('.grid-review input[aria-label="表四 行政复议 总计"]')
    await total.fill('99')
    await page.locator('.grid-review button.offer').first().waitFor()
    const totalValue = await total.inputValue()
    await total.focus()
    await page.keyboard.press('Tab')
    await page.keyboard.type('7')
    const focused = (await page.evaluate("document.activeElement.getAttribute('aria-label')")) as string
    assert(
      focused.startsWith('表四 ') && focused !== (await total.getAttribute('aria-label')),
      `typed into ${focused}`
    )
    assert(
      (await cell(focused).inputValue()) === '7',
      `the next cell holds ${await cell(focused).inputValue()}`
    )
    assert((await total.inputValue()) === totalValue, 'the total changed')
  }
)

s.test(
  'the page itself never scrolls: the editor’s panes do (the 问题 list’s hidden counts once made it)',
  async () => {
    await page.goto(server.url)
    await openSample()
    // a long 问题 list: table 三 emptied of its figures
    await page.getByRole('button', { name: REQ, exact: true }).click()
    await cell('表三 一、本年新收政府信息公开申请数量 自然人').fill('999')
    await problems().getByRole('button').first().waitFor()
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1024, height: 768 }
    ]) {
      await page.setViewportSize(size)
      const { scroll, inner } = (await page.evaluate(
        '({ scroll: document.scrollingElement.scrollHeight, inner: window.innerHeight })'
      )) as { scroll: number; inner: number }
      assert(scroll <= inner, `at ${size.width}px the page is ${scroll}px tall in a ${inner}px window`)
    }
    await page.setViewportSize({ width: 1366, height: 768 })
  }
)

s.test(
  'a short window (1366×768 at 150%: 911×512) opens the header folded, its title seen whole',
  async () => {
    await page.setViewportSize({ width: 911, height: 512 })
    try {
      await page.goto(server.url)
      await openSample()
      const header = page.getByRole('region', { name: '报告基本信息' })
      await header.getByRole('button', { name: '展开' }).waitFor()
      const { bottom, title, scroll, client } = (await page.evaluate(`(() => {
        const t = document.querySelector('.report-header .title input')
        return { bottom: document.querySelector('.report-header').getBoundingClientRect().bottom,
          title: t.value, scroll: t.scrollWidth, client: t.clientWidth }
      })()`)) as { bottom: number; title: string; scroll: number; client: number }
      // toolbar and folded header: about a quarter of the height, not the 300 px of 512 unfolded
      assert(bottom < 160, `the header ends at ${bottom}px of 512`)
      assert(scroll <= client, `the title “${title}” is cut off: ${scroll}px in ${client}px`)
      // by when the report is due is still said, on its line
      const note = header.locator('.deadline-note')
      const seen = await note.evaluate((el) => {
        const r = el.getBoundingClientRect()
        const at = document.elementFromPoint(r.left + 4, r.top + r.height / 2)
        return r.height < 40 && !!at && el.contains(at)
      })
      assert(seen, 'the folded header does not show the deadline on a line of its own')
      assert((await note.textContent())?.includes('发布时限'), 'the folded header does not say the deadline')
      // unfolded by the official, it stays so in the next report, short as the window is
      await header.getByRole('button', { name: '展开' }).click()
      await page.reload()
      await header.getByRole('button', { name: '收起' }).waitFor()
    } finally {
      // the cases after this one as they were: no choice made
      await page.evaluate("localStorage.removeItem('xxgk-nianbao:header-unfolded')")
      await page.setViewportSize({ width: 1366, height: 768 })
    }
  }
)

s.test('Ctrl+Z undoes in the cell it is pressed in, never in another one out of sight', async () => {
  await page.goto(server.url)
  await openSample()
  await page.getByRole('button', { name: REQ, exact: true }).click()
  const a = cell('表三 二、上年结转政府信息公开申请数量 科研机构')
  const b = cell('表三 二、上年结转政府信息公开申请数量 法律服务机构')
  const before = await b.inputValue()
  await a.focus()
  await page.keyboard.type('34')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Control+z')
  assert((await a.inputValue()) === '34', `the cell left was changed to ${await a.inputValue()}`)
  assert((await b.inputValue()) === before, `the focused cell holds ${await b.inputValue()}`)
  // in the cell itself, undo takes it back to what it held when the focus came, and Ctrl+Y again
  await a.focus()
  await page.keyboard.type('5')
  await page.keyboard.press('Control+z')
  assert((await a.inputValue()) === '34', `after Ctrl+Z the cell holds ${await a.inputValue()}`)
  await page.keyboard.press('Control+y')
  assert((await a.inputValue()) === '5', `after Ctrl+Y the cell holds ${await a.inputValue()}`)
})

s.test('全部改为半角 writes a part’s full-width digits half-width, and Ctrl+Z takes it back', async () => {
  const area = page.getByRole('textbox', { name: REQ, exact: true })
  await area.fill('本年度新收申请１２件，办结１０件。')
  // the caret where the official was: after 办结
  await area.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(12, 12))
  await page.getByRole('button', { name: '全部改为半角' }).click()
  assert(
    (await area.inputValue()) === '本年度新收申请12件，办结10件。',
    `corrected: ${await area.inputValue()}`
  )
  const caret = await area.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd].join())
  assert(caret === '12,12', `the caret went to ${caret}`)
  await page.getByRole('button', { name: '全部改为半角' }).waitFor({ state: 'detached' })
  await page.keyboard.press('Control+z')
  assert(
    (await area.inputValue()) === '本年度新收申请１２件，办结１０件。',
    `undone: ${await area.inputValue()}`
  )
})

s.test(
  'the browser’s own undo never blanks a cell out of sight: Ctrl+Z on 本年无此项, in a text',
  async () => {
    await page.goto(server.url)
    await openSample()
    const REVIEW = '四、政府信息公开行政复议、行政诉讼情况'
    await page.getByRole('button', { name: REVIEW, exact: true }).click()
    const kept = cell('表四 行政复议 结果维持')
    const total = cell('表四 行政复议 总计')
    const blank = cell('表四 行政复议 其他结果')
    for (const [c, key] of [
      [kept, '4'],
      [total, '4'],
      [blank, 'Backspace']
    ] as const) {
      await c.focus()
      await page.keyboard.press(key)
    }
    await page.getByRole('button', { name: '本年无此项' }).click()
    assert((await blank.inputValue()) === '0', `本年无此项 left ${await blank.inputValue()}`)
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+z')
    const figures = async (): Promise<string> => `${await kept.inputValue()} ${await total.inputValue()}`
    assert((await figures()) === '4 4', `Ctrl+Z on the button changed the cells: ${await figures()}`)
    const area = page.getByRole('textbox', { name: REVIEW, exact: true })
    await area.focus()
    await page.keyboard.insertText('本年度无。')
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z')
    assert((await figures()) === '4 4', `Ctrl+Z in the text changed the cells: ${await figures()}`)
    assert(await area.evaluate((e) => e === document.activeElement), 'Ctrl+Z in the text moved the focus')
    assert(
      !(await area.inputValue()).endsWith('本年度无。'),
      'the text’s own undo did not take the words back'
    )
  }
)

s.test(
  'Ctrl+Z right after a paste takes back the whole paste; Ctrl+Y never brings back over new typing',
  async () => {
    const first = '表四 行政复议 结果维持'
    const row = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((c) =>
      cell(`表四 行政复议 ${c}`)
    )
    const values = async (): Promise<string> => (await Promise.all(row.map((c) => c.inputValue()))).join(' ')
    const before = await values()
    await pasteInto(first, '1\t2\t3\t0\t6\r\n')
    assert((await values()) === '1 2 3 0 6', `pasted: ${await values()}`)
    await page.keyboard.press('Control+z')
    assert((await values()) === before, `after Ctrl+Z: ${await values()} (was ${before})`)
    await row[0].focus()
    await page.keyboard.type('5')
    await page.keyboard.press('Control+z')
    await page.keyboard.type('7')
    const typed = await row[0].inputValue()
    assert(typed.endsWith('7'), `typed: ${typed}`)
    await page.keyboard.press('Control+y')
    assert((await row[0].inputValue()) === typed, `Ctrl+Y made ${typed} ${await row[0].inputValue()}`)
  }
)

s.test(
  'a page holding several reports asks which to import; Esc imports none, a choice imports that one',
  async () => {
    const seed = join(ROOT, '../shared/seeds/002_3653a5693d759def.txt')
    await page.goto(server.url)
    const importOnce = async (): Promise<Locator> => {
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: '导入已发布的报告' }).click()
      await (await chooser).setFiles(seed)
      const dialog = page.getByRole('dialog', { name: '这个文件含有 4 份报告' })
      await dialog.waitFor()
      return dialog
    }
    const drafts = async (): Promise<number> => page.locator('table.draft-list tbody tr').count()
    await page.locator('table.draft-list tbody tr').first().waitFor()
    const before = await drafts()
    let dialog = await importOnce()
    // offered first, and focused: the report whose tables were read most completely
    const jilin = dialog.getByRole('radio', { name: /2020年吉林省商务厅/ })
    assert(await jilin.isChecked(), 'the most complete report is not the one offered')
    assert(await jilin.evaluate((e) => e === document.activeElement), 'the offered report has no focus')
    // the keyboard stays in the dialog, both ways round, and F1 waits for it to close
    const inside = (): Promise<boolean> => dialog.evaluate((d) => d.contains(document.activeElement))
    await page.keyboard.press('Shift+Tab')
    assert(await inside(), 'Shift+Tab left the dialog')
    await page.keyboard.press('Tab')
    assert(await jilin.evaluate((e) => e === document.activeElement), 'Tab did not come back to the choice')
    await page.keyboard.press('F1')
    const help = await page
      .getByRole('dialog', { name: '使用说明' })
      .waitFor({ timeout: 1000 })
      .then(
        () => true,
        () => false
      )
    assert(!help, 'F1 opened 使用说明 over the choice')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    assert((await drafts()) === before, 'Esc made a draft')
    dialog = await importOnce()
    await dialog.getByRole('radio', { name: /珠海市/ }).check()
    await dialog.getByRole('button', { name: '导入所选' }).click()
    const title = page.getByRole('textbox', { name: '报告标题', exact: true })
    await title.waitFor()
    assert(/珠海市/.test(await title.inputValue()), `imported: ${await title.inputValue()}`)
    await page
      .getByRole('region', { name: '导入说明' })
      .getByText(/本页含有多份报告，按所选导入了：.*珠海市/)
      .waitFor()
  }
)

// Figures longer than a column's share widen it: a province's 5-digit counts in table 四, 7-digit ones in
// table 三, at 1280×720 and at 1366×768 zoomed to 150%, show whole; the table scrolls sideways in its box.
s.test(
  'a big figure is shown whole in its cell, the table scrolling sideways rather than cutting it',
  async () => {
    const CUT = `(() => [...document.querySelectorAll('td.cell input')]
    .filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.getAttribute('aria-label') + ' ' + i.value))()`
    const REVIEW = '四、政府信息公开行政复议、行政诉讼情况'
    try {
      await page.goto(server.url)
      await page.getByRole('button', { name: '新建报告' }).click()
      await page.getByLabel('机关名称').fill('某某省大数测试厅')
      await page.getByLabel('年度', { exact: true }).fill('2024')
      await page.getByRole('button', { name: '创建' }).click()
      await page.getByRole('button', { name: REVIEW, exact: true }).click()
      const review = page.locator('.grid-review input')
      await review.first().waitFor()
      for (const input of await review.all()) await input.fill('12345')
      await page.getByRole('button', { name: REQ, exact: true }).click()
      const row = page.locator('.grid-requests tbody tr').first().locator('td.cell input')
      await row.first().waitFor()
      for (const input of await row.all()) await input.fill('1234567')
      for (const [width, height] of [
        [1280, 720],
        [911, 512]
      ]) {
        await page.setViewportSize({ width, height })
        for (const section of [REVIEW, REQ]) {
          await page.getByRole('button', { name: section, exact: true }).click()
          await page.locator('td.cell input').first().waitFor()
          const cut = (await page.evaluate(CUT)) as string[]
          assert(cut.length === 0, `${width}×${height}: cut short: ${cut.join(', ')}`)
          const pageWide = (await page.evaluate(
            'document.documentElement.scrollWidth - document.documentElement.clientWidth'
          )) as number
          assert(pageWide <= 0, `${width}×${height}: the page itself scrolls sideways by ${pageWide}px`)
        }
      }
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 })
    }
  }
)

s.test('a skip link shown by the keyboard covers none of the toolbar’s buttons (返回首页)', async () => {
  await page.goto(server.url)
  await openSample()
  const home = page.getByRole('button', { name: '返回首页', exact: true })
  await home.waitFor()
  for (const name of ['跳到正文', '跳到问题列表']) {
    const link = page.getByRole('button', { name, exact: true })
    await link.focus()
    const [a, b] = [await link.boundingBox(), await home.boundingBox()]
    assert(a && b, 'no box')
    const apart =
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
    assert(apart, `${name} (${JSON.stringify(a)}) covers 返回首页 (${JSON.stringify(b)})`)
  }
})

await s.run(async () => {
  await context.close()
  await server.close()
})
