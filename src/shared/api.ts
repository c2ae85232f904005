// The one door between renderer and main. Every IPC channel is listed here with its argument and
// result; main registers handlers against `IpcContract`, the preload's API object `satisfies AppApi`,
// and the browser build implements the same `AppApi` with downloads.

export interface FileFilter {
  /** Shown in the dialog, e.g. 网页文件 */
  name: string
  extensions: string[]
}

export interface SaveFileRequest {
  /** File name offered in the dialog, e.g. 某某区2024年政府信息公开工作年度报告.docx */
  suggestedName: string
  filters: FileFilter[]
  /** Text is written as UTF-8. */
  data: string | Uint8Array
}

export interface SaveFileResult {
  /** false when the person cancelled the dialog. */
  saved: boolean
  /** Where it was written (for the status line); absent when cancelled. */
  path?: string
}

/**
 * A file too large for one message (a city's backup, hundreds of MB) is saved in pieces: `file:saveBegin`
 * asks where (main keeps the path and answers a token naming it), each `file:saveAppend` adds a piece in
 * order, and `file:saveEnd` puts the whole file in place — or, told not to commit, leaves none.
 */
export interface SaveBeginRequest {
  suggestedName: string
  filters: FileFilter[]
  /** A backup: its dialog says so. */
  purpose?: 'backup'
}

/** Names one save in pieces to main; null when the person cancelled the dialog. */
export type SaveBeginResult = { token: string } | null

/** The largest piece main takes in one `file:saveAppend`. */
export const MAX_SAVE_PIECE_BYTES = 16 * 1024 * 1024

export interface SaveAppendRequest {
  token: string
  /** The next bytes of the file, at most MAX_SAVE_PIECE_BYTES. */
  data: Uint8Array
}

export interface SaveEndRequest {
  token: string
  /** true: the file is put in place; false: the save is given up and no file is left. */
  commit: boolean
}

export interface OpenFileRequest {
  filters: FileFilter[]
  /** A backup to restore: its dialog says so, and it may be as large as a backup may be written. */
  purpose?: 'backup'
}

/**
 * Where one of several files chosen was: 批量检查 tells 区县/2024年度报告.docx from 市直部门/2024年度报告.docx
 * by it. `id` is the same for a path each time it is chosen and names no folder; `folder` is the name of
 * the one it is in, shown beside its name where another file has the same name.
 */
export interface FileSource {
  id: string
  folder: string
}

export interface OpenedFile {
  name: string
  data: Uint8Array
  /** Given by the dialog of many files (file:openMany). */
  source?: FileSource
}

export type OpenFileResult = OpenedFile | null

/** One of several files chosen that could not be read (too large, gone): said in its place. */
export interface UnopenedFile {
  name: string
  error: string
  source?: FileSource
}

/**
 * The report for a website's editor: `html` for a rich-text paste, `text` for a paste into its source-code
 * mode (the same HTML as code) or anywhere plain.
 */
export interface ClipboardRequest {
  html: string
  text: string
}

export interface PrintPdfRequest {
  suggestedName: string
  /** A complete HTML document (the html export) to print to A4 PDF. */
  html: string
}

/** Commands the application menu sends to the renderer. */
export type MenuCommand =
  | 'new'
  | 'import'
  | 'export-txt'
  | 'export-html'
  | 'export-docx'
  | 'export-pdf'
  | 'export-json'
  | 'copy-html'
  | 'preview'
  | 'batch'
  | 'snapshot'
  | 'history'
  | 'help'
  | 'backup'
  | 'restore'
  | 'home'

/** Channel → [argument, result]. Invoked from the renderer, handled in main. */
export interface IpcContract {
  'file:save': [SaveFileRequest, SaveFileResult]
  'file:saveBegin': [SaveBeginRequest, SaveBeginResult]
  'file:saveAppend': [SaveAppendRequest, void]
  'file:saveEnd': [SaveEndRequest, SaveFileResult]
  'file:open': [OpenFileRequest, OpenFileResult]
  /** Several files at once (批量检查); none when the dialog is cancelled. */
  'file:openMany': [OpenFileRequest, (OpenedFile | UnopenedFile)[]]
  'file:printPdf': [PrintPdfRequest, SaveFileResult]
  'shell:openExternal': [{ url: string }, { opened: boolean }]
  'clipboard:write': [ClipboardRequest, { written: boolean }]
  'app:info': [void, { version: string; platform: string; electron: boolean }]
}
export type IpcChannel = keyof IpcContract
export type IpcArg<C extends IpcChannel> = IpcContract[C][0]
export type IpcResult<C extends IpcChannel> = IpcContract[C][1]

/** Main → renderer events. */
export interface IpcEvents {
  'menu:command': MenuCommand
}

export interface AppApi {
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>
  /** A save in pieces (see SaveBeginRequest); bridge/savePieces.ts drives the three in order. */
  beginSave(req: SaveBeginRequest): Promise<SaveBeginResult>
  appendSave(req: SaveAppendRequest): Promise<void>
  endSave(req: SaveEndRequest): Promise<SaveFileResult>
  openFile(req: OpenFileRequest): Promise<OpenFileResult>
  openFiles(req: OpenFileRequest): Promise<(OpenedFile | UnopenedFile)[]>
  printPdf(req: PrintPdfRequest): Promise<SaveFileResult>
  openExternal(url: string): Promise<{ opened: boolean }>
  copyToClipboard(req: ClipboardRequest): Promise<{ written: boolean }>
  info(): Promise<IpcResult<'app:info'>>
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
