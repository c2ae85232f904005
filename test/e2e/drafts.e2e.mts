// Drafts are never lost: in Debian Chromium on the built renderer (real IndexedDB), type into a report,
// SIGKILL the browser at a random moment, 20 times; after each relaunch on the same profile nothing typed
// more than 300 ms before the kill is missing. Also: a second tab on the same draft is told and read-only.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  assert,
  freshUserDataDir,
  launch,
  profileGone,
  profilePids,
  serveStatic,
  suite
} from './lib/harness.mts'

const AGENCY = '断电测试局'
const PROSE = '一、总体情况'
const ROUNDS = Number(process.env.DRAFTS_E2E_ROUNDS ?? 20)
const GRACE_MS = 300

const s = suite('drafts: autosave survives a killed browser; one writer per draft')
const server = await serveStatic()
const dir = freshUserDataDir()

function browserPid(userDataDir: string): number {
  const [pid] = profilePids(userDataDir)
  if (pid === undefined) throw new Error(`no browser process for ${userDataDir}`)
  return pid
}

/** What to know when the report made for the rounds is not listed (CI lost it once; never reproduced). */
async function whyMissing(page: Page): Promise<string> {
  const listed = await page
    .locator('table.draft-list tbody tr')
    .allInnerTexts()
    .catch((e: unknown) => [`(no list: ${String(e)})`])
  const logs = readdirSync(join(dir, 'Default', 'IndexedDB'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const files = readdirSync(join(d.parentPath, d.name)).join(' ')
      // LOG.old is the session before: whether the database was there, and what became of it.
      const logs = ['LOG.old', 'LOG'].flatMap((name) => {
        const log = join(d.parentPath, d.name, name)
        const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-8) : []
        return tail.length ? [`${name}: ${tail.join(' | ')}`] : []
      })
      return [`${d.name} [${files}] ${logs.join(' ')}`]
    })
  const free = execFileSync('df', ['-h', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)
  return `listed: ${JSON.stringify(listed)}; ${logs.join('; ')}; disk: ${free}`
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

let current: BrowserContext | undefined

async function openApp(): Promise<{ context: BrowserContext; page: Page }> {
  // A failed case may leave its browser open; the profile allows one at a time, and all of it must be
  // gone (profileGone) before the next browser opens its database.
  await current?.close().catch(() => {})
  const killed = await profileGone(dir)
  if (killed) console.log(`    ${killed} processes of the last browser outlived it by 10 s and were killed`)
  const { context } = await launch(dir)
  current = context
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(server.url)
  return { context, page }
}

async function openDraft(page: Page) {
  const listed = page.getByRole('button', { name: AGENCY, exact: true })
  try {
    await listed.waitFor({ timeout: 15_000 })
  } catch {
    throw new Error(`${AGENCY} is not listed: ${await whyMissing(page)}`)
  }
  await listed.click()
  const prose = page.getByRole('textbox', { name: PROSE, exact: true })
  await prose.waitFor()
  return prose
}

s.test('a new report is created from the home screen', async () => {
  const { context, page } = await openApp()
  try {
    await page.getByRole('button', { name: '新建报告' }).click()
    await page.getByLabel('机关名称').fill(AGENCY)
    await page.getByLabel('年度', { exact: true }).fill('2024')
    await page.getByRole('button', { name: '创建' }).click()
    await page.getByRole('textbox', { name: PROSE, exact: true }).waitFor()
    await page.getByRole('button', { name: '返回首页' }).click()
    await page.getByRole('button', { name: AGENCY, exact: true }).waitFor()
    // The browser is closed next, which may lose what was written in the last GRACE_MS (the guarantee the
    // kill test holds): the rounds below need this report, so it is given ample time. (CI lost it twice
    // with 2 × GRACE_MS, on a loaded machine: this case sets the stage, the rounds below test the guarantee.)
    await page.waitForTimeout(GRACE_MS * 10)
  } finally {
    await context.close()
  }
})

s.test(
  `${ROUNDS} random kills while typing: nothing typed more than ${GRACE_MS} ms before the kill is lost`,
  async () => {
    let expected = ''
    const report: string[] = []
    // How long before the kill the last stored keystroke was: the autosave's real lag at the kill.
    let previous: { typed: { text: string; at: number }[]; killedAt: number } | undefined
    const lags: number[] = []
    const lagOf = (stored: string) => {
      if (!previous) return
      const hit = [...previous.typed].reverse().find((t) => stored.startsWith(t.text))
      if (hit) lags.push(previous.killedAt - hit.at)
    }
    for (let round = 0; round < ROUNDS; round++) {
      const { context, page } = await openApp()
      const prose = await openDraft(page)
      const before = await prose.inputValue()
      assert(
        before.startsWith(expected),
        `round ${round}: stored text lost what was confirmed: ${JSON.stringify({ expected, before })}`
      )
      lagOf(before)
      expected = before
      await prose.click()
      await page.keyboard.press('Control+End')
      const pid = browserPid(dir)
      const killAfter = 250 + Math.random() * 1200
      // Each keystroke's time is when the browser acknowledged it; the kill comes at a random moment.
      const typed: { text: string; at: number }[] = []
      let text = expected
      const typing = (async () => {
        for (let i = 0; ; i++) {
          const ch = i % 12 === 11 ? '。' : String.fromCharCode(0x4e00 + ((round * 37 + i * 7) % 400))
          await page.keyboard.type(ch)
          text += ch
          typed.push({ text, at: Date.now() })
        }
      })().catch(() => {})
      await new Promise((r) => setTimeout(r, killAfter))
      const killedAt = Date.now()
      process.kill(pid, 'SIGKILL')
      // Its renderers and services would otherwise linger into the next rounds, loading the machine.
      for (const child of profilePids(dir).filter((p) => p !== pid))
        try {
          process.kill(child, 'SIGKILL')
        } catch {
          // gone already with the browser
        }
      await typing
      await context.close().catch(() => {})
      for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20))
      const safe = [...typed].reverse().find((t) => t.at <= killedAt - GRACE_MS)
      if (safe) expected = safe.text
      previous = { typed, killedAt }
      report.push(`${typed.length} keys, kill at ${Math.round(killAfter)} ms`)
      // The next round's reopen checks this round's promise.
      if (round === ROUNDS - 1) {
        const last = await openApp()
        const after = await (await openDraft(last.page)).inputValue()
        await last.context.close()
        lagOf(after)
        assert(after.startsWith(expected), `last round lost text: ${JSON.stringify({ expected, after })}`)
      }
    }
    assert(expected.length > ROUNDS, `too little typed to mean anything: ${expected.length} characters`)
    console.log(`    ${report.join('; ')}`)
    console.log(`    last stored keystroke before the kill: ${lags.map((l) => Math.round(l)).join(', ')} ms`)
  }
)

s.test('a second tab on the same draft is told and read-only; the first keeps writing', async () => {
  const { context, page } = await openApp()
  const prose = await openDraft(page)
  const second = await context.newPage()
  await second.goto(server.url)
  const other = await openDraft(second)
  await second.getByText('此报告已在另一个窗口中打开').first().waitFor()
  assert(!(await other.isEditable()), 'the second tab can edit')
  await prose.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('第一个窗口写的')
  // The read-only tab follows what the writer saves.
  await second.waitForFunction(
    (name) =>
      [...document.querySelectorAll('textarea')].some(
        (t) =>
          t.value.endsWith('第一个窗口写的') &&
          document.getElementById(t.getAttribute('aria-labelledby') ?? '')?.textContent === name
      ),
    PROSE,
    { timeout: 5000 }
  )
  // Closing the writer hands the draft to the other tab.
  await page.close({ runBeforeUnload: true })
  await second.waitForFunction(
    () => !document.body.textContent?.includes('此报告已在另一个窗口中打开'),
    null,
    {
      timeout: 5000
    }
  )
  assert(await other.isEditable(), 'the remaining tab did not become the writer')
  await context.close()
})

s.test(
  'a tab closed at once after typing, its 离开? question answered after a while, loses nothing (4 rounds)',
  async () => {
    const { context, page: first } = await openApp()
    let page = first
    let prose = await openDraft(page)
    for (let round = 0; round < 4; round++) {
      await prose.click()
      await page.keyboard.press('Control+End')
      const typed = `关页前第${round}轮`
      await page.keyboard.type(typed)
      // The write begun as the page goes makes no progress while the browser asks; a person reads it first.
      page.on('dialog', (d) => void new Promise((r) => setTimeout(r, 1500)).then(() => d.accept()))
      await page.close({ runBeforeUnload: true })
      await page.waitForEvent('close', { timeout: 10_000 }).catch(() => {})
      page = await context.newPage()
      await page.goto(server.url)
      prose = await openDraft(page)
      const value = await prose.inputValue()
      assert(
        value.endsWith(typed),
        `round ${round}: the text ends with “${value.slice(-12)}”, not “${typed}”`
      )
    }
    await context.close()
  }
)

s.test(
  'while the database refuses writes, the editor is not left: 返回首页 stays, a reload asks first; once it writes, both go',
  async () => {
    const { context, page } = await openApp()
    try {
      const prose = await openDraft(page)
      const refuse = (on: boolean) =>
        page.evaluate((on) => {
          const w = window as unknown as { realPut?: typeof IDBObjectStore.prototype.put }
          w.realPut ??= IDBObjectStore.prototype.put
          IDBObjectStore.prototype.put = on
            ? () => {
                throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
              }
            : w.realPut
        }, on)
      await refuse(true)
      await prose.click()
      await page.keyboard.press('Control+End')
      await page.keyboard.type('磁盘满时写的')
      // shown, and said at once (the alert is read out)
      await page.locator('.save-indicator', { hasText: '保存失败：磁盘空间不足' }).waitFor()
      await page
        .getByRole('alert')
        .filter({ hasText: '保存失败：磁盘空间不足' })
        .waitFor({ state: 'attached' })
      await page.getByRole('button', { name: '返回首页' }).click()
      await page.getByText(/最近的修改还没有保存成功/).waitFor()
      assert(await prose.isVisible(), 'the editor was left with its text unsaved')
      // a reload asks first (the browser's question); answered 留下, the text is still here
      const asked = new Promise<string>((ok) =>
        page.once('dialog', (d) => {
          ok(d.type())
          void d.dismiss()
        })
      )
      void page.evaluate(() => location.reload()).catch(() => {})
      assert((await asked) === 'beforeunload', 'no question before the reload')
      assert((await prose.inputValue()).endsWith('磁盘满时写的'), 'the text went with the reload')
      // the disk has room again: the retry writes, and the way home is open
      await refuse(false)
      await page.locator('.save-indicator', { hasText: /^已保存$/ }).waitFor({ timeout: 10_000 })
      // the reason for staying is taken back once saved
      await page.getByText(/最近的修改还没有保存成功/).waitFor({ state: 'detached', timeout: 2000 })
      await page.getByRole('button', { name: '返回首页' }).click()
      await page.getByRole('button', { name: AGENCY, exact: true }).waitFor()
      const kept = await openDraft(page)
      assert((await kept.inputValue()).endsWith('磁盘满时写的'), 'the text was not stored')
    } finally {
      await context.close()
    }
  }
)

await s.run(async () => {
  await current?.close().catch(() => {})
  await server.close()
})
