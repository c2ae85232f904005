// The built renderer loads in Debian's Chromium with no console errors.
import { assert, launch, serveStatic, suite } from './lib/harness.mts'

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

s.test('a draft named in the address that no longer exists leaves a way home', async () => {
  // A change of the hash alone is no new load: reload, as a restart of the app would.
  await page.goto(`${server.url}#draft=gone-${Date.now()}`)
  await page.reload()
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

await s.run(async () => {
  await context.close()
  await server.close()
})
