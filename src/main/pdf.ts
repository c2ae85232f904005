// PDF by Chromium's own printing of the export HTML, in a hidden page that runs no script.
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron'
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { printWindowOptions } from './security'

export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: false
} as const satisfies PrintToPDFOptions

export interface PrintWindow {
  loadFile(path: string): Promise<void>
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> }
  destroy(): void
}

export interface PdfDeps {
  createWindow(options: BrowserWindowConstructorOptions): PrintWindow
  fs?: Pick<typeof fsp, 'mkdtemp' | 'writeFile' | 'rm'>
  tempRoot?: string
}

/**
 * The HTML goes through a private temporary file rather than a data: URL, which Chromium caps at 2 MB.
 * The window and the file are gone afterwards whatever happens.
 */
export async function renderPdf(html: string, deps: PdfDeps): Promise<Uint8Array> {
  const fs = deps.fs ?? fsp
  const dir = await fs.mkdtemp(join(deps.tempRoot ?? tmpdir(), 'xxgk-pdf-'))
  let window: PrintWindow | undefined
  try {
    const file = join(dir, 'report.html')
    await fs.writeFile(file, html, 'utf8')
    window = deps.createWindow(printWindowOptions())
    await window.loadFile(file)
    return await window.webContents.printToPDF(PDF_OPTIONS)
  } finally {
    window?.destroy()
    await fs.rm(dir, { recursive: true, force: true })
  }
}
