// Adobe's Chinese CMaps (Simplified GB1, Traditional CNS1), shipped with pdf.js, for PDFs whose fonts are not
// embedded.
// Each is its own small chunk holding the file inline, loaded only when a PDF names it: the app reads no
// file and makes no request for them (a fetch of a file: address fails in the desktop app).
import type { CMapSource } from '@shared/import'

const DIR = '../../../node_modules/pdfjs-dist/cmaps/'
const packed = import.meta.glob<string>(
  [
    '../../../node_modules/pdfjs-dist/cmaps/{Adobe-GB1,Adobe-CNS1,UniGB,UniCNS}-*.bcmap',
    '../../../node_modules/pdfjs-dist/cmaps/{GB,B5,CNS,ETen,ETHK,HK}*.bcmap'
  ],
  { query: '?inline', import: 'default' }
)

/** The bytes of a data: address (base64), as Vite inlines a file. */
function bytesOf(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

export const cmaps: CMapSource = async (name) => {
  const load = packed[`${DIR}${name}.bcmap`]
  if (!load) throw new Error(`CMap ${name}`)
  return bytesOf(await load())
}
