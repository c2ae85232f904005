// PDFs made here, as older Chinese PDF producers wrote them: the text in 宋体 that is not embedded, named by
// a predefined CMap (GBK-EUC-H: GBK bytes; UniGB-UCS2-H: UCS-2), with no ToUnicode map. A reader needs
// Adobe's CMaps to know which characters the codes are.
import { gbk } from './gbk'
import { SIZE, typeset, width, type Run } from './typeset'

export type PredefinedCMap = 'GBK-EUC-H' | 'UniGB-UCS2-H'

const MM = 72 / 25.4
const PAGE_H = 842

const hex = (bytes: number[]): string => bytes.map((b) => b.toString(16).padStart(2, '0')).join('')

function encode(text: string, cmap: PredefinedCMap): string {
  const chars = Array.from(text)
  if (cmap === 'GBK-EUC-H') return hex(chars.flatMap(gbk))
  return hex(chars.flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]))
}

function content(runs: Run[], cmap: PredefinedCMap): string {
  const size = (SIZE * MM).toFixed(2)
  return runs
    .map((r) => {
      const x = (r.x * MM).toFixed(2)
      const y = (PAGE_H - r.y * MM).toFixed(2)
      return `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm <${encode(r.text, cmap)}> Tj ET`
    })
    .join('\n')
}

/** A PDF of `text` (a report's text export) laid out on A4 pages in a font the file does not hold. */
export function cjkPdfOf(text: string, cmap: PredefinedCMap): Uint8Array {
  const pages = typeset(text)
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // the page tree, once the pages are numbered
  // Half-width CIDs (1–95 in Adobe-GB1) are half as wide as a Han character.
  add(`<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /${cmap} /DescendantFonts [4 0 R] >>`)
  add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> ' +
      '/FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 907 500] >>'
  )
  add(
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>'
  )
  const kids: number[] = []
  for (const runs of pages) {
    // As wide as its widest line (the text export's table 三 is wider than A4): text off the page is not read.
    const right = Math.max(...runs.map((r) => r.x + (width(r.text) * SIZE) / 2))
    const pageWidth = Math.max(595, Math.ceil(right * MM) + 36)
    const stream = content(runs, cmap)
    const c = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${c} 0 R >>`
      )
    )
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  // Everything above is ASCII: one byte per character.
  return Uint8Array.from(out, (c) => c.charCodeAt(0))
}
