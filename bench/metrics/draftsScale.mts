// The drafts of a city's 政务公开办 at scale, in Debian Chromium on the built renderer with real IndexedDB:
// 500 drafts (100 departments × 5 years), 40 revisions each, and 3 drafts with 2000 revisions from long
// editing sessions; each report's 总体情况 about 3500 characters, as published ones are. Seeded with counts
// made by older checks, as after an update.
// drafts.scale.coldHome.ms: a reload to the full list drawn. drafts.scale.recountBlock.ms: the longest the
// page's thread is held in the 10 s after that load (the counts made again after an update).
// drafts.scale.home.ms: leaving the editor to the full list, median of 5; drafts.scale.homeBlock.ms the
// longest the thread is held in the 2 s after. drafts.scale.search.p95ms / sort.p95ms: a key typed in 搜索
// (or a sort chosen) to the next frame. drafts.scale.open.ms: a click on a draft to its text box.
// drafts.scale.autosave.p95ms: as drafts.autosave.p95ms, on a draft with 2000 revisions.
// drafts.scale.history.ms: 历史版本 on that draft to its list drawn. drafts.scale.fromLastYear.ms: 从上年报告新建
// to the new report's text box. drafts.scale.trash.ms: 删除 to its message. drafts.scale.backup.ms /
// backupBlock.ms / backup.MB: 备份全部报告 to the file, the longest hold of the thread, the file's size.
// drafts.scale.restore.ms / restoreBlock.ms: that file restored into a new profile (all added).
import { existsSync, statSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { launch, RENDERER_DIR, ROOT, serveStatic } from '../../test/e2e/lib/harness.mts'
import { sampleReport } from '../../src/shared/sample/index.ts'
import { MAX_SAVE_GB } from '../../src/main/piece-saves.ts'
import { quantile, typedSaves } from '../lib/saves.mts'

const DEPARTMENTS = 100
const YEARS = [2021, 2022, 2023, 2024, 2025]
const REVISIONS = 40
const LONG = 3
const LONG_REVISIONS = 2000
const SAVES = 30
const DRAFTS = DEPARTMENTS * YEARS.length
const verbose = !!process.env.BENCH_VERBOSE

const round = (x: number) => Math.round(x * 10) / 10
const log = (...a: unknown[]) => verbose && console.error(...a)

// The page's long tasks, kept from its first script on (strings: tsx would wrap functions in __name).
const LONGTASKS = `
  window.__tasks = []
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]) })
    .observe({ type: 'longtask', buffered: true })
  window.__frames = []
  for (const type of ['input', 'change'])
    document.addEventListener(type, (e) => {
      const t0 = e.timeStamp
      requestAnimationFrame(() => setTimeout(() => window.__frames.push(performance.now() - t0)))
    }, true)
`
/** The longest the page's thread was held from `since` (performance.now()) on. */
const longestSince = (page: Page, since: number) =>
  page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __tasks: [number, number][] }).__tasks
          .filter(([s, d]) => s + d >= t)
          .map(([, d]) => d)
      ),
    since
  )
const now = (page: Page) => page.evaluate(() => performance.now())
const rows = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('table.draft-list tbody tr').length)
const waitRows = (page: Page, n: number) =>
  page.waitForFunction((k) => document.querySelectorAll('table.draft-list tbody tr').length === k, n, {
    timeout: 120_000,
    polling: 'raf'
  })

const row = (page: Page, id: string) => page.locator('tr', { has: page.locator(`[data-draft="${id}"]`) })

async function seed(page: Page): Promise<void> {
  const base = sampleReport(2024)
  const overview = base.sections.overview.repeat(4)
  for (let k = 0; k < DEPARTMENTS; k += 10) {
    await page.evaluate(
      async ({ base, overview, from, to, years, revisions, long, longRevisions }) => {
        const db = await new Promise<IDBDatabase>((ok, err) => {
          const r = indexedDB.open('xxgk-nianbao')
          r.onsuccess = () => ok(r.result)
          r.onerror = () => err(r.error)
        })
        const now = Date.now()
        const tx = db.transaction(['drafts', 'revisions'], 'readwrite')
        for (let k = from; k < to; k++)
          years.forEach((year, y) => {
            const id = `scale-${k}-${year}`
            const agency = `某某市第${k}局`
            const report = {
              ...base,
              year,
              agency,
              agencyKind: 'department',
              title: `${agency}${year}年政府信息公开工作年度报告`,
              sections: { ...base.sections, overview }
            }
            tx.objectStore('drafts').put({
              id,
              report,
              createdAt: now - 4e9,
              updatedAt: now - (k * years.length + y) * 60_000,
              deletedAt: 0,
              rev: 3,
              errorCount: 0,
              warningCount: 0,
              checkedWith: 0,
              sample: false,
              ...(y % 2 && y > 0 ? { lastYearId: `scale-${k}-${years[y - 1]}` } : {})
            })
            const n = k < long && y === years.length - 1 ? longRevisions : revisions
            for (let v = 0; v < n; v++)
              tx.objectStore('revisions').put({
                id: `${id}-r${v}`,
                draftId: id,
                at: now - 4e9 + v * 300_000,
                kind: v % 25 === 24 ? 'snapshot' : 'auto',
                ...(v % 25 === 24 ? { name: `第${v}版` } : {}),
                report: { ...report, sections: { ...report.sections, other: `${v}` } }
              })
          })
        await new Promise((ok, err) => {
          tx.oncomplete = ok
          tx.onerror = () => err(tx.error)
        })
        db.close()
      },
      {
        base,
        overview,
        from: k,
        to: k + 10,
        years: YEARS,
        revisions: REVISIONS,
        long: LONG,
        longRevisions: LONG_REVISIONS
      }
    )
  }
}

export default async function draftsScale() {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT })
  const server = await serveStatic()
  const { context } = await launch()
  await context.addInitScript(LONGTASKS)
  const out: Record<string, { value: number; unit: string; goal: number }> = {}
  const put = (name: string, value: number, unit: string, goal: number) => {
    out[`drafts.scale.${name}`] = { value: round(value), unit, goal }
    log(name, round(value), unit)
  }
  const scale = `${DRAFTS} drafts × ${REVISIONS} revisions, ${LONG} × ${LONG_REVISIONS}`
  let backupFile: string | undefined
  try {
    const page = await context.newPage()
    await page.goto(server.url)
    await page.locator('table.draft-list tbody tr').first().waitFor()
    const t0 = Date.now()
    await seed(page)
    log('seeded in', Date.now() - t0, 'ms')

    // Cold: a reload to the list, then the thread's longest hold while the stale counts are made again.
    await page.reload()
    await waitRows(page, DRAFTS + 1)
    const cold = await now(page)
    await page.waitForTimeout(10_000)
    put('coldHome.ms', cold, `ms (reload to ${DRAFTS + 1} rows, ${scale})`, 1500)
    put('recountBlock.ms', await longestSince(page, 0), 'ms (longest task in the 10 s after a reload)', 200)

    // Steady: from the editor back to the list.
    const homes: number[] = []
    const blocks: number[] = []
    for (let i = 0; i < 5; i++) {
      await page
        .getByRole('button', { name: `某某市第${50 + i}局`, exact: true })
        .first()
        .click()
      await page.getByRole('button', { name: '返回首页' }).waitFor()
      const t = await now(page)
      await page.getByRole('button', { name: '返回首页' }).click()
      await waitRows(page, DRAFTS + 1)
      homes.push((await now(page)) - t)
      await page.waitForTimeout(2000)
      blocks.push(await longestSince(page, t))
    }
    put('home.ms', quantile(homes, 0.5), `ms (editor to ${DRAFTS + 1} rows, median of 5)`, 300)
    put('homeBlock.ms', quantile(blocks, 0.5), 'ms (longest task in the 2 s after, median of 5)', 200)

    // Search and sort: each key or choice to the next frame.
    const search = page.getByRole('searchbox', { name: '搜索' })
    await page.evaluate(() => ((window as unknown as { __frames: number[] }).__frames = []))
    await search.click()
    await page.keyboard.type('第37局', { delay: 150 })
    await page.keyboard.press('Backspace', { delay: 150 })
    await page.keyboard.press('Backspace', { delay: 150 })
    await search.fill('')
    await page.waitForTimeout(500)
    const searchFrames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames)
    put('search.p95ms', quantile(searchFrames, 0.95), `ms (key to frame, ${searchFrames.length} keys)`, 100)
    await page.evaluate(() => ((window as unknown as { __frames: number[] }).__frames = []))
    for (const label of ['机关名称', '年度', '问题数', '最后编辑', '机关名称', '最后编辑']) {
      await page.getByRole('combobox', { name: '排序' }).selectOption({ label })
      await page.waitForTimeout(300)
    }
    const sortFrames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames)
    put('sort.p95ms', quantile(sortFrames, 0.95), `ms (choice to frame, ${sortFrames.length} choices)`, 200)

    // Opening the draft with 2000 revisions; autosave there; its history.
    let t = Date.now()
    await page.locator('[data-draft="scale-0-2025"]').click()
    const prose = page.getByRole('textbox', { name: '一、总体情况', exact: true })
    await prose.waitFor()
    put('open.ms', Date.now() - t, 'ms (click to the text box, a draft of 2000 revisions)', 300)
    const saves = await typedSaves(page, SAVES)
    put('autosave.p95ms', quantile(saves, 0.95), `ms (p95 of ${saves.length} saves, ${scale})`, 10)
    const h0 = await now(page)
    await page.getByRole('button', { name: '历史版本' }).click()
    await page.locator('ol.revisions li').first().waitFor({ timeout: 120_000 })
    const h1 = await now(page)
    put(
      'history.ms',
      h1 - h0,
      `ms (历史版本 to its list, ${await page.locator('ol.revisions li').count()} listed)`,
      300
    )
    put('historyBlock.ms', await longestSince(page, h0), 'ms (longest task opening 历史版本)', 200)
    await page.keyboard.press('Escape')

    // 从上年报告新建 on a 2025 report: a new 2026 one.
    await page.getByRole('button', { name: '返回首页' }).click()
    await waitRows(page, DRAFTS + 1)
    await search.fill('第42局')
    t = Date.now()
    await row(page, 'scale-42-2025').getByRole('button', { name: '从上年报告新建' }).click()
    await prose.waitFor()
    put('fromLastYear.ms', Date.now() - t, 'ms (从上年报告新建 to the new text box)', 500)
    await page.getByRole('button', { name: '返回首页' }).click()
    // 搜索 is kept while a report is open: the list comes back still searched for 第42局.
    await search.fill('')
    await waitRows(page, DRAFTS + 2)

    // 删除 one: to its message.
    t = Date.now()
    await row(page, 'scale-43-2025').getByRole('button', { name: '删除' }).click()
    await page.getByText('移到回收站').waitFor()
    put('trash.ms', Date.now() - t, 'ms (删除 to its message)', 300)

    // 备份全部报告: in pieces through the bridge (beginSave, appendSave, endSave), here the browser build's,
    // which joins them in a Blob and downloads it.
    await page.waitForTimeout(2000)
    const b0 = await now(page)
    t = Date.now()
    const download = page.waitForEvent('download', { timeout: 600_000 })
    await page.getByRole('button', { name: '备份全部报告' }).click()
    const file = await download
    put('backup.ms', Date.now() - t, 'ms (备份全部报告 to the file)', 10_000)
    put('backupBlock.ms', await longestSince(page, b0), 'ms (longest task while backing up)', 500)
    backupFile = join(ROOT, 'test/artifacts/scale-backup.json')
    await file.saveAs(backupFile)
    put(
      'backup.MB',
      statSync(backupFile).size / 1e6,
      `MB (the backup file, saved in pieces; the app saves at most ${MAX_SAVE_GB} GB, src/main/piece-saves.ts)`,
      (MAX_SAVE_GB * 1024 ** 3) / 1e6
    )
    await page.close()
  } finally {
    await context.close()
  }

  // Restore into a new profile: every draft and revision added.
  if (backupFile) {
    const { context: fresh } = await launch()
    await fresh.addInitScript(LONGTASKS)
    try {
      const page = await fresh.newPage()
      await page.goto(server.url)
      await page.locator('table.draft-list tbody tr').first().waitFor()
      await page.waitForTimeout(1000)
      const r0 = await now(page)
      const t = Date.now()
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: '从备份恢复' }).click()
      await (await chooser).setFiles(backupFile)
      await page.getByText('已从备份恢复').waitFor({ timeout: 600_000 })
      put('restore.ms', Date.now() - t, 'ms (从备份恢复 into a new profile, to its message)', 20_000)
      put('restoreBlock.ms', await longestSince(page, r0), 'ms (longest task while restoring)', 500)
      log('rows after restore', await rows(page))
    } finally {
      await fresh.close()
    }
  }
  await server.close()
  return out
}
