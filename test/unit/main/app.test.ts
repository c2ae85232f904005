// The entry point against a mocked `electron`: what a real start-up would do, checked call by call.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { EventEmitter } from 'node:events'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { useTempDirs } from './tempDirs'

const h = vi.hoisted(() => ({
  ready: undefined as undefined | (() => void),
  windows: [] as Array<{
    options: Record<string, unknown>
    loaded?: string
    sent: unknown[][]
    contentsId: number
  }>,
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  template: undefined as
    undefined | Array<{ label: string; submenu: Array<{ label: string; click?: () => void }> }>,
  session: {
    permissionRequest: undefined as
      undefined | ((c: unknown, p: string, grant: (b: boolean) => void) => void),
    headers: undefined as undefined | ((d: unknown, cb: (r: unknown) => void) => void),
    before: undefined as
      undefined | ((d: { url: string; webContentsId?: number }, cb: (r: { cancel: boolean }) => void) => void)
  },
  printing: undefined as undefined | ((window: { contentsId: number; loaded?: string }) => void),
  dialogs: { save: vi.fn(), message: vi.fn(), messageSync: vi.fn() },
  contents: [] as EventEmitter[],
  windowObjects: [] as Array<EventEmitter & { close: ReturnType<typeof vi.fn> }>,
  openExternal: vi.fn(),
  clipboard: [] as unknown[]
}))

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  let nextId = 1
  class BrowserWindow extends Emitter {
    webContents: InstanceType<typeof Emitter> & { id: number; send: (...a: unknown[]) => void }
    constructor(options: Record<string, unknown>) {
      super()
      const record = {
        options,
        sent: [] as unknown[][],
        contentsId: nextId++,
        loaded: undefined as string | undefined
      }
      h.windows.push(record)
      this.webContents = Object.assign(new Emitter(), {
        id: record.contentsId,
        send: (...a: unknown[]) => void record.sent.push(a),
        printToPDF: async () => {
          h.printing?.(record)
          return new Uint8Array([0x25, 0x50, 0x44, 0x46])
        }
      })
      h.contents.push(this.webContents)
      h.windowObjects.push(this)
      this.loadFile = async (f: string) => void (record.loaded = f)
    }
    loadFile: (f: string) => Promise<void>
    loadURL = async () => undefined
    isDestroyed = () => false
    show = vi.fn()
    close = vi.fn()
    destroy = vi.fn()
  }
  return {
    app: {
      isPackaged: false,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      getVersion: () => '0.1.0',
      getPath: () => '/home/u/文档',
      on: (name: string, fn: (...args: unknown[]) => void) => h.appListeners.set(name, fn),
      whenReady: () => new Promise<void>((ok) => (h.ready = ok))
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (t: typeof h.template) => ({ template: t }),
      setApplicationMenu: (m: { template: typeof h.template }) => (h.template = m.template)
    },
    dialog: {
      showSaveDialog: h.dialogs.save,
      showMessageBox: h.dialogs.message,
      showMessageBoxSync: h.dialogs.messageSync,
      showOpenDialog: vi.fn()
    },
    ipcMain: {
      handle: (c: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
        h.handlers.set(c, fn)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof h.session.permissionRequest) =>
          (h.session.permissionRequest = fn),
        setPermissionCheckHandler: vi.fn(),
        webRequest: {
          onBeforeRequest: (fn: typeof h.session.before) => (h.session.before = fn),
          onHeadersReceived: (fn: typeof h.session.headers) => (h.session.headers = fn)
        }
      }
    },
    shell: { openExternal: h.openExternal },
    ClipboardItem: class {
      constructor(readonly items: Record<string, string>) {}
    },
    clipboard: { write: async (items: unknown[]) => void h.clipboard.push(...items) }
  }
})

const mainDir = join(import.meta.dirname, '../../../src/main')
const ownUrl = pathToFileURL(join(mainDir, '../renderer/index.html')).href

beforeAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL
  await import('../../../src/main/index')
  h.ready!()
  await vi.waitFor(() => expect(h.windows).toHaveLength(1))
})

describe('main process start-up', () => {
  it('opens one locked-down window on the built renderer with the CommonJS preload', () => {
    const [win] = h.windows
    expect(win!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(mainDir, '../preload/index.js')
    })
    expect(win!.loaded).toBe(join(mainDir, '../renderer/index.html'))
  })

  it('sets the Chinese menu, whose commands reach the window', () => {
    expect(h.template!.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
    h.template![0]!.submenu.find((i) => i.label === '保存快照')!.click!()
    expect(h.windows[0]!.sent).toEqual([['menu:command', 'snapshot']])
  })

  it('denies permissions and sets the policy header', () => {
    const grant = vi.fn()
    h.session.permissionRequest!({}, 'notifications', grant)
    expect(grant).toHaveBeenCalledWith(false)
    const cb = vi.fn()
    h.session.headers!({ url: ownUrl, responseHeaders: {} }, cb)
    expect(cb.mock.calls[0]![0].responseHeaders['Content-Security-Policy'][0]).toContain("script-src 'self'")
  })

  it('answers IPC from the main window and refuses any other sender', async () => {
    const id = h.windows[0]!.contentsId
    const from = (contentsId: number, url: string) => ({
      sender: { id: contentsId },
      senderFrame: { url, parent: null }
    })
    await expect(h.handlers.get('app:info')!(from(id, ownUrl))).resolves.toEqual({
      version: '0.1.0',
      platform: process.platform,
      electron: true
    })
    await expect(h.handlers.get('app:info')!(from(id + 1, ownUrl))).rejects.toThrow('拒绝')
    await expect(h.handlers.get('app:info')!(from(id, 'https://evil.example/'))).rejects.toThrow('拒绝')
  })

  it('lets a print window load its own page, and nothing else, while it prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-pdf-'))
    try {
      const target = join(dir, '年报.pdf')
      h.dialogs.save.mockResolvedValueOnce({ canceled: false, filePath: target })
      const cancelled: Record<string, boolean> = {}
      h.printing = (window) => {
        const page = pathToFileURL(window.loaded!).href
        for (const [name, url] of Object.entries({ page, ownUrl, other: 'file:///etc/passwd' }))
          h.session.before!({ url, webContentsId: window.contentsId }, (r) => (cancelled[name] = r.cancel))
      }
      const from = { sender: { id: h.windows[0]!.contentsId }, senderFrame: { url: ownUrl, parent: null } }
      await expect(
        h.handlers.get('file:printPdf')!(from, { suggestedName: '年报.pdf', html: '<p>甲</p>' })
      ).resolves.toEqual({ saved: true, path: target })
      expect(cancelled).toEqual({ page: false, ownUrl: true, other: true })
      expect(readFileSync(target, 'latin1')).toBe('%PDF')
      // the main window still loads its own files
      h.session.before!({ url: ownUrl, webContentsId: h.windows[0]!.contentsId }, (r) =>
        expect(r.cancel).toBe(false)
      )
    } finally {
      h.printing = undefined
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('writes the clipboard from the main window: one item, HTML and text', async () => {
    const from = { sender: { id: h.windows[0]!.contentsId }, senderFrame: { url: ownUrl, parent: null } }
    await expect(
      h.handlers.get('clipboard:write')!(from, { html: '<p>甲</p>', text: '<p>甲</p>' })
    ).resolves.toEqual({ written: true })
    expect(h.clipboard).toEqual([{ items: { 'text/html': '<p>甲</p>', 'text/plain': '<p>甲</p>' } }])
    h.template![0]!.submenu.find((i) => i.label === '复制到网站')!.click!()
    expect(h.windows[0]!.sent.at(-1)).toEqual(['menu:command', 'copy-html'])
  })

  it('a close held by a save in progress is tried again shortly, and asks only if still held', () => {
    vi.useFakeTimers()
    try {
      const win = h.windowObjects[0]!
      const contents = h.contents[0]!
      win.emit('close')
      const held = { preventDefault: vi.fn() }
      contents.emit('will-prevent-unload', held)
      expect(h.dialogs.messageSync).not.toHaveBeenCalled()
      expect(held.preventDefault).not.toHaveBeenCalled() // the window stays, for now
      vi.advanceTimersByTime(400)
      expect(win.close).toHaveBeenCalledTimes(1)
      // the page still holds it (the disk is full): now the person is asked
      win.emit('close')
      h.dialogs.messageSync.mockReturnValueOnce(0)
      contents.emit('will-prevent-unload', { preventDefault: vi.fn() })
      expect(h.dialogs.messageSync).toHaveBeenCalledTimes(1)
    } finally {
      vi.useRealTimers()
      h.dialogs.messageSync.mockClear()
    }
  })

  it('asks before leaving over unsaved changes (a reload asks at once), and leaves only when told to', () => {
    const contents = h.contents[0]!
    const held = { preventDefault: vi.fn() }
    h.dialogs.messageSync.mockReturnValueOnce(0) // 不关闭，等待保存 (also what Esc answers)
    contents.emit('will-prevent-unload', held)
    expect(held.preventDefault).not.toHaveBeenCalled()
    expect(h.dialogs.messageSync.mock.calls[0]![1]).toMatchObject({
      message: '报告最近的修改还没有保存完。',
      buttons: ['不关闭，等待保存', '仍然关闭（丢失修改）'],
      cancelId: 0
    })
    const leave = { preventDefault: vi.fn() }
    h.dialogs.messageSync.mockReturnValueOnce(1)
    contents.emit('will-prevent-unload', leave)
    // preventDefault here overrides the page's hold: the window closes
    expect(leave.preventDefault).toHaveBeenCalled()
  })

  it('guards every new web contents', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
    h.appListeners.get('web-contents-created')!({}, contents)
    const event = { preventDefault: vi.fn() }
    h.dialogs.message.mockResolvedValue({ response: 1 })
    contents.emit('will-navigate', event, 'https://example.com/')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(contents.setWindowOpenHandler.mock.calls[0]![0]({ url: 'https://example.com/' })).toEqual({
      action: 'deny'
    })
    expect(h.dialogs.message).toHaveBeenCalled()
    expect(h.openExternal).not.toHaveBeenCalled()
  })
})

// Last: the window closes at the end.
describe('saves in pieces whose page is gone', () => {
  const filters = [{ name: '年报编辑器备份', extensions: ['json'] }]
  const from = () => ({
    sender: { id: h.windows[0]!.contentsId },
    senderFrame: { url: ownUrl, parent: null }
  })
  /** A save begun by the page into `dir`/备份.json, where last year's backup is, with one piece written. */
  const begin = async (dir: string) => {
    writeFileSync(join(dir, '备份.json'), 'last year')
    h.dialogs.save.mockResolvedValueOnce({ canceled: false, filePath: join(dir, '备份.json') })
    const { token } = (await h.handlers.get('file:saveBegin')!(from(), {
      suggestedName: '备份.json',
      filters
    })) as { token: string }
    await h.handlers.get('file:saveAppend')!(from(), { token, data: new Uint8Array([1, 2]) })
    expect(readdirSync(dir)).toHaveLength(2)
    return token
  }
  const untouched = (dir: string) => {
    expect(readdirSync(dir)).toEqual(['备份.json'])
    expect(readFileSync(join(dir, '备份.json'), 'utf8')).toBe('last year')
  }
  const tempDir = useTempDirs('app-pieces-')

  it('a reload gives up the saves its page began, removing their temporary files', async () => {
    const dir = tempDir()
    const token = await begin(dir)
    h.contents[0]!.emit('did-navigate', {}, ownUrl)
    await vi.waitFor(() => untouched(dir))
    await expect(
      h.handlers.get('file:saveAppend')!(from(), { token, data: new Uint8Array([3]) })
    ).rejects.toThrow('这次保存已经结束或已取消')
  })

  it('quitting waits until the temporary files of open saves are removed', async () => {
    const dir = tempDir()
    const { app } = await import('electron')
    vi.mocked(app.quit).mockClear()
    await begin(dir)
    const event = { preventDefault: vi.fn() }
    h.appListeners.get('will-quit')!(event)
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
    untouched(dir)
    // nothing open: the quit goes on
    const again = { preventDefault: vi.fn() }
    h.appListeners.get('will-quit')!(again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })

  it('closing the window gives up the saves it began', async () => {
    const dir = tempDir()
    await begin(dir)
    h.windowObjects[0]!.emit('closed')
    await vi.waitFor(() => untouched(dir))
  })
})
