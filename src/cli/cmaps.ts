// Adobe's CMaps for PDFs whose Chinese fonts are not embedded, read from pdf.js's own package.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { CMapSource } from '../shared/import'

const dir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')

export const cmaps: CMapSource = async (name) => {
  // A name comes from the PDF: nothing but a plain file name is looked up.
  if (!/^[\w-]+$/.test(name)) throw new Error(`CMap ${name}`)
  return new Uint8Array(await readFile(join(dir, `${name}.bcmap`)))
}
