// PDF → text laid out as `pdftotext -layout` prints it (layout.ts). pdf.js reads the file; its worker code
// runs on this thread (no Worker, no eval: the app's policy allows neither), loaded only for a PDF.

import { laidOut, spacedHan, type LaidOut, type Placed } from './layout'
import type { CMapSource } from './types'

/** What pdf.js gives for one run of text (only what is read here). */
interface TextItem {
  str: string
  transform: number[]
  width: number
  height: number
}

type PdfJs = {
  getDocument(src: Record<string, unknown>): {
    promise: Promise<{
      numPages: number
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>
      destroy(): Promise<void>
    }>
  }
}

async function loadPdfJs(): Promise<PdfJs> {
  const g = globalThis as unknown as { pdfjsWorker?: unknown }
  // The worker's message handler on globalThis makes pdf.js run it here rather than start a Worker.
  if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs
}

function placed(items: unknown[]): Placed[] {
  const out: Placed[] = []
  for (const item of items) {
    const t = item as Partial<TextItem>
    if (typeof t.str !== 'string' || !t.transform || !t.str.trim()) continue
    const [a, b, , , x, y] = t.transform
    const size = Math.hypot(a, b) || t.height || 10
    out.push({ text: spacedHan(t.str), x, y, right: x + (t.width ?? 0), size })
  }
  return out
}

/**
 * pdf.js asks its CMapReaderFactory for a predefined CMap by name; this one asks `cmaps`, and notes the
 * names it could not give (pdf.js then reads that font's text as nothing, and says no more).
 */
function cmapReader(cmaps: CMapSource | undefined, missing: string[]) {
  return class {
    async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
      try {
        if (!cmaps) throw new Error('no CMaps')
        return { cMapData: await cmaps(name), isCompressed: true }
      } catch (e) {
        missing.push(name)
        throw e
      }
    }
  }
}

/**
 * The text of every page, pages separated by a form feed, and the CMaps a font named that `cmaps` did
 * not have. Throws pdf.js's error on a damaged file.
 */
export async function pdfText(
  bytes: Uint8Array,
  cmaps?: CMapSource
): Promise<LaidOut & { missingCMaps: string[] }> {
  const pdfjs = await loadPdfJs()
  // pdf.js may detach the buffer it is given: it gets a copy, the caller keeps its bytes.
  const data = bytes.slice()
  const missingCMaps: string[] = []
  const doc = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    // Asked on this thread, never fetched by pdf.js: the app makes no requests.
    useWorkerFetch: false,
    CMapReaderFactory: cmapReader(cmaps, missingCMaps)
  }).promise
  try {
    const pages: Placed[][] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      pages.push(placed((await page.getTextContent()).items))
      page.cleanup()
    }
    return { ...laidOut(pages), missingCMaps }
  } finally {
    await doc.destroy()
  }
}
