// AppApi in a plain browser (npm run dev:web, the static build): downloads instead of save dialogs,
// a file picker instead of the open dialog, the browser's print dialog for PDF, keyboard shortcuts
// instead of the application menu.
import type { AppApi, FileFilter, MenuCommand, OpenedFile, SaveFileResult } from '@shared/api'
import { T } from '../text'

const MIME: Record<string, string> = {
  txt: 'text/plain;charset=utf-8',
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf'
}

const blobPart = (data: string | Uint8Array | Blob): BlobPart =>
  typeof data === 'string' || data instanceof Blob ? data : new Uint8Array(data)

function download(name: string, data: string | Uint8Array | Blob): SaveFileResult {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  const url = URL.createObjectURL(
    new Blob([blobPart(data)], { type: MIME[ext] ?? 'application/octet-stream' })
  )
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // The download has started from the click; the URL is no longer needed once it is read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { saved: true, path: name }
}

function pickFiles(filters: FileFilter[], multiple: boolean): Promise<OpenedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = multiple
    // Chromium's chooser offers 所有文件 beside the kinds accepted by itself, and .* would name no file.
    input.accept = filters.flatMap((f) => f.extensions.flatMap((e) => (e === '*' ? [] : [`.${e}`]))).join(',')
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])]
      input.remove()
      void Promise.all(
        files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))
      ).then(resolve)
    })
    input.addEventListener('cancel', () => {
      input.remove()
      resolve([])
    })
    document.body.append(input)
    input.click()
  })
}

function printHtml(html: string): Promise<SaveFileResult> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe')
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0'
    frame.setAttribute('aria-hidden', 'true')
    frame.srcdoc = html
    frame.addEventListener('load', () => {
      const win = frame.contentWindow
      if (!win) {
        frame.remove()
        return resolve({ saved: false })
      }
      win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0))
      win.focus()
      win.print()
      // The print dialog decides where the PDF goes; the page cannot know whether it was saved.
      resolve({ saved: true })
    })
    document.body.append(frame)
  })
}

/**
 * Saves in pieces, downloaded at their end. Each piece joins a Blob, which the browser holds (on disk
 * when large), so the page never holds the whole file. One page's own: a count names them.
 */
const pieceSaves = new Map<string, { name: string; blob: Blob }>()
let savesBegun = 0
const openSave = (token: string) => {
  const save = pieceSaves.get(token)
  if (!save) throw new Error(T.saveNotOpen)
  return save
}

const SHORTCUTS: Record<string, MenuCommand> = { s: 'snapshot', p: 'export-pdf', o: 'import', n: 'new' }

export const browserApi: AppApi = {
  saveFile: async (req) => download(req.suggestedName, req.data),
  beginSave: async ({ suggestedName }) => {
    const token = String(++savesBegun)
    pieceSaves.set(token, { name: suggestedName, blob: new Blob([]) })
    return { token }
  },
  appendSave: async ({ token, data }) => {
    const save = openSave(token)
    save.blob = new Blob([save.blob, blobPart(data)])
  },
  endSave: async ({ token, commit }) => {
    const { name, blob } = openSave(token)
    pieceSaves.delete(token)
    return commit ? download(name, blob) : { saved: false }
  },
  openFile: async (req) => (await pickFiles(req.filters, false))[0] ?? null,
  openFiles: (req) => pickFiles(req.filters, true),
  printPdf: (req) => printHtml(req.html),
  openExternal: async (url) => {
    if (!/^https?:\/\//i.test(url) || !window.confirm(T.openExternalConfirm(url))) return { opened: false }
    const win = window.open(url, '_blank', 'noopener,noreferrer')
    return { opened: win !== null }
  },
  copyToClipboard: async ({ html, text }) => {
    try {
      // A browser without ClipboardItem (or refusing it) still takes the text: the HTML as code.
      if (typeof ClipboardItem === 'undefined') await navigator.clipboard.writeText(text)
      else
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([html], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' })
          })
        ])
      return { written: true }
    } catch {
      return { written: false }
    }
  },
  info: async () => ({
    version: import.meta.env.VITE_APP_VERSION ?? '',
    platform: navigator.platform,
    electron: false
  }),
  onMenuCommand(listener) {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'F1' && !(e.ctrlKey || e.metaKey || e.altKey || e.shiftKey)) {
        e.preventDefault()
        listener('help')
        return
      }
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault()
        listener('preview')
        return
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return
      const command = SHORTCUTS[e.key.toLowerCase()]
      if (!command) return
      e.preventDefault()
      listener(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }
}

/** The bridge the preload exposed, or the browser one when there is none (plain browser, tests). */
export function installBridge(): AppApi {
  if (!window.api) window.api = browserApi
  return window.api
}
