// drafts.autosave.p95ms: one autosave (checks + one IndexedDB transaction) with 50 drafts × 20 revisions in
// the database, p95 over 40 saves (goal ≤ 10). drafts.home.ms: the home screen mounting and listing those
// drafts, median of 8 (goal ≤ 100). Both in Debian Chromium on the built renderer with real IndexedDB.
import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { launch, RENDERER_DIR, ROOT, serveStatic } from '../../test/e2e/lib/harness.mts'
import { sampleReport } from '../../src/shared/sample/index.ts'
import { quantile, typedSaves } from '../lib/saves.mts'

const DRAFTS = 50
const REVISIONS = 20
const SAVES = 40

const round = (x: number) => Math.round(x * 100) / 100

// A string, not a function: tsx would wrap named arrows in a __name helper the page does not have.
const timeHome = (n: number) => `new Promise((ok) => {
  const t0 = performance.now()
  const obs = new MutationObserver(() => {
    if (document.querySelectorAll('table.draft-list tbody tr').length === ${n}) {
      obs.disconnect()
      ok(performance.now() - t0)
    }
  })
  obs.observe(document.body, { childList: true, subtree: true })
  ;[...document.querySelectorAll('button')].find((b) => b.textContent === '返回首页').click()
})`

export default async function drafts() {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT })
  const server = await serveStatic()
  const { context } = await launch()
  try {
    const page = await context.newPage()
    await page.goto(server.url)
    // The sample draft in the list: the app has created its database by then (Dexie loads after the first frame).
    await page.locator('table.draft-list tbody tr').first().waitFor()

    // Fill the database the app created: 50 drafts, each with 20 revisions.
    await page.evaluate(
      async ({ report, drafts, revisions }) => {
        const db = await new Promise<IDBDatabase>((ok, err) => {
          const r = indexedDB.open('xxgk-nianbao')
          r.onsuccess = () => ok(r.result)
          r.onerror = () => err(r.error)
        })
        const tx = db.transaction(['drafts', 'revisions'], 'readwrite')
        const now = Date.now()
        for (let d = 0; d < drafts; d++) {
          const id = `bench-${d}`
          const rep = {
            ...report,
            agency: `某某市第${d}局`,
            title: `某某市第${d}局${report.year}年政府信息公开工作年度报告`
          }
          tx.objectStore('drafts').put({
            id,
            report: rep,
            createdAt: now - 1e7,
            updatedAt: now - d * 1000,
            deletedAt: 0,
            rev: 1,
            errorCount: 2,
            warningCount: 0,
            sample: false
          })
          for (let v = 0; v < revisions; v++)
            tx.objectStore('revisions').put({
              id: `${id}-r${v}`,
              draftId: id,
              at: now - 1e6 + v,
              kind: 'auto',
              report: rep
            })
        }
        await new Promise((ok, err) => {
          tx.oncomplete = ok
          tx.onerror = () => err(tx.error)
        })
        db.close()
      },
      { report: sampleReport(), drafts: DRAFTS, revisions: REVISIONS }
    )
    await page.reload()
    const rows = page.locator('table.draft-list tbody tr')
    await page.waitForFunction(
      (n) => document.querySelectorAll('table.draft-list tbody tr').length === n,
      DRAFTS + 1
    )

    // Home: from leaving the editor to the full list on screen.
    const homeTimes: number[] = []
    for (let i = 0; i < 8; i++) {
      await page.getByRole('button', { name: `某某市第${i}局`, exact: true }).click()
      await page.getByRole('button', { name: '返回首页' }).waitFor()
      homeTimes.push(await page.evaluate<number>(timeHome(DRAFTS + 1)))
    }
    if ((await rows.count()) !== DRAFTS + 1) throw new Error('home list incomplete')

    // Autosave: type into 一、总体情况 of one draft, one key per save window; read the session's own timings.
    await page.getByRole('button', { name: '某某市第10局', exact: true }).click()
    const saves = await typedSaves(page, SAVES)
    if (process.env.BENCH_VERBOSE) console.error(saves.map((x) => x.toFixed(1)).join(' '))
    if (saves.length < SAVES / 2) throw new Error(`only ${saves.length} saves measured`)
    return {
      'drafts.autosave.p95ms': {
        value: round(quantile(saves, 0.95)),
        unit: `ms (p95 of ${saves.length} saves, Chromium IndexedDB, ${DRAFTS}×${REVISIONS} in db)`,
        goal: 10
      },
      'drafts.home.ms': {
        value: round(quantile(homeTimes, 0.5)),
        unit: `ms (median of ${homeTimes.length}, ${DRAFTS + 1} drafts listed, Chromium)`,
        goal: 100
      }
    }
  } finally {
    await context.close()
    await server.close()
  }
}
