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

await s.run(async () => {
  await context.close()
  await server.close()
})
