// The built renderer loads in Debian's Chromium with no console errors.
import { artifactPath, assert, launch, serveStatic, suite } from './lib/harness.mts'

const s = suite('smoke: built renderer in Chromium')
const server = await serveStatic()
const { context } = await launch()
const page = await context.newPage()
const errors: string[] = []
page.on('pageerror', (e) => errors.push(e.message))
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))

s.test('the app renders Chinese text with no errors', async () => {
  await page.goto(server.url)
  await page.getByText('信息公开年报编辑器').first().waitFor()
  assert(errors.length === 0, `console errors: ${errors.join('; ')}`)
})

s.test('a draft named in the address that no longer exists is said not found, with a way home', async () => {
  // A change of the hash alone is no new load: reload, as a restart of the app would.
  await page.goto(`${server.url}#draft=gone-${Date.now()}`)
  await page.reload()
  // said, not left on 正在打开报告 for ever
  await page.getByRole('alert').filter({ hasText: '找不到这份报告，它可能已被删除。' }).waitFor()
  await page.getByRole('button', { name: '返回首页' }).click()
  await page.getByRole('button', { name: '新建报告' }).waitFor()
  assert(!page.url().includes('#draft='), `the address still names the draft: ${page.url()}`)
})

s.test('a stored draft named in the address is the first thing drawn, with no loading frame', async () => {
  await page.goto(server.url)
  await page.locator('table.draft-list tbody tr button').first().click()
  const agency = await page.getByRole('textbox', { name: '机关名称' }).inputValue()
  assert(page.url().includes('#draft='), `no draft in the address: ${page.url()}`)
  const watcher = await context.newPage()
  // Records every text the page shows before the editor, from the first node on.
  await watcher.addInitScript(`(() => {
    window.__seen = []
    new MutationObserver(() => {
      if (window.__editor) return
      const root = document.getElementById('root')
      if (root && root.textContent) window.__seen.push(root.textContent.slice(0, 40))
      if (document.querySelector('.editor input')) window.__editor = true
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })()`)
  await watcher.goto(page.url())
  await watcher.getByRole('textbox', { name: '机关名称' }).waitFor()
  const seen = (await watcher.evaluate('window.__seen')) as string[]
  assert(
    !seen.some((t) => t.includes('正在打开')),
    `a loading frame was drawn first: ${JSON.stringify(seen)}`
  )
  assert(
    (await watcher.getByRole('textbox', { name: '机关名称' }).inputValue()) === agency,
    'another draft opened'
  )
  await watcher.close()
})

s.test('a database that will not open is said, and the list comes by itself once it opens', async () => {
  const refused = await context.newPage()
  // Chromium's answer while another process (a closing window of the app) holds the database's files.
  await refused.addInitScript(`(() => {
    window.__refuse = true
    const open = IDBFactory.prototype.open
    IDBFactory.prototype.open = function (...args) {
      if (!window.__refuse) return open.apply(this, args)
      const request = { readyState: 'done', result: undefined,
        error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError') }
      setTimeout(() => request.onerror && request.onerror({ target: request, preventDefault() {}, stopPropagation() {} }))
      return request
    }
  })()`)
  await refused.goto(server.url)
  const alert = refused.getByRole('alert').filter({ hasText: '暂时打不开本机保存报告的数据库' })
  await alert.waitFor()
  await refused.screenshot({ path: await artifactPath('database-unavailable.png') })
  assert((await refused.locator('table.draft-list').count()) === 0, 'a list was shown without the database')
  await refused.evaluate(() => ((window as unknown as { __refuse: boolean }).__refuse = false))
  // tried again every few seconds: no click needed
  await refused.locator('table.draft-list tbody tr').first().waitFor({ timeout: 10_000 })
  await alert.waitFor({ state: 'detached' })
  await refused.close()
})

s.test('a long agency name in the home list wraps from the left, as the other names start', async () => {
  await page.goto(server.url)
  const name = '淮安市洪泽区住房和城乡建设局（区人民防空办公室）（区住房保障中心）（区房屋征收管理办公室）'
  await page.getByRole('button', { name: '新建报告' }).first().click()
  await page.getByRole('textbox', { name: '年度' }).fill('2024')
  await page.getByRole('textbox', { name: '机关名称' }).fill(name)
  await page.getByRole('button', { name: '创建' }).click()
  await page.getByRole('button', { name: '返回首页' }).click()
  const link = page.locator('table.draft-list tbody tr button.link', { hasText: name })
  await link.waitFor()
  const lines = await link.evaluate((b) => {
    const range = document.createRange()
    range.selectNodeContents(b)
    const left = b.getBoundingClientRect().left
    const tops = new Map<number, number>()
    for (const r of range.getClientRects()) tops.set(r.top, Math.min(tops.get(r.top) ?? Infinity, r.left))
    return [...tops.values()].map((x) => Math.round(x - left))
  })
  assert(lines.length > 1, `the name did not wrap: ${JSON.stringify(lines)}`)
  assert(
    lines.every((x) => x === 0),
    `a wrapped line of the name does not start at the left: ${JSON.stringify(lines)}`
  )
})

await s.run(async () => {
  await context.close()
  await server.close()
})
