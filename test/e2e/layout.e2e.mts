// The editor on the screens officials have: 1280×720 (1920×1080 at Windows' 150%), 1366×768 and 1366×768
// at 125% (1093×614). A cell's message is read without hiding the cells it talks about; the tables fit.
import type { Locator, Page } from 'playwright-core'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { artifactPath, assert, launch, ROOT, serveStatic, suite } from './lib/harness.mts'

const REQ = '三、收到和处理政府信息公开申请情况'
const REVIEW = '四、政府信息公开行政复议、行政诉讼情况'
const NEW_NP = '表三 一、本年新收政府信息公开申请数量 自然人'
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1093, height: 614 },
  { width: 1366, height: 768 }
] as const

const s = suite('layout on small screens: cell messages, tables, panels and dialogs')
const server = await serveStatic()
const { context } = await launch()
const page: Page = await context.newPage()
const pageErrors: string[] = []
page.on('pageerror', (e) => pageErrors.push(e.message))

const cell = (name: string): Locator => page.getByRole('textbox', { name, exact: true })
const section = (heading: string): Promise<void> =>
  page.getByRole('button', { name: heading, exact: true }).click()

async function openSample(size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size)
  await page.goto(server.url)
  await page
    .locator('table.draft-list tbody tr', { hasText: '示例' })
    .first()
    .getByRole('button')
    .first()
    .click()
  await page.getByRole('textbox', { name: '机关名称' }).waitFor()
}

interface Covered {
  /** The cell's own message (its aria-describedby). */
  said: string
  /** Where the eye reads it: the shown elements holding its words, outside 问题; null if nowhere. */
  box: { top: number; bottom: number; left: number; right: number } | null
  /** Whether that box lies inside the section's pane, as far as the pane shows. */
  inPane: boolean
  /** What it covers of the cell, its row, the row under it (but labels spanning more), and the column's headings. */
  hidden: string[]
}

// Run in the page as a string: a function passed from here would carry tsx's __name helper.
const COVERED = (target: string): string => `(() => {
  const input = ${target}
  const said = document.getElementById(input.getAttribute('aria-describedby') || '')?.textContent ?? ''
  const first = said.slice(0, 10)
  const shown = first ? [...document.querySelectorAll('p')].filter((p) => !p.closest('.problems') &&
    p.textContent.includes(first) && p.getClientRects().length > 0) : []
  if (!shown.length) return { said, box: null, inPane: false, hidden: [] }
  const rs = shown.map((p) => p.getBoundingClientRect())
  const box = { top: Math.min(...rs.map((r) => r.top)), bottom: Math.max(...rs.map((r) => r.bottom)),
    left: Math.min(...rs.map((r) => r.left)), right: Math.max(...rs.map((r) => r.right)) }
  const pane = document.querySelector('.section-main').getBoundingClientRect()
  const inPane = box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1 && box.left >= pane.left - 1 &&
    box.right <= pane.right + 1
  const td = input.closest('td')
  const tr = td.parentElement
  const rows = [...tr.closest('table').rows]
  const below = rows[rows.indexOf(tr) + 1]
  const at = td.getBoundingClientRect()
  const heads = [...tr.closest('table').querySelectorAll('thead th')].filter((th) => {
    const r = th.getBoundingClientRect()
    return r.right > at.left + 1 && r.left < at.right - 1
  })
  // a label spanning many rows (三、本年度办理结果) reaches far beyond these two
  const rowCells = [...tr.cells, ...(below ? below.cells : [])].filter((c) => c.rowSpan === 1 || c === td)
  const near = [...rowCells, ...heads, ...tr.querySelectorAll('button.offer')]
  const hidden = near.filter((el) => {
    const r = el.getBoundingClientRect()
    return r.bottom > box.top + 1 && r.top < box.bottom - 1 && r.right > box.left + 1 && r.left < box.right - 1
  }).map((el) => el.querySelector('input')?.getAttribute('aria-label') ?? el.textContent)
  return { said, box, inPane, hidden }
})()`
const covered = (): Promise<Covered> => page.evaluate(COVERED('document.activeElement')) as Promise<Covered>

function assertClear(c: Covered, where: string): void {
  assert(c.said, `${where}: the cell has no message`)
  assert(c.box, `${where}: its message “${c.said}” is nowhere to be read`)
  assert(c.inPane, `${where}: its message is outside the pane (${JSON.stringify(c.box)})`)
  assert(c.hidden.length === 0, `${where}: its message covers ${c.hidden.join('、')}`)
}

s.test(
  'a focused cell’s message covers neither its row, nor the row under it, nor its column’s headings',
  async () => {
    for (const size of SCREENS) {
      const at = `${size.width}×${size.height}`
      await openSample(size)
      // the sample's 行政复议 总计 disagrees with its parts: a message, and 改为 N in the cell
      await section(REVIEW)
      await page.locator('.grid-review button.offer').first().waitFor()
      await cell('表四 行政复议 总计').focus()
      await page.screenshot({ path: await artifactPath(`layout-${at}-table4-message.png`) })
      assertClear(await covered(), `${at} 表四 行政复议 总计`)
      // table 三: a figure that breaks its row and its column (no 改为 at either total: the figure is the mistake)
      await section(REQ)
      await cell(NEW_NP).fill('999')
      await page.locator('.grid-requests [aria-invalid="true"]').first().waitFor()
      await cell(NEW_NP).focus()
      await page.screenshot({ path: await artifactPath(`layout-${at}-table3-message.png`) })
      assertClear(await covered(), `${at} ${NEW_NP}`)
    }
  }
)

s.test(
  'where table 三 scrolls sideways (1366×768 at 150%), the message goes along, read from its start',
  async () => {
    await openSample({ width: 911, height: 512 })
    await section(REQ)
    await cell(NEW_NP).fill('999')
    const total = cell('表三 一、本年新收政府信息公开申请数量 总计')
    await page.locator('.grid-requests [aria-invalid="true"]').first().waitFor()
    await total.focus()
    const scrolled = (await page.evaluate("document.querySelector('.section-main').scrollLeft")) as number
    await page.screenshot({ path: await artifactPath('layout-911×512-table3-sideways.png') })
    assert(scrolled > 0, 'table 三 did not scroll sideways to its 总计: no case')
    assertClear(await covered(), '911×512 表三 一 总计')
  }
)

s.test(
  'down table 三 by the keyboard, each cell’s message leaves the cell and the row under it in view',
  async () => {
    for (const size of SCREENS.slice(0, 2)) {
      const at = `${size.width}×${size.height}`
      await openSample(size)
      await section(REQ)
      await cell(NEW_NP).fill('999')
      await page.locator('.grid-requests [aria-invalid="true"]').first().waitFor()
      await cell(NEW_NP).focus()
      let seen = 0
      for (let i = 0; i < 40; i++) {
        const name = (await page.evaluate("document.activeElement.getAttribute('aria-label')")) as string
        if (await page.evaluate("document.activeElement.hasAttribute('aria-describedby')")) {
          assertClear(await covered(), `${at} ${name}`)
          seen++
        }
        await page.keyboard.press('ArrowDown')
      }
      // 自然人's column sum: its parts down the table are marked too
      assert(seen >= 3, `${at}: only ${seen} cells with a message on the way down`)
    }
  }
)

s.test(
  'a cell clicked at the foot of the pane shows its message clear of it, its figure still selected',
  async () => {
    await openSample({ width: 1280, height: 720 })
    await section(REQ)
    await cell(NEW_NP).fill('999')
    await page.locator('.grid-requests [aria-invalid="true"]').first().waitFor()
    await page.getByRole('textbox', { name: REQ, exact: true }).focus()
    // the row 四、结转下年度 at the pane's foot, its 自然人 part of the broken column sum
    const target = cell('表三 四、结转下年度继续办理 自然人')
    await target.evaluate((el) => {
      const pane = el.closest('.section-main')!
      pane.scrollTop += el.getBoundingClientRect().bottom - pane.getBoundingClientRect().bottom + 4
    })
    await target.click()
    const c = (await page.evaluate(COVERED('document.activeElement'))) as Covered
    await page.screenshot({ path: await artifactPath('layout-1280x720-clicked-at-foot.png') })
    assertClear(c, 'clicked at the foot')
    const selected = await target.evaluate(
      (el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length
    )
    assert(selected, 'the click did not leave the figure selected, to be typed over')
    // a second click puts the caret where it is, as in any field
    await target.click()
    const caret = await target.evaluate((el: HTMLInputElement) => el.selectionStart === el.selectionEnd)
    assert(caret, 'a second click in the cell still selects the whole figure')
  }
)

s.test('a cell under the pointer shows its message without covering it', async () => {
  await openSample({ width: 1280, height: 720 })
  await section(REQ)
  await cell(NEW_NP).fill('999')
  await page.locator('.grid-requests [aria-invalid="true"]').first().waitFor()
  await page.getByRole('textbox', { name: REQ, exact: true }).focus()
  for (const name of [NEW_NP, '表三 二、上年结转政府信息公开申请数量 自然人']) {
    await cell(name).hover()
    const c = (await page.evaluate(
      COVERED(`document.querySelector('input[aria-label="${name}"]')`)
    )) as Covered
    assert(c.box, `hovered ${name}: its message is not shown`)
    assertClear(c, `hovered ${name}`)
  }
  // at the pane's foot, where the line would stick over it, the cell stays in sight (the message waits
  // under the table)
  const foot = '表三 四、结转下年度继续办理 自然人'
  await cell(foot).evaluate((el) => {
    const pane = el.closest('.section-main')!
    pane.scrollTop += el.getBoundingClientRect().bottom - pane.getBoundingClientRect().bottom + 4
  })
  await cell(foot).hover()
  const c = (await page.evaluate(COVERED(`document.querySelector('input[aria-label="${foot}"]')`))) as Covered
  assert(c.said, `${foot} has no message: no case`)
  const pointed = (await cell(foot).evaluate((el) => {
    const r = el.getBoundingClientRect()
    return el.closest('td')!.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2))
  })) as boolean
  const lineOver = c.box !== null && c.hidden.length > 0
  assert(pointed && !lineOver, `hovered ${foot}: its message covers ${c.hidden.join('、')}`)
})

s.test(
  'a 表四 of five-digit figures fits, with last year’s under them and an offered sum (a province’s)',
  async () => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(server.url)
    const fill = async (): Promise<void> => {
      await section(REVIEW)
      const inputs = page.locator('.grid-review input')
      await inputs.first().waitFor()
      for (const input of await inputs.all()) await input.fill('12345')
      // a total that disagrees: 改为 49380 in its cell
      await cell('表四 行政复议 总计').fill('12346')
      await page.locator('.grid-review button.offer').first().waitFor()
    }
    await page.getByRole('button', { name: '新建报告' }).click()
    await page.getByLabel('机关名称').fill('某某省大数测试厅')
    await page.getByLabel('年度', { exact: true }).fill('2024')
    await page.getByRole('button', { name: '创建' }).click()
    await fill()
    await page.getByRole('button', { name: '返回首页' }).click()
    await page
      .locator('table.draft-list tbody tr', { hasText: '某某省大数测试厅' })
      .first()
      .getByRole('button', { name: '从上年报告新建' })
      .click()
    await fill()
    await page.locator('.grid-review .last-year').first().waitFor()
    for (const size of SCREENS) {
      const at = `${size.width}×${size.height}`
      await page.setViewportSize(size)
      const { hidden, cut } = (await page.evaluate(`(() => {
        const box = document.querySelector('.grid-review').closest('.grid-scroll')
        const cut = [...document.querySelectorAll('.grid-review input')]
          .filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.getAttribute('aria-label'))
        return { hidden: box.scrollWidth - box.clientWidth, cut }
      })()`)) as { hidden: number; cut: string[] }
      await page.screenshot({ path: await artifactPath(`layout-${at}-table4-five-digits.png`) })
      assert(cut.length === 0, `${at}: cut short: ${cut.join('、')}`)
      assert(hidden <= 0, `${at}: 表四 hides ${hidden}px sideways`)
    }
  }
)

s.test('预览 opens right under the toolbar: nothing of the editor shows between them', async () => {
  for (const size of SCREENS) {
    const at = `${size.width}×${size.height}`
    await openSample(size)
    await page.getByRole('button', { name: '预览', exact: true }).click()
    const preview = page.getByRole('dialog', { name: '预览' })
    await preview.waitFor()
    const { bar, top, between } = (await page.evaluate(`(() => {
      const bar = document.querySelector('.toolbar').getBoundingClientRect().bottom
      const top = document.querySelector('.preview').getBoundingClientRect().top
      // what shows just under the toolbar, across the window
      const between = [...Array(20).keys()].map((i) => document.elementFromPoint((i + 0.5) * innerWidth / 20, bar + 2))
        .filter((el) => !el.closest('.preview, .toolbar')).map((el) => el.className || el.tagName)
      return { bar, top, between }
    })()`)) as { bar: number; top: number; between: string[] }
    await page.screenshot({ path: await artifactPath(`layout-${at}-preview.png`) })
    assert(
      between.length === 0,
      `${at}: under the toolbar (${bar}px) the editor shows: ${between.join(', ')}`
    )
    assert(Math.abs(top - bar) <= 1, `${at}: 预览 begins at ${top}px, the toolbar ends at ${bar}px`)
    await page.keyboard.press('Escape')
  }
  // a long status takes a line of its own under the toolbar's buttons: the preview opens under both
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.getByRole('button', { name: '返回首页' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '导入已发布的报告' }).click()
  await (await chooser).setFiles(join(ROOT, '../shared/seeds/000_2ce564af3c6c5d5d.txt'))
  await page.getByRole('region', { name: '导入说明' }).waitFor()
  await page.getByRole('button', { name: '预览', exact: true }).click()
  await page.getByRole('dialog', { name: '预览' }).waitFor()
  const [bar, top] = (await page.evaluate(
    "[document.querySelector('.toolbar').getBoundingClientRect(), document.querySelector('.preview').getBoundingClientRect().top]"
  )) as [DOMRect, number]
  assert(bar.height > 45, `the status did not take a second line (${bar.height}px): no case`)
  assert(Math.abs(top - bar.bottom) <= 1, `预览 begins at ${top}px, the toolbar ends at ${bar.bottom}px`)
  await page.keyboard.press('Escape')
})

s.test(
  'renaming on the home list, an agency’s name of 17 characters is seen whole in its field',
  async () => {
    const name = '某某市某某区住房和城乡建设局办公室'
    await page.setViewportSize({ width: 1093, height: 614 })
    await page.goto(server.url)
    await page.getByRole('button', { name: '新建报告' }).first().click()
    await page.getByLabel('机关名称').fill(name)
    await page.getByLabel('年度', { exact: true }).fill('2023')
    await page.getByRole('button', { name: '创建' }).click()
    await page.getByRole('button', { name: '返回首页' }).click()
    for (const size of SCREENS) {
      await page.setViewportSize(size)
      const row = page.locator('table.draft-list tbody tr', { hasText: name }).first()
      await row.getByRole('button', { name: '重命名' }).click()
      const field = row.getByRole('textbox')
      const [scroll, client] = await field.evaluate((el) => [el.scrollWidth, el.clientWidth])
      const [ok, cancel] = [
        await row.getByRole('button', { name: '确定' }).boundingBox(),
        await row.getByRole('button', { name: '取消' }).boundingBox()
      ]
      await page.screenshot({ path: await artifactPath(`layout-${size.width}×${size.height}-rename.png`) })
      assert(scroll <= client, `${size.width}px: the name takes ${scroll}px in a field of ${client}px`)
      assert(ok && cancel && Math.abs(ok.y - cancel.y) < 2, `${size.width}px: 确定 and 取消 on two lines`)
      await page.keyboard.press('Escape')
    }
  }
)

s.test(
  'a page of a dozen reports to choose from: 导入所选 stays in a short window, the last one reachable',
  async () => {
    // seed 002's four reports, four times over under other names: sixteen to choose from
    const seed = await readFile(join(ROOT, '../shared/seeds/002_3653a5693d759def.txt'), 'utf8')
    const text = ['一', '二', '三', '四']
      .map((n) =>
        seed
          .replaceAll('商务厅', `商务${n}厅`)
          .replaceAll('人民政府', `人民${n}政府`)
          .replaceAll('珠海市', `珠海${n}市`)
      )
      .join('\n')
    // 1366×768 at 125% in a window: the taskbar and the window's title and menu leave some 523 px
    await page.setViewportSize({ width: 1093, height: 523 })
    await page.goto(server.url)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '导入已发布的报告' }).click()
    await (await chooser).setFiles({ name: 'reports.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })
    const dialog = page.getByRole('dialog', { name: '这个文件含有 16 份报告' })
    await dialog.waitFor()
    await page.screenshot({ path: await artifactPath('layout-1093×523-report-choice.png') })
    const inWindow = async (l: Locator): Promise<boolean> => {
      const b = await l.boundingBox()
      return b !== null && b.y >= 0 && b.y + b.height <= 523
    }
    for (const name of ['导入所选', '取消'])
      assert(await inWindow(dialog.getByRole('button', { name })), `${name} is outside the window`)
    const last = dialog.getByRole('radio').last()
    await last.scrollIntoViewIfNeeded()
    assert(await inWindow(last), 'the last report cannot be brought into the window')
    await last.check()
    assert(
      await inWindow(dialog.getByRole('button', { name: '导入所选' })),
      '导入所选 went out of the window'
    )
    await dialog.getByRole('button', { name: '导入所选' }).click()
    const title = page.getByRole('textbox', { name: '报告标题', exact: true })
    await title.waitFor()
    assert(/珠海四市/.test(await title.inputValue()), `imported: ${await title.inputValue()}`)
  }
)

s.test('a cell hovered at the pane’s foot, hovered again higher up, shows its message in sight', async () => {
  await openSample({ width: 1280, height: 720 })
  await section(REQ)
  // 自然人's outcomes no longer add up: every cell of them down the table has the message
  await cell('表三 （一）予以公开 自然人').fill('999')
  await page.locator('.grid-requests [aria-invalid="true"]').first().waitFor()
  await page.getByRole('textbox', { name: REQ, exact: true }).focus()
  const target = cell('表三 1.本机关不掌握相关政府信息 自然人')
  const scrollTo = (share: number) =>
    target.evaluate((el, share) => {
      const pane = el.closest('.section-main')!
      const p = pane.getBoundingClientRect()
      pane.scrollTop += el.getBoundingClientRect().bottom - (p.top + p.height * share) + 4
    }, share)
  await scrollTo(1)
  await target.hover()
  // the pointer gone, the cell scrolled a third of the way down, hovered again
  await page.mouse.move(5, 715)
  await scrollTo(1 / 3)
  await target.hover()
  const inSight = async (): Promise<boolean> =>
    (await page.evaluate(`(() => {
      const line = document.querySelector('.cell-line')
      const pane = document.querySelector('.section-main').getBoundingClientRect()
      if (!line) return false
      const r = line.getBoundingClientRect()
      return r.top >= pane.top && r.bottom <= pane.bottom + 1
    })()`)) as boolean
  await page.waitForFunction(() => document.querySelector('.cell-line'))
  assert(await inSight(), 'hovered again higher up the pane: its message waits out of sight under the table')
})

await s.run(async () => {
  assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`)
  await context.close()
  await server.close()
})
