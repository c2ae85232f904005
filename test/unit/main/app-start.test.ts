// startApp driven with a hand-made electron: what start-up does in the installed app, and with a
// system that fails main's calls. (app.test.ts follows the development start-up call by call.)
import { describe, expect, it, vi } from 'vitest'
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { startApp, type ElectronMain } from '../../../src/main/app'

function fakeElectron(opts: { isPackaged: boolean; openExternal?: (url: string) => Promise<void> }) {
  const loads: string[] = []
  const appListeners = new Map<string, (...a: unknown[]) => void>()
  const handlers = new Map<string, (e: unknown, ...a: unknown[]) => Promise<unknown>>()
  let ready!: () => void
  class BrowserWindow extends EventEmitter {
    webContents = Object.assign(new EventEmitter(), { id: 7, send: vi.fn() })
    loadURL = async (u: string) => void loads.push(`url:${u}`)
    loadFile = async (f: string) => void loads.push(`file:${f}`)
    isDestroyed = () => false
    show = vi.fn()
  }
  const message = vi.fn(async (..._args: unknown[]) => ({ response: 0 })) // the person clicks 打开
  const electron = {
    app: {
      isPackaged: opts.isPackaged,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      getVersion: () => '0.1.0',
      getPath: () => '/home/u/文档',
      on: (name: string, fn: (...a: unknown[]) => void) => appListeners.set(name, fn),
      whenReady: () => new Promise<void>((ok) => (ready = ok))
    },
    BrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBox: message,
      showMessageBoxSync: vi.fn()
    },
    ipcMain: {
      handle: (c: string, fn: (e: unknown, ...a: unknown[]) => Promise<unknown>) => handlers.set(c, fn)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() }
      }
    },
    shell: { openExternal: opts.openExternal ?? vi.fn(async () => undefined) },
    clipboard: { write: vi.fn() },
    ClipboardItem: class {}
  } as unknown as ElectronMain
  return { electron, loads, appListeners, handlers, message, ready: () => ready() }
}

const mainDir = join('/app', 'out', 'main')

describe('the installed app', () => {
  it('loads its own file whatever address ELECTRON_RENDERER_URL names, and trusts no page there', async () => {
    const f = fakeElectron({ isPackaged: true })
    startApp(f.electron, {
      mainDir,
      env: { ELECTRON_RENDERER_URL: 'http://evil.example' },
      platform: 'win32'
    })
    f.ready()
    await vi.waitFor(() => expect(f.loads).toHaveLength(1))
    expect(f.loads[0]).toBe(`file:${join(mainDir, '../renderer/index.html')}`)
    const fromThere = { sender: { id: 7 }, senderFrame: { url: 'http://evil.example/', parent: null } }
    await expect(f.handlers.get('app:info')!(fromThere)).rejects.toThrow('拒绝')
  })

  it('in development, loads the dev server electron-vite names', async () => {
    const f = fakeElectron({ isPackaged: false })
    startApp(f.electron, {
      mainDir,
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
      platform: 'linux'
    })
    f.ready()
    await vi.waitFor(() => expect(f.loads).toEqual(['url:http://localhost:5173']))
  })
})

describe('a system that cannot open a link', () => {
  it('says so when the browser fails to start, leaving no rejection unhandled in main', async () => {
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      const f = fakeElectron({
        isPackaged: true,
        openExternal: async () => Promise.reject(new Error('Failed to open: no handler'))
      })
      startApp(f.electron, { mainDir, env: {}, platform: 'linux' })
      const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
      f.appListeners.get('web-contents-created')!({}, contents)
      contents.emit('will-navigate', { preventDefault: vi.fn() }, 'https://www.gov.cn/')
      await vi.waitFor(() => expect(f.message).toHaveBeenCalledTimes(2))
      expect(f.message.mock.calls[1]![0]).toMatchObject({ message: '未能在系统浏览器中打开这个网址。' })
      // Node reports an unhandled rejection once the microtasks have run out: a turn of the loop.
      await new Promise((resume) => setImmediate(resume))
      expect(rejections).toEqual([])
    } finally {
      process.off('unhandledRejection', onRejection)
    }
  })
})
