// A stand-in for the `electron` module, for tests only: the Electron binary cannot be downloaded here,
// so this runs the real built main process (out/main/index.js) and preload (out/preload/index.js) in Node
// and drives Debian's Chromium as the window. BrowserWindow → a playwright page; ipcMain/ipcRenderer →
// in-process channels, reached from the page through a page binding; contextBridge → window[key] in the
// page; dialogs → scripted answers; printToPDF → page.pdf(); will-navigate → intercepted navigations;
// session.webRequest → applied to every request of the page.
import { AsyncLocalStorage } from 'node:async_hooks'
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Frame, Page, Route } from 'playwright-core'
import { launch, RENDERER_DIR, ROOT, serveStatic } from '../e2e/lib/harness.mts'
import { BINDING, CALLBACK, decode, encode, pageBridgeScript } from './page-bridge.mts'
import { runPreload } from './preload-runner.mts'

type AnyFn = (...args: unknown[]) => unknown
type Options = Record<string, unknown>

export interface SenderFrame {
  url: string
  parent: object | null
}
export interface IpcEvent {
  sender: { id: number }
  senderFrame: SenderFrame | null
  frameId: number
  processId: number
}

/** What the test scripts and what it can read back afterwards. */
export interface Script {
  savePaths: string[]
  openPaths: string[]
  messageResponses: number[]
  paths: Record<string, string>
}
export interface Log {
  saveDialogs: Options[]
  openDialogs: Options[]
  messageBoxes: Options[]
  openedExternal: string[]
  navigations: Array<{ url: string; prevented: boolean }>
  windowOpens: Array<{ url: string; action: string }>
  cancelledRequests: string[]
  pdfOptions: Options[]
  windowOptions: Options[]
  /** Each clipboard write: its items' data by MIME type. */
  clipboard: Array<Record<string, string>[]>
}

class Preventable {
  defaultPrevented = false
  preventDefault() {
    this.defaultPrevented = true
  }
}

export async function createStandin() {
  const server = await serveStatic()
  const { context } = await launch()
  const rendererBase = pathToFileURL(RENDERER_DIR).href + '/'
  const frameStore = new AsyncLocalStorage<Frame>()

  /** What Electron would report: our served pages appear as the files they are. */
  const electronUrl = (url: string) =>
    url.startsWith(server.url) ? rendererBase + url.slice(server.url.length) : url
  const servedUrl = (url: string) =>
    url.startsWith(rendererBase) ? server.url + url.slice(rendererBase.length) : url

  const script: Script = { savePaths: [], openPaths: [], messageResponses: [], paths: {} }
  const log: Log = {
    saveDialogs: [],
    openDialogs: [],
    messageBoxes: [],
    openedExternal: [],
    navigations: [],
    windowOpens: [],
    cancelledRequests: [],
    pdfOptions: [],
    windowOptions: [],
    clipboard: []
  }
  const errors: string[] = []
  const pending = new Set<Promise<unknown>>()
  const track = <T,>(p: Promise<T>) => {
    pending.add(p)
    void p.finally(() => pending.delete(p)).catch(() => undefined)
    return p
  }

  // ---------------------------------------------------------------- app
  let markReady!: () => void
  const readyPromise = new Promise<void>((ok) => (markReady = ok))
  let isReady = false
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string
    productName: string
  }
  const app = Object.assign(new EventEmitter(), {
    name: pkg.productName,
    isPackaged: false,
    sandboxed: false,
    quitRequested: false,
    whenReady: () => readyPromise,
    isReady: () => isReady,
    getVersion: () => pkg.version,
    getName: () => pkg.productName,
    getPath: (name: string) => script.paths[name] ?? tmpdir(),
    enableSandbox: () => void (app.sandboxed = true),
    requestSingleInstanceLock: () => true,
    quit: () => {
      app.quitRequested = true
      app.emit('before-quit')
    }
  })

  // ---------------------------------------------------------------- ipc
  const handlers = new Map<string, AnyFn>()
  const ipcMain = Object.assign(new EventEmitter(), {
    handle(channel: string, fn: AnyFn) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, fn)
    },
    removeHandler: (channel: string) => void handlers.delete(channel),
    /** As ipcRenderer.invoke does: arguments and result are structured-cloned, errors re-wrapped. */
    async invokeFrom(event: IpcEvent, channel: string, args: unknown[]) {
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered`)
      try {
        return structuredClone(await handler(event, ...structuredClone(args)))
      } catch (e) {
        throw new Error(`Error invoking remote method '${channel}': ${String(e)}`, { cause: e })
      }
    }
  })

  // ---------------------------------------------------------------- session
  type BeforeRequest = (
    d: { url: string; method: string; resourceType: string; webContentsId: number },
    cb: (r: { cancel?: boolean }) => void
  ) => void
  type HeadersReceived = (
    d: { url: string; statusCode: number; responseHeaders: Record<string, string[]> },
    cb: (r: { cancel?: boolean; responseHeaders?: Record<string, string | string[]> }) => void
  ) => void
  const defaultSession = {
    permissionRequestHandler: null as null | AnyFn,
    permissionCheckHandler: null as null | AnyFn,
    beforeRequest: null as null | BeforeRequest,
    headersReceived: null as null | HeadersReceived,
    setPermissionRequestHandler(h: AnyFn | null) {
      this.permissionRequestHandler = h
    },
    setPermissionCheckHandler(h: AnyFn | null) {
      this.permissionCheckHandler = h
    },
    webRequest: {
      onBeforeRequest: (l: BeforeRequest | null) => void (defaultSession.beforeRequest = l),
      onHeadersReceived: (l: HeadersReceived | null) => void (defaultSession.headersReceived = l)
    },
    /** Asks the handler as Chromium would for a permission prompt; resolves with its answer. */
    requestPermission(contents: WebContents, permission: string) {
      return new Promise<boolean>(
        (ok) => this.permissionRequestHandler?.(contents, permission, ok, {}) ?? ok(true)
      )
    }
  }

  // ---------------------------------------------------------------- windows
  let nextId = 1
  const windows: BrowserWindow[] = []
  const created = new EventEmitter()

  class WebContents extends EventEmitter {
    readonly id = nextId++
    readonly session = defaultSession
    windowOpenHandler:
      ((d: { url: string; frameName: string; features: string }) => { action: string }) | null = null
    /** The preload's ipcRenderer listeners for this page. */
    readonly rendererEvents = new EventEmitter()
    constructor(readonly owner: BrowserWindow) {
      super()
    }
    get page() {
      return this.owner.page
    }
    send(channel: string, ...args: unknown[]) {
      const cloned = structuredClone(args)
      this.rendererEvents.emit(channel, { sender: this.owner.ipcRenderer }, ...cloned)
    }
    setWindowOpenHandler(h: WebContents['windowOpenHandler']) {
      this.windowOpenHandler = h
    }
    getURL() {
      return this.page ? electronUrl(this.page.url()) : ''
    }
    isDestroyed() {
      return this.owner.destroyed
    }
    async printToPDF(options: Options): Promise<Buffer> {
      log.pdfOptions.push(options)
      const margins = options.margins as { marginType?: string } | undefined
      return this.owner.page!.pdf({
        format: typeof options.pageSize === 'string' ? options.pageSize : 'A4',
        printBackground: Boolean(options.printBackground),
        landscape: Boolean(options.landscape),
        preferCSSPageSize: Boolean(options.preferCSSPageSize),
        ...(margins?.marginType === 'none' ? { margin: { top: 0, right: 0, bottom: 0, left: 0 } } : {})
      })
    }
  }

  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed)
    static getFocusedWindow = () => BrowserWindow.getAllWindows()[0] ?? null
    static fromWebContents = (c: WebContents) => windows.find((w) => w.webContents === c) ?? null

    readonly id = nextId++
    readonly webContents: WebContents
    page: Page | null = null
    destroyed = false
    visible = false
    /** The URL this window is loading on request of main; no will-navigate for it. */
    private programmatic: string | null = null
    readonly opened: Promise<Page>
    readonly ipcRenderer: EventEmitter & Record<string, AnyFn>

    constructor(readonly options: Options = {}) {
      super()
      log.windowOptions.push(options)
      windows.push(this)
      this.webContents = new WebContents(this)
      this.ipcRenderer = this.makeIpcRenderer()
      app.emit('web-contents-created', new Preventable(), this.webContents)
      app.emit('browser-window-created', new Preventable(), this)
      this.opened = track(this.open())
      created.emit('window', this)
    }

    private get prefs(): Options {
      return (this.options.webPreferences as Options | undefined) ?? {}
    }

    private async open(): Promise<Page> {
      const page = await context.newPage()
      this.page = page
      page.on('pageerror', (e) => errors.push(`window ${this.id}: ${e.message}`))
      page.on('console', (m) => m.type() === 'error' && errors.push(`window ${this.id}: ${m.text()}`))
      if (this.prefs.javascript === false) {
        const cdp = await context.newCDPSession(page)
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
      }
      await page.route('**/*', (route) => this.route(route))
      // Electron implements alert and confirm but not prompt (electron/electron#472): it throws.
      await page.addInitScript({
        content: `window.prompt = () => { throw new Error('prompt() is and will not be supported.') }`
      })
      if (typeof this.prefs.preload === 'string') {
        const exposed: Record<string, Record<string, AnyFn>> = {}
        runPreload(this.prefs.preload, {
          contextBridge: {
            exposeInMainWorld: (key: string, api: Record<string, AnyFn>) => void (exposed[key] = api)
          },
          ipcRenderer: this.ipcRenderer
        })
        await this.bridge(page, exposed)
      }
      return page
    }

    /** The page reaches the preload's API objects through one binding. */
    private async bridge(page: Page, exposed: Record<string, Record<string, AnyFn>>) {
      const nodeFns = new Map<number, AnyFn>()
      let nextFn = 1
      const register = (fn: AnyFn) => {
        nodeFns.set(nextFn, fn)
        return nextFn++
      }
      const pageFn =
        (id: number) =>
        (...args: unknown[]) =>
          void page
            .evaluate(([name, i, a]) => (window as never as Record<string, AnyFn>)[name as string]!(i, a), [
              CALLBACK,
              id,
              encode(args, register)
            ] as const)
            .catch(() => undefined)
      await page.exposeBinding(BINDING, async (source, op: string, ...rest: unknown[]) => {
        let fn: AnyFn | undefined
        let args: unknown
        if (op === 'invoke') {
          const [key, method, a] = rest as [string, string, unknown[]]
          fn = exposed[key]?.[method]
          args = a
        } else {
          const [id, a] = rest as [number, unknown[]]
          fn = nodeFns.get(id)
          args = a
        }
        if (!fn) throw new Error(`stand-in: nothing to call for ${JSON.stringify(rest.slice(0, 2))}`)
        const decoded = decode(args, pageFn) as unknown[]
        const result = await frameStore.run(source.frame, () => fn!(...decoded))
        return encode(result, register)
      })
      await page.addInitScript({
        content: pageBridgeScript(
          Object.fromEntries(Object.entries(exposed).map(([k, api]) => [k, Object.keys(api)]))
        )
      })
    }

    private makeIpcRenderer() {
      const events = this.webContents.rendererEvents
      const senderEvent = (): IpcEvent => {
        const frame = frameStore.getStore() ?? this.page?.mainFrame() ?? null
        return {
          sender: this.webContents,
          senderFrame: frame
            ? { url: electronUrl(frame.url()), parent: frame.parentFrame() ? {} : null }
            : null,
          frameId: 1,
          processId: 1
        }
      }
      return Object.assign(events, {
        invoke: (channel: string, ...args: unknown[]) => ipcMain.invokeFrom(senderEvent(), channel, args),
        send: (channel: string, ...args: unknown[]) =>
          void ipcMain.emit(channel, senderEvent(), ...structuredClone(args))
      }) as unknown as EventEmitter & Record<string, AnyFn>
    }

    private async route(route: Route) {
      const request = route.request()
      const url = electronUrl(request.url())
      const page = this.page!
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        if (this.programmatic === request.url()) {
          this.programmatic = null
        } else {
          const event = new Preventable()
          this.webContents.emit('will-navigate', event, url)
          log.navigations.push({ url, prevented: event.defaultPrevented })
          if (event.defaultPrevented) return route.abort('aborted')
        }
      }
      if (defaultSession.beforeRequest) {
        const { cancel } = await new Promise<{ cancel?: boolean }>((ok) =>
          defaultSession.beforeRequest!(
            {
              url,
              method: request.method(),
              resourceType: request.resourceType(),
              webContentsId: this.webContents.id
            },
            ok
          )
        )
        if (cancel) {
          log.cancelledRequests.push(url)
          return route.abort('blockedbyclient')
        }
      }
      if (request.url().startsWith('file:')) return route.continue()
      // The machine is offline: only our own files are served.
      if (!request.url().startsWith(server.url)) return route.abort('internetdisconnected')
      const response = await route.fetch()
      let headers = response.headers()
      if (defaultSession.headersReceived) {
        const responseHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]]))
        const result = await new Promise<{ responseHeaders?: Record<string, string | string[]> }>((ok) =>
          defaultSession.headersReceived!({ url, statusCode: response.status(), responseHeaders }, ok)
        )
        if (result.responseHeaders) {
          headers = Object.fromEntries(
            Object.entries(result.responseHeaders).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v])
          )
        }
      }
      await route.fulfill({ response, headers })
    }

    async loadURL(url: string) {
      const page = await this.opened
      this.programmatic = servedUrl(url)
      await page.goto(this.programmatic, { waitUntil: 'load' })
      this.webContents.emit('did-finish-load')
      this.emit('ready-to-show')
    }
    loadFile(file: string) {
      return this.loadURL(pathToFileURL(file).href)
    }
    show() {
      this.visible = true
      this.emit('show')
    }
    hide() {
      this.visible = false
    }
    isVisible = () => this.visible
    isDestroyed = () => this.destroyed
    isMinimized = () => false
    restore() {}
    focus() {}
    close() {
      this.destroy()
    }
    destroy() {
      if (this.destroyed) return
      this.destroyed = true
      void track(this.opened.then((p) => p.close()).catch(() => undefined))
      this.emit('closed')
      if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed')
    }
  }

  // New windows: ask the window-open handler of the opener, close the popup when denied.
  context.on('page', (popup) => {
    void track(
      (async () => {
        const opener = await popup.opener()
        const owner = opener && windows.find((w) => w.page === opener)
        if (!owner) return
        const url = electronUrl(popup.url())
        const answer = owner.webContents.windowOpenHandler?.({ url, frameName: '', features: '' }) ?? {
          action: 'allow'
        }
        log.windowOpens.push({ url, action: answer.action })
        if (answer.action === 'deny') await popup.close()
      })()
    )
  })

  // ---------------------------------------------------------------- dialogs, shell, menu
  const withoutWindow = (args: unknown[]) =>
    (args[0] instanceof BrowserWindow ? args.slice(1) : args) as [Options]
  const dialog = {
    async showSaveDialog(...args: unknown[]) {
      const [options] = withoutWindow(args)
      log.saveDialogs.push(options)
      const filePath = script.savePaths.shift()
      return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' }
    },
    async showOpenDialog(...args: unknown[]) {
      const [options] = withoutWindow(args)
      log.openDialogs.push(options)
      const path = script.openPaths.shift()
      return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] }
    },
    async showMessageBox(...args: unknown[]) {
      const [options] = withoutWindow(args)
      log.messageBoxes.push(options)
      return {
        response: script.messageResponses.shift() ?? (options.cancelId as number | undefined) ?? 0,
        checkboxChecked: false
      }
    },
    showErrorBox: (title: string, content: string) => void errors.push(`${title}: ${content}`)
  }
  const shell = { openExternal: async (url: string) => void log.openedExternal.push(url) }
  // Electron's async clipboard (W3C-shaped); the system clipboard is not ours to touch in a test.
  class ClipboardItem {
    constructor(readonly items: Record<string, string>) {}
    get types() {
      return Object.keys(this.items)
    }
  }
  const clipboard = {
    async write(items: ClipboardItem[]) {
      log.clipboard.push(items.map((i) => ({ ...i.items })))
    }
  }

  type MenuItem = Options & { label?: string; submenu?: MenuItem[]; click?: AnyFn }
  let applicationMenu: { items: MenuItem[] } | null = null
  const Menu = {
    buildFromTemplate: (template: MenuItem[]) => ({ items: template }),
    setApplicationMenu: (menu: { items: MenuItem[] } | null) => void (applicationMenu = menu),
    getApplicationMenu: () => applicationMenu
  }

  const electron = {
    app,
    BrowserWindow,
    WebContents,
    ipcMain,
    session: { defaultSession },
    dialog,
    shell,
    clipboard,
    ClipboardItem,
    Menu
  }

  return {
    electron,
    script,
    log,
    errors,
    server,
    context,
    windows,
    /** Makes `require('electron')` anywhere in this process return the stand-in. */
    install() {
      const Module = createRequire(import.meta.url)('node:module') as { _load: AnyFn }
      const original = Module._load
      Module._load = function (this: unknown, request: unknown, ...rest: unknown[]) {
        return request === 'electron' ? electron : original.call(this, request, ...rest)
      }
      return () => void (Module._load = original)
    },
    /** Loads a built main script as Electron would (CommonJS, `require('electron')` → the stand-in). */
    loadMain(file = join(ROOT, 'out/main/index.js')) {
      createRequire(import.meta.url)(file)
    },
    ready() {
      isReady = true
      app.emit('ready')
      markReady()
    },
    nextWindow(): Promise<BrowserWindow> {
      return new Promise((ok) => created.once('window', ok))
    },
    async pageOf(window: BrowserWindow) {
      return window.opened
    },
    /** Clicks an item of the application menu by its labels, e.g. ['文件', '导出', 'Word（.docx）']. */
    clickMenu(...labels: string[]) {
      let items = applicationMenu?.items ?? []
      let item: MenuItem | undefined
      for (const label of labels) {
        item = items.find((i) => i.label === label)
        if (!item) throw new Error(`no menu item ${labels.join(' → ')}`)
        items = item.submenu ?? []
      }
      if (!item?.click) throw new Error(`menu item ${labels.join(' → ')} has no click`)
      item.click(item, BrowserWindow.getFocusedWindow(), {})
    },
    /** Calls a handler the way a message from some other page would arrive. */
    invokeForged(channel: string, arg: unknown, senderFrame: SenderFrame, sender = windows[0]!.webContents) {
      return ipcMain.invokeFrom({ sender, senderFrame, frameId: 9, processId: 9 }, channel, [arg])
    },
    fileUrl: (path: string) => pathToFileURL(path).href,
    filePath: (url: string) => fileURLToPath(url),
    async close() {
      await Promise.allSettled([...pending])
      await context.close()
      await server.close()
    }
  }
}

export type Standin = Awaited<ReturnType<typeof createStandin>>
