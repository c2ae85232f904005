// The whole app without the Electron binary: the REAL built main (out/main/index.js) and preload
// (out/preload/index.js) run in Node against the electron stand-in (test/electron-standin), whose windows
// are Debian Chromium pages showing the built renderer. Every export goes through the real IPC handlers,
// dialogs and atomic writes; the files are read back from disk.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { createStandin } from '../electron-standin/index.mts'
import { artifactPath, assert, ROOT, suite } from './lib/harness.mts'

const AGENCY = '某某市某某区人民政府办公室'
const YEAR = '2024'
const CELL = '表三 一、本年新收政府信息公开申请数量 自然人'
const CARRY = '表三 二、上年结转政府信息公开申请数量 自然人'

const s = suite('app: real main + real preload + built renderer on the electron stand-in')
const standin = await createStandin()
const uninstall = standin.install()
const out = mkdtempSync(join(tmpdir(), 'xxgk-app-e2e-'))
standin.script.paths.documents = out

const windowCreated = standin.nextWindow()
standin.loadMain(join(ROOT, 'out/main/index.js'))
standin.ready()
const win = await windowCreated
const page = await standin.pageOf(win)

const waitFor = async (cond: () => boolean, what: string, ms = 15_000) => {
  const t0 = Date.now()
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
const saveVia = async (path: string, trigger: () => unknown) => {
  standin.script.savePaths.push(path)
  await trigger()
  await waitFor(() => existsSync(path), `the file ${path}`)
  // The rename is the last step of an atomic write: once the file exists it is complete.
  return readFileSync(path)
}

s.test('main opens one sandboxed, isolated window on the built renderer, with the preload', async () => {
  await waitFor(() => win.visible, 'ready-to-show')
  const prefs = win.options.webPreferences as Record<string, unknown>
  assert(
    prefs.sandbox === true && prefs.contextIsolation === true && prefs.nodeIntegration === false,
    'flags'
  )
  assert(standin.electron.app.sandboxed, 'app.enableSandbox() was called')
  assert(prefs.preload === join(ROOT, 'out/preload/index.js'), `preload ${String(prefs.preload)}`)
  assert(
    win.webContents.getURL() === standin.fileUrl(join(ROOT, 'out/renderer/index.html')),
    win.webContents.getURL()
  )
  const seen = await page.evaluate(() => ({
    api: Object.keys((window as unknown as { api: object }).api).sort(),
    node:
      typeof (window as unknown as { require?: unknown }).require +
      typeof (window as unknown as { process?: unknown }).process
  }))
  assert(
    seen.api.join() ===
      'appendSave,beginSave,copyToClipboard,endSave,info,onMenuCommand,openExternal,openFile,openFiles,printPdf,saveFile',
    `api ${seen.api.join()}`
  )
  assert(seen.node === 'undefinedundefined', 'no Node in the page')
})

// Electron's file: pages get no response headers, so there the page's meta tag is the policy in force; the
// stand-in serves over http, where main's header listener is seen to add the same policy.
s.test(
  'the page carries the policy in its meta tag, main adds it as a header; remote requests are refused',
  async () => {
    const meta = await page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''
    )
    assert(meta.includes("script-src 'self'") && meta.includes("default-src 'self'"), `CSP meta: ${meta}`)
    const header = await page.evaluate(() =>
      fetch('./index.html').then((r) => r.headers.get('content-security-policy'))
    )
    assert(header?.includes("script-src 'self'"), `CSP header: ${header}`)
    const remote = await page.evaluate(() =>
      fetch('https://cdn.example.com/x.js').then(
        () => 'loaded',
        () => 'refused'
      )
    )
    assert(remote === 'refused', 'a remote fetch was not refused')
  }
)

s.test('main denies every permission the page could ask for', async () => {
  const session = standin.electron.session.defaultSession
  for (const permission of ['geolocation', 'notifications', 'media', 'clipboard-read', 'openExternal']) {
    assert((await session.requestPermission(win.webContents, permission)) === false, `granted ${permission}`)
    assert(
      session.permissionCheckHandler?.(win.webContents, permission, '', {}) === false,
      `check ${permission}`
    )
  }
})

s.test('IPC round trip: page → preload → main → page (app:info)', async () => {
  const info = await page.evaluate(() =>
    (window as unknown as { api: { info(): Promise<unknown> } }).api.info()
  )
  assert(
    JSON.stringify(info) === JSON.stringify({ version: '0.1.0', platform: process.platform, electron: true }),
    JSON.stringify(info)
  )
})

s.test('main refuses a bad argument from the page, and a forged sender', async () => {
  const message = await page.evaluate(() =>
    (window as unknown as { api: { saveFile(r: unknown): Promise<unknown> } }).api
      .saveFile({ suggestedName: '', filters: [], data: 42 })
      .then(
        () => 'accepted',
        (e: Error) => e.message
      )
  )
  assert(message.includes('请求参数无效'), message)
  const forged = await standin
    .invokeForged('app:info', undefined, { url: 'https://evil.example/', parent: null })
    .then(
      () => 'accepted',
      (e: Error) => e.message
    )
  assert(forged.includes('拒绝来自未知页面的请求'), forged)
  const subFrame = await standin
    .invokeForged('app:info', undefined, { url: win.webContents.getURL(), parent: {} })
    .then(
      () => 'accepted',
      (e: Error) => e.message
    )
  assert(subFrame.includes('拒绝'), subFrame)
  assert(standin.log.saveDialogs.length === 0, 'no dialog was shown for refused requests')
})

s.test('create a report and fill a table cell', async () => {
  await page.getByRole('button', { name: '新建报告' }).click()
  await page.getByLabel('机关名称', { exact: true }).fill(AGENCY)
  await page.getByLabel('年度', { exact: true }).fill(YEAR)
  await page.getByRole('button', { name: '创建' }).click()
  await page.getByRole('button', { name: /^三、收到和处理政府信息公开申请情况/ }).click()
  const cell = page.getByLabel(CELL, { exact: true })
  await cell.waitFor({ timeout: 15_000 })
  await cell.fill('37')
  await cell.press('Tab')
  assert((await cell.inputValue()) === '37', 'cell value')
  // The rest of table 三 as a published report has it: no blanks (a PDF keeps no place for a blank cell).
  await page
    .locator('section.table-block')
    .filter({ hasText: '表三' })
    .getByRole('button', { name: '本年无此项' })
    .click()
  await page.getByLabel(CARRY, { exact: true }).waitFor()
  assert((await page.getByLabel(CARRY, { exact: true }).inputValue()) === '0', '本年无此项')
  await page.screenshot({ path: await artifactPath('app-e2e-editor.png') })
})

s.test('文件 → 导出 → Word writes a .docx that contains the agency', async () => {
  const docx = await saveVia(join(out, '年报.docx'), () => standin.clickMenu('文件', '导出', 'Word（.docx）'))
  assert(docx.subarray(0, 2).toString() === 'PK', 'a docx is a zip')
  const { value } = await mammoth.extractRawText({ buffer: docx })
  assert(value.includes(AGENCY), 'docx text lacks the agency')
  assert(value.includes('37'), 'docx text lacks the cell value')
  const dialog = standin.log.saveDialogs.at(-1)!
  assert(dialog.title === '导出报告' && String(dialog.defaultPath).startsWith(out), JSON.stringify(dialog))
})

s.test('文件 → 导出 → 网页 writes HTML with the table', async () => {
  const html = (
    await saveVia(join(out, '年报.html'), () => standin.clickMenu('文件', '导出', '网页（.html）'))
  ).toString('utf8')
  assert(html.includes(AGENCY), 'html lacks the agency')
  assert(/<table[\s>]/.test(html), 'html has no table')
  assert(/>\s*37\s*</.test(html), 'html table lacks the cell value 37')
})

s.test('复制到网站 puts the report on the clipboard through main: HTML, and the same as code', async () => {
  await page.getByRole('button', { name: '复制到网站' }).click()
  await page.getByRole('status').filter({ hasText: '已复制全文' }).waitFor()
  const [item] = standin.log.clipboard.at(-1)!
  const html = item!['text/html']!
  assert(html.includes(AGENCY) && /<table[\s>]/.test(html), 'clipboard html lacks the agency or the table')
  assert(/>\s*37\s*</.test(html), 'clipboard html lacks the cell value 37')
  assert(item!['text/plain'] === html, 'the text on the clipboard is not the HTML code')
  await standin.clickMenu('文件', '复制到网站')
  await waitFor(() => standin.log.clipboard.length === 2, 'the menu item did not copy')
})

s.test('文件 → 导出 → PDF (Ctrl+P) prints A4 in a hidden script-less window', async () => {
  const menuItem = standin.electron.Menu.getApplicationMenu()!
    .items[0]!.submenu!.find((i) => i.label === '导出')
    ?.submenu?.find((i) => i.label === 'PDF')
  assert(menuItem?.accelerator === 'CmdOrCtrl+P', 'Ctrl+P')
  const windowsBefore = standin.windows.length
  const pdf = await saveVia(join(out, '年报.pdf'), () => standin.clickMenu('文件', '导出', 'PDF'))
  assert(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'not a PDF')
  const options = standin.log.pdfOptions.at(-1)!
  assert(options.pageSize === 'A4' && options.printBackground === true, JSON.stringify(options))
  const printer = standin.windows[windowsBefore]!
  const prefs = printer.options.webPreferences as Record<string, unknown>
  assert(
    printer.options.show === false && prefs.javascript === false && prefs.preload === undefined,
    'print window'
  )
  await waitFor(() => printer.destroyed, 'the print window to close')
  // Atomic writes leave no temporary files behind.
  assert(
    readdirSync(out).sort().join() === '年报.docx,年报.html,年报.pdf',
    `files: ${readdirSync(out).join()}`
  )
})

s.test('a window with javascript: false (as the print window) runs no script in the stand-in', async () => {
  // Inline: main's policy lets a window other than a print window load no file outside the app.
  const html = '<title>before</title><script>document.title = "ran"</script>'
  const probe = new standin.electron.BrowserWindow({ show: false, webPreferences: { javascript: false } })
  await probe.loadURL(`data:text/html,${encodeURIComponent(html)}`)
  const title = await (await standin.pageOf(probe)).title()
  probe.destroy()
  assert(title === 'before', `script ran: ${title}`)
})

s.test('文件 → 导入… (Ctrl+O) reads the exported Word file back into a new draft', async () => {
  standin.script.openPaths.push(join(out, '年报.docx'))
  standin.clickMenu('文件', '导入…')
  await waitFor(() => standin.log.openDialogs.length === 1, 'the open dialog')
  assert(standin.log.openDialogs[0]!.title === '导入报告', 'open dialog title')
  // The import opens as a new draft (its editor starts at section 一), and the home list then holds
  // two reports of this agency.
  await page.getByLabel(CELL, { exact: true }).waitFor({ state: 'hidden', timeout: 10_000 })
  await page.getByRole('button', { name: '返回首页' }).click()
  const drafts = page.getByRole('button', { name: AGENCY, exact: true })
  await drafts.nth(1).waitFor({ timeout: 10_000 })
  assert((await drafts.count()) === 2, `drafts: ${await drafts.count()}`)
  for (const i of [0, 1]) {
    if (i) await page.getByRole('button', { name: '返回首页' }).click()
    await drafts.nth(i).click()
    await page.getByRole('button', { name: /^三、收到和处理政府信息公开申请情况/ }).click()
    const value = await page.getByLabel(CELL, { exact: true }).inputValue()
    assert(value === '37', `draft ${i}: cell value ${value}`)
  }
})

s.test('文件 → 导入… reads back the PDF that 导出 PDF printed, into a new draft', async () => {
  standin.script.openPaths.push(join(out, '年报.pdf'))
  standin.clickMenu('文件', '导入…')
  await waitFor(() => standin.log.openDialogs.length === 2, 'the open dialog')
  // the new draft opens at section 一
  await page.getByLabel(CELL, { exact: true }).waitFor({ state: 'hidden', timeout: 10_000 })
  await page.getByText(/从 PDF（\d+页）中读取文字导入/).waitFor({ timeout: 10_000 })
  await page.getByRole('button', { name: /^三、收到和处理政府信息公开申请情况/ }).click()
  const value = await page.getByLabel(CELL, { exact: true }).inputValue()
  const carry = await page.getByLabel(CARRY, { exact: true }).inputValue()
  assert(value === '37' && carry === '0', `cell values ${value}, ${carry}`)
})

s.test('文件 → 批量检查… checks the chosen files through main, keeping none', async () => {
  standin.script.openPaths.push(join(out, '年报.docx'))
  standin.clickMenu('文件', '批量检查…')
  await page.getByRole('heading', { name: '批量检查' }).waitFor()
  await page.getByRole('button', { name: '选择报告并检查…' }).click()
  await page.getByText(/^共 1 份/).waitFor({ timeout: 15_000 })
  const dialog = standin.log.openDialogs.at(-1)!
  assert(
    JSON.stringify(dialog.properties) === '["openFile","multiSelections"]',
    `not a multiple choice: ${JSON.stringify(dialog.properties)}`
  )
  const row = page.locator('table.batch-results tbody tr').first()
  assert((await row.textContent())?.includes(AGENCY), 'the checked file is not listed with its agency')
  // Back to the report, as the cases after this one expect.
  await page.getByRole('button', { name: '返回首页' }).click()
  await page.getByRole('button', { name: AGENCY, exact: true }).first().click()
  await page.getByRole('button', { name: /^三、收到和处理政府信息公开申请情况/ }).click()
  await page.getByLabel(CELL, { exact: true }).waitFor()
})

s.test('帮助 → 关于 shows the about box', async () => {
  standin.clickMenu('帮助', '关于')
  await waitFor(
    () => standin.log.messageBoxes.some((m) => m.title === '关于信息公开年报编辑器'),
    'the about box'
  )
})

s.test('文件 → 保存快照 (Ctrl+S) takes a named snapshot', async () => {
  const item = standin.electron.Menu.getApplicationMenu()!.items[0]!.submenu!.find(
    (i) => i.label === '保存快照'
  )
  assert(item?.accelerator === 'CmdOrCtrl+S', 'Ctrl+S')
  standin.clickMenu('文件', '保存快照')
  // The renderer asks for a name in its own dialog (Electron has no window.prompt), then confirms.
  const nameBox = page.getByRole('dialog').getByRole('textbox')
  const done = page.getByText(/^已保存快照/)
  await nameBox.or(done).first().waitFor({ timeout: 5000 })
  if (await nameBox.isVisible()) {
    await nameBox.fill('初稿')
    await nameBox.press('Enter')
  }
  await done.waitFor({ timeout: 5000 })
  // The snapshot is listed under its name in 历史版本 (menu command 'history').
  standin.clickMenu('文件', '历史版本…')
  await page.getByText('初稿', { exact: true }).waitFor({ timeout: 5000 })
  standin.clickMenu('文件', '历史版本…')
})

s.test('a navigation to an outside address is refused; the page stays', async () => {
  const before = page.url()
  await page.evaluate(() => {
    location.href = 'https://example.com/'
  })
  await waitFor(() => standin.log.navigations.some((n) => n.url === 'https://example.com/'), 'will-navigate')
  await page.waitForTimeout(300)
  assert(page.url() === before, `navigated to ${page.url()}`)
  assert(
    standin.log.navigations.every((n) => n.prevented),
    'a navigation was allowed'
  )
  // Main offered the address to the system browser; the scripted person did not confirm.
  await waitFor(
    () => standin.log.messageBoxes.some((m) => m.detail === 'https://example.com/'),
    'the confirmation'
  )
  assert(standin.log.openedExternal.length === 0, 'opened without consent')
  await page.getByLabel(CELL, { exact: true }).waitFor()

  await page.evaluate(() => void window.open('https://example.com/popup'))
  await waitFor(() => standin.log.windowOpens.length > 0, 'the window-open handler')
  assert(standin.log.windowOpens[0]!.action === 'deny', 'a new window was allowed')
})

s.test('an external link opens in the system browser only after confirmation', async () => {
  standin.script.messageResponses.push(0)
  const r = await page.evaluate(() =>
    (window as unknown as { api: { openExternal(u: string): Promise<unknown> } }).api.openExternal(
      'https://www.gov.cn/'
    )
  )
  assert(JSON.stringify(r) === '{"opened":true}', JSON.stringify(r))
  assert(standin.log.openedExternal.join() === 'https://www.gov.cn/', standin.log.openedExternal.join())
  const refused = await page.evaluate(() =>
    (window as unknown as { api: { openExternal(u: string): Promise<unknown> } }).api.openExternal(
      'file:///etc/passwd'
    )
  )
  assert(JSON.stringify(refused) === '{"opened":false}', JSON.stringify(refused))
})

s.test(
  '文件 → 备份全部报告… writes a backup of several pieces through main, which 从备份恢复 reads back',
  async () => {
    // History enough for a backup of more than one piece (the page sends 4 MB at a time).
    const versions = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, err) => {
        const r = indexedDB.open('xxgk-nianbao')
        r.onsuccess = () => ok(r.result)
        r.onerror = () => err(r.error)
      })
      const tx = db.transaction(['drafts', 'revisions'], 'readwrite')
      const drafts = await new Promise<{ id: string; report: { sections: Record<string, string> } }[]>(
        (ok) => {
          const r = tx.objectStore('drafts').getAll()
          r.onsuccess = () => ok(r.result)
        }
      )
      const draft = drafts.find((d) => !d.id.startsWith('sample'))!
      const other = '其他需要报告的事项。'.repeat(2000) // 60 KB of UTF-8
      for (let v = 0; v < 100; v++)
        tx.objectStore('revisions').put({
          id: `e2e-${v}`,
          draftId: draft.id,
          at: Date.now() - 1e6 + v,
          kind: 'auto',
          report: { ...draft.report, sections: { ...draft.report.sections, other: `${v}${other}` } }
        })
      await new Promise((ok, err) => {
        tx.oncomplete = ok
        tx.onerror = () => err(tx.error)
      })
      db.close()
      return 100
    })
    const ipc = standin.electron.ipcMain as unknown as { invokeFrom: (...a: unknown[]) => Promise<unknown> }
    const invokeFrom = ipc.invokeFrom
    const channels: string[] = []
    ipc.invokeFrom = (event, channel, args) => (
      channels.push(String(channel)),
      invokeFrom(event, channel, args)
    )
    const path = join(out, '年报编辑器备份.json')
    let file: Buffer
    try {
      file = await saveVia(path, () => standin.clickMenu('文件', '备份全部报告…'))
      await page.getByText(`已备份到 ${path}`).waitFor({ timeout: 30_000 })
    } finally {
      ipc.invokeFrom = invokeFrom
    }
    const dialog = standin.log.saveDialogs.at(-1)!
    assert(dialog.title === '备份全部报告', `dialog title ${String(dialog.title)}`)
    const saves = channels.filter((c) => c.startsWith('file:save'))
    const appends = saves.filter((c) => c === 'file:saveAppend').length
    assert(
      saves[0] === 'file:saveBegin' && saves.at(-1) === 'file:saveEnd' && appends >= 2,
      `channels: ${saves.join()}`
    )
    const doc = JSON.parse(file.toString('utf8'))
    assert(doc.format === 'xxgk-nianbao/backup', `format ${doc.format}`)
    assert(doc.revisions >= versions && doc.payload.revisions.length === doc.revisions, `${doc.revisions}`)
    assert(file.toString('utf8').includes(AGENCY), 'the backup lacks the agency')
    assert(!readdirSync(out).some((f) => f.endsWith('.tmp')), `files: ${readdirSync(out).join()}`)

    standin.script.openPaths.push(path)
    standin.clickMenu('文件', '从备份恢复…')
    await page.getByText(/^已从备份恢复：新增 0 份报告/).waitFor({ timeout: 30_000 })
    assert(standin.log.openDialogs.at(-1)!.title === '从备份恢复', 'restore dialog title')
  }
)

s.test('no errors in the page or from main', async () => {
  const errors = standin.errors.filter(
    (e) => !e.includes('favicon') && !e.includes('ERR_ABORTED') && !e.includes('example.com')
  )
  assert(errors.length === 0, errors.join('\n'))
})

await s.run(async () => {
  await standin.close()
  uninstall()
})
