// What each IPC channel does. Paths come only from dialogs; the renderer names nothing on disk.
import { createHash } from 'node:crypto'
import { basename, dirname, extname, join } from 'node:path'
import type { FileFilter, FileSource, OpenedFile, UnopenedFile } from '@shared/api'
import { fitStem } from '@shared/text/fileName'
import { DIRECTION_MARK } from '@shared/text/invisible'
import type { HandlerMap } from './ipc'
import type { PieceSaves } from './piece-saves'
import { isOpenableAddress } from './security'
import { dialogText, errorText } from './text'

const MAX_OPEN_MB = 50
// What the page can read back: it restores a backup as one string, and V8 holds no string of more than
// about 512M characters. A backup is written in pieces up to 4 GB (piece-saves.ts): one above this is
// saved but cannot be restored yet (a city's 500 drafts × 40 versions make 411 MB).
const MAX_BACKUP_MB = 600
// A province's agencies in one go, and no more than main should hold in memory at once.
const MAX_OPEN_FILES = 500
// What one batch may read: main holds it all in one reply, and the page again (500 files of 49 MB would
// be 24 GB). Published reports are mostly under 5 MB, so a province's still fits.
const MAX_BATCH_MB = 300
const MB = 1024 * 1024

/** A file that would take the batch over MAX_BATCH_MB: not read. */
class BatchFull extends Error {}

export interface SaveDialogOptions {
  title: string
  buttonLabel: string
  defaultPath: string
  filters: FileFilter[]
  properties: ('showOverwriteConfirmation' | 'createDirectory')[]
}
export interface OpenDialogOptions {
  title: string
  buttonLabel: string
  filters: FileFilter[]
  properties: ('openFile' | 'multiSelections')[]
}
export interface MessageBoxOptions {
  type: 'question' | 'info' | 'warning'
  title: string
  message: string
  detail: string
  buttons: string[]
  defaultId: number
  cancelId: number
  noLink: boolean
}

/** The dialogs, already bound to the main window as their parent. */
export interface Dialogs {
  save(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  open(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  message(options: MessageBoxOptions): Promise<{ response: number }>
}

export interface HandlerDeps {
  dialogs: Dialogs
  openExternal(url: string): Promise<void>
  documentsDir(): string
  version: string
  platform: string
  writeFile(path: string, data: string | Uint8Array): Promise<void>
  /** The saves in pieces now open, each to a path askSavePath gave. */
  pieceSaves: PieceSaves
  readFile(path: string): Promise<Uint8Array>
  fileSize(path: string): Promise<number>
  /** True when something (a file, a folder, a link) already has this name. */
  exists(path: string): Promise<boolean>
  renderPdf(html: string): Promise<Uint8Array>
  writeClipboard(data: { html: string; text: string }): Promise<void>
}

/** A name the file system accepts on Windows and Linux; the renderer's suggestion is only a suggestion. */
export function safeFileName(name: string): string {
  const cleaned = [...basename(name.replace(/\\/g, '/'))]
    .map((ch) => (ch < ' ' || '<>:"/\\|?*'.includes(ch) || DIRECTION_MARK.test(ch) ? '_' : ch))
    .join('')
    .trim()
  const whole = cleaned.replace(/^\.+/, '') || '报告'
  // The renderer's names fit already; one longer would be refused by the disk only once the person saves.
  const extension = extname(whole).slice(1)
  const stem = extension ? whole.slice(0, -extension.length - 1) : whole
  const fitted = fitStem(stem, extension)
  if (fitted === stem) return whole
  const short = fitted.replace(/[. ]+$/, '') || '报告'
  return extension ? `${short}.${extension}` : short
}

/** GTK's save dialog does not add the extension; make sure the file ends with one the filter offers. */
export function withExtension(path: string, filters: FileFilter[]): string {
  const ext = extname(path).slice(1).toLowerCase()
  const offered = filters.flatMap((f) => f.extensions.map((e) => e.toLowerCase()))
  return offered.includes(ext) || offered.includes('*') ? path : `${path}.${filters[0]!.extensions[0]}`
}

/** Where a file of several was chosen: an id the same each time for its path, and its folder's name. */
export const fileSource = (path: string): FileSource => ({
  id: createHash('sha256').update(path).digest('hex').slice(0, 16),
  folder: basename(dirname(path))
})

/** Asks, then opens a web address in the system browser. */
export async function confirmExternal(deps: Pick<HandlerDeps, 'dialogs' | 'openExternal'>, url: string) {
  if (!isOpenableAddress(url)) return { opened: false }
  // What is shown and what is opened are one address, as the URL parser reads it (spaces around it gone).
  const href = new URL(url.trim()).href
  const { response } = await deps.dialogs.message({
    type: 'question',
    title: dialogText.externalTitle,
    message: dialogText.externalMessage,
    detail: href,
    buttons: [dialogText.externalOpen, dialogText.externalCancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true
  })
  if (response !== 0) return { opened: false }
  try {
    await deps.openExternal(href)
  } catch {
    // No browser set up, or none that takes the address: the person clicked 打开 and must hear why not.
    await deps.dialogs.message({
      type: 'warning',
      title: dialogText.externalTitle,
      message: dialogText.externalFailedMessage,
      detail: dialogText.externalFailedDetail(href),
      buttons: ['确定'],
      defaultId: 0,
      cancelId: 0,
      noLink: true
    })
    return { opened: false }
  }
  return { opened: true }
}

export function createHandlers(deps: HandlerDeps): HandlerMap {
  const askSavePath = async (suggestedName: string, filters: FileFilter[], title: string) => {
    const result = await deps.dialogs.save({
      title,
      buttonLabel: dialogText.saveButton,
      defaultPath: join(deps.documentsDir(), safeFileName(suggestedName)),
      filters,
      // GTK's dialog asks before replacing a file only when told to (Windows and macOS always ask).
      properties: ['showOverwriteConfirmation', 'createDirectory']
    })
    if (result.canceled || !result.filePath) return null
    const path = withExtension(result.filePath, filters)
    // The dialog asked about the name as typed; the extension added here may name a file it never saw.
    if (path !== result.filePath && (await deps.exists(path)) && !(await confirmReplace(path))) return null
    return path
  }
  const confirmReplace = async (path: string) => {
    const { response } = await deps.dialogs.message({
      type: 'warning',
      title: dialogText.replaceTitle,
      message: dialogText.replaceMessage(basename(path)),
      detail: dialogText.replaceDetail(dirname(path)),
      buttons: [dialogText.replaceConfirm, dialogText.replaceCancel],
      defaultId: 1,
      cancelId: 1,
      noLink: true
    })
    return response === 0
  }

  /** Reads a file of at most `room` bytes (and MAX_OPEN_MB, or MAX_BACKUP_MB for a backup). */
  const readChosen = async (path: string, room = Infinity, backup = false) => {
    const size = await deps.fileSize(path)
    if (backup && size > MAX_BACKUP_MB * MB) throw new Error(errorText.backupTooLarge(MAX_BACKUP_MB))
    if (!backup && size > MAX_OPEN_MB * MB) throw new Error(errorText.fileTooLarge(MAX_OPEN_MB))
    if (size > room) throw new BatchFull(errorText.batchFull(MAX_BATCH_MB))
    return { name: basename(path), size, data: await deps.readFile(path) }
  }
  const refusedFile = (path: string, e: unknown): UnopenedFile => {
    const code = (e as NodeJS.ErrnoException).code
    const error =
      code === 'ENOENT'
        ? errorText.fileGone
        : code === 'EACCES' || code === 'EPERM'
          ? errorText.fileDenied
          : code
            ? errorText.fileReadFailed(code)
            : e instanceof Error
              ? e.message
              : String(e)
    return { name: basename(path), error }
  }

  return {
    'file:save': async ({ suggestedName, filters, data }) => {
      const path = await askSavePath(suggestedName, filters, dialogText.saveTitle)
      if (!path) return { saved: false }
      await deps.writeFile(path, data)
      return { saved: true, path }
    },

    'file:saveBegin': async ({ suggestedName, filters, purpose }) => {
      const title = purpose === 'backup' ? dialogText.backupTitle : dialogText.saveTitle
      const token = await deps.pieceSaves.begin(() => askSavePath(suggestedName, filters, title))
      return token === null ? null : { token }
    },

    'file:saveAppend': async ({ token, data }) => deps.pieceSaves.append(token, data),

    'file:saveEnd': async ({ token, commit }) => {
      const path = await deps.pieceSaves.end(token, commit)
      return path === null ? { saved: false } : { saved: true, path }
    },

    'file:open': async ({ filters, purpose }) => {
      const backup = purpose === 'backup'
      const result = await deps.dialogs.open({
        title: backup ? dialogText.restoreTitle : dialogText.openTitle,
        buttonLabel: dialogText.openButton,
        filters,
        properties: ['openFile']
      })
      const path = result.filePaths[0]
      if (result.canceled || !path) return null
      const { name, data } = await readChosen(path, Infinity, backup)
      return { name, data }
    },

    'file:openMany': async ({ filters }) => {
      const result = await deps.dialogs.open({
        title: dialogText.openManyTitle,
        buttonLabel: dialogText.openManyButton,
        filters,
        properties: ['openFile', 'multiSelections']
      })
      if (result.canceled) return []
      if (result.filePaths.length > MAX_OPEN_FILES) throw new Error(errorText.tooManyFiles(MAX_OPEN_FILES))
      // One file that cannot be read is said in its row; the others are still checked. Once the batch is
      // full, every file after is left for the next (they are chosen again together, in their order).
      const files: (OpenedFile | UnopenedFile)[] = []
      let room = MAX_BATCH_MB * MB
      for (const path of result.filePaths) {
        try {
          const { name, size, data } = await readChosen(path, room)
          room -= size
          files.push({ name, data, source: fileSource(path) })
        } catch (e) {
          if (e instanceof BatchFull) room = -1
          files.push({ ...refusedFile(path, e), source: fileSource(path) })
        }
      }
      return files
    },

    'file:printPdf': async ({ suggestedName, html }) => {
      const filters = [{ name: dialogText.pdfFilter, extensions: ['pdf'] }]
      const path = await askSavePath(suggestedName, filters, dialogText.pdfTitle)
      if (!path) return { saved: false }
      await deps.writeFile(path, await deps.renderPdf(html))
      return { saved: true, path }
    },

    'shell:openExternal': async ({ url }) => confirmExternal(deps, url),

    'clipboard:write': async ({ html, text }) => {
      await deps.writeClipboard({ html, text })
      return { written: true }
    },

    'app:info': async () => ({ version: deps.version, platform: deps.platform, electron: true })
  }
}
