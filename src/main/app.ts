// Wires the modules to Electron. Takes the electron module as a parameter so tests can pass a fake one.
import type { BrowserWindow } from 'electron'
import { lstat, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { IpcEvents, MenuCommand } from '@shared/api'
import { openPendingFile, writeFileAtomic } from './atomic-write'
import { confirmExternal, createHandlers, type Dialogs, type HandlerDeps } from './handlers'
import { isTrustedSender, registerIpc, type IpcMainPort } from './ipc'
import { menuTemplate } from './menu'
import { createPieceSaves } from './piece-saves'
import { renderPdf } from './pdf'
import {
  guardContents,
  isRendererUrl,
  mainWindowOptions,
  printPageUrl,
  rendererSource,
  secureSession,
  type GuardedContents,
  type GuardedSession
} from './security'
import { APP_TITLE, dialogText } from './text'

export type ElectronMain = Pick<
  typeof import('electron'),
  | 'app'
  | 'BrowserWindow'
  | 'Menu'
  | 'clipboard'
  | 'ClipboardItem'
  | 'dialog'
  | 'ipcMain'
  | 'session'
  | 'shell'
>

export interface AppPaths {
  /** The folder of the built main script (out/main); preload and renderer sit beside it. */
  mainDir: string
  env: Record<string, string | undefined>
  platform: string
}

/** How long a close held by a save in progress waits before it is tried again (a save takes a few ms). */
export const CLOSE_RETRY_MS = 400

export function startApp(electron: ElectronMain, { mainDir, env, platform }: AppPaths): void {
  const { app, BrowserWindow, Menu, clipboard, ClipboardItem, dialog, ipcMain, session, shell } = electron
  const source = rendererSource(env, join(mainDir, '../renderer/index.html'), app.isPackaged)
  let mainWindow: BrowserWindow | null = null
  // The print windows open now, by their web contents' id: the one page each may load.
  const printPages = new Map<number, string>()

  app.enableSandbox()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  const parent = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)
  const dialogs: Dialogs = {
    save: (o) => (parent() ? dialog.showSaveDialog(parent()!, o) : dialog.showSaveDialog(o)),
    open: (o) => (parent() ? dialog.showOpenDialog(parent()!, o) : dialog.showOpenDialog(o)),
    message: (o) => (parent() ? dialog.showMessageBox(parent()!, o) : dialog.showMessageBox(o))
  }
  const pieceSaves = createPieceSaves((path) => openPendingFile(path))
  const deps: HandlerDeps = {
    dialogs,
    openExternal: (url) => shell.openExternal(url),
    documentsDir: () => app.getPath('documents'),
    version: app.getVersion(),
    platform,
    writeFile: (path, data) => writeFileAtomic(path, data),
    pieceSaves,
    // One item with both types: the pasting program picks the one it reads.
    writeClipboard: ({ html, text }) =>
      clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    fileSize: async (path) => (await stat(path)).size,
    exists: (path) =>
      lstat(path).then(
        () => true,
        (e: NodeJS.ErrnoException) => e.code !== 'ENOENT'
      ),
    renderPdf: (html) =>
      renderPdf(html, {
        createWindow: (options) => {
          const w = new BrowserWindow(options)
          const id = w.webContents.id
          // Nothing at all until its page is known.
          printPages.set(id, '')
          return {
            loadFile: (file) => {
              printPages.set(id, printPageUrl(file))
              return w.loadFile(file)
            },
            webContents: { printToPDF: (o) => w.webContents.printToPDF(o) },
            destroy: () => {
              printPages.delete(id)
              w.destroy()
            }
          }
        }
      })
  }

  app.on('web-contents-created', (_event, contents) =>
    // No one awaits a click's dialog: a failure of its own must not end as an unhandled rejection.
    guardContents(
      contents as unknown as GuardedContents,
      (url) => void confirmExternal(deps, url).catch(() => undefined)
    )
  )

  const emit = <E extends keyof IpcEvents>(event: E, payload: IpcEvents[E]) =>
    parent()?.webContents.send(event, payload)
  const send = (command: MenuCommand) => emit('menu:command', command)
  const showAbout = () =>
    void dialogs.message({
      type: 'info',
      title: dialogText.aboutTitle,
      message: APP_TITLE,
      detail: dialogText.aboutDetail(app.getVersion()),
      buttons: ['确定'],
      defaultId: 0,
      cancelId: 0,
      noLink: true
    })

  const createMainWindow = () => {
    const window = new BrowserWindow(mainWindowOptions(join(mainDir, '../preload/index.js'), APP_TITLE))
    window.once('ready-to-show', () => window.show())
    // A save in pieces whose page is gone will never be ended: its temporary file goes with the page.
    window.on('closed', () => {
      mainWindow = null
      void pieceSaves.abortAll()
    })
    window.webContents.on('did-navigate', () => void pieceSaves.abortAll())
    // The page holds the close while a report's last changes are not yet stored (a beforeunload that
    // Electron would otherwise obey in silence). Mostly that is a save a moment from done (closed right
    // after typing): the close is tried once more shortly, and only if the page still holds it is the
    // person asked, staying by default. (Electron emits 'close' before the page's beforeunload.)
    let closing = false
    let retried = false
    window.on('close', () => (closing = true))
    window.webContents.on('will-prevent-unload', (event) => {
      const close = closing
      closing = false
      if (close && !retried) {
        retried = true
        setTimeout(() => window.isDestroyed() || window.close(), CLOSE_RETRY_MS)
        return
      }
      retried = false
      const choice = dialog.showMessageBoxSync(window, {
        type: 'warning',
        title: dialogText.unsavedTitle,
        message: dialogText.unsavedMessage,
        detail: dialogText.unsavedDetail,
        buttons: [dialogText.unsavedStay, dialogText.unsavedLeave],
        defaultId: 0,
        cancelId: 0,
        noLink: true
      })
      if (choice === 1) event.preventDefault()
    })
    mainWindow = window
    if (source.kind === 'url') void window.loadURL(source.url)
    else void window.loadFile(source.path)
    return window
  }

  app.on('second-instance', () => {
    const w = parent()
    if (!w) return
    if (w.isMinimized()) w.restore()
    w.focus()
  })
  app.on('window-all-closed', () => app.quit())
  // Quitting waits for the temporary files of saves given up (or ended) to be removed.
  app.on('will-quit', (event) => {
    if (!pieceSaves.busy) return
    event.preventDefault()
    void pieceSaves.abortAll().finally(() => app.quit())
  })

  void app.whenReady().then(() => {
    secureSession(session.defaultSession as unknown as GuardedSession, source, (id) =>
      id === undefined ? undefined : printPages.get(id)
    )
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate({ isDev: source.kind === 'url', send, showAbout }))
    )
    registerIpc(ipcMain as unknown as IpcMainPort, createHandlers(deps), (event) =>
      isTrustedSender(event, parent()?.webContents.id, (url) => isRendererUrl(url, source))
    )
    createMainWindow()
  })
}
