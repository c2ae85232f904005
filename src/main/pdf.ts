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

/**
 * The print page's own policy, in the page itself (a file's page has no response headers to carry one):
 * its inline styles, images and fonts, and nothing else — no script, nothing from anywhere.
 */
export const PRINT_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/**
 * The export HTML with the policy as its very first element (after the doctype, which keeps the page out
 * of quirks mode): the parser puts it into the head whatever follows, and it then covers all of the page.
 */
export function withPrintPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}">`
  const at = /^\s*<!doctype[^>]*>/i.exec(html)?.[0].length ?? 0
  return html.slice(0, at) + meta + html.slice(at)
}

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
    await fs.writeFile(file, withPrintPolicy(html), 'utf8')
    window = deps.createWindow(printWindowOptions())
    await window.loadFile(file)
    return await window.webContents.printToPDF(PDF_OPTIONS)
  } finally {
    window?.destroy()
    await fs.rm(dir, { recursive: true, force: true })
  }
}
