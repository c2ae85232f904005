// Word 97 files made here, for what LibreOffice does not write: a compound file around the streams, a FIB,
// the text in pieces and, when asked, each paragraph's properties in PAPX pages (FKPs).
export const le = (n: number, bytes: number): number[] =>
  Array.from({ length: bytes }, (_, i) => (n >>> (8 * i)) & 0xff)
const END = 0xfffffffe
const FREE = 0xffffffff

/**
 * A compound file with `streams` at its root. Every stream is padded to 4096 bytes so that all sit in
 * regular sectors (a smaller one would belong in the mini stream, which LibreOffice's files exercise).
 */
export function buildCfb(streams: Record<string, Uint8Array>, shift = 9): Uint8Array {
  const size = 1 << shift
  const perSector = size / 4
  const names = Object.keys(streams)
  const data = names.map((n) => {
    const s = streams[n]
    const out = new Uint8Array(Math.max(4096, Math.ceil(s.length / size) * size))
    out.set(s)
    return out
  })
  const dirSectors = Math.ceil(((names.length + 1) * 128) / size)
  const dataSectors = data.reduce((n, s) => n + s.length / size, 0)
  let [fat, difat] = [1, 0]
  for (;;) {
    const needFat = Math.ceil((fat + difat + dirSectors + dataSectors) / perSector)
    const needDifat = Math.max(0, Math.ceil((needFat - 109) / (perSector - 1)))
    if (needFat === fat && needDifat === difat) break
    ;[fat, difat] = [needFat, needDifat]
  }
  const total = fat + difat + dirSectors + dataSectors
  const file = new Uint8Array((total + 1) * size)
  const view = new DataView(file.buffer)
  const put32 = (at: number, v: number): void => view.setUint32(at, v, true)
  const sectorAt = (n: number): number => (n + 1) * size

  const table = new Array<number>(fat * perSector).fill(FREE)
  for (let i = 0; i < fat; i++) table[i] = 0xfffffffd
  for (let i = 0; i < difat; i++) table[fat + i] = 0xfffffffc
  const chain = (start: number, count: number): void => {
    for (let i = 0; i < count; i++) table[start + i] = i === count - 1 ? END : start + i + 1
  }
  const dirStart = fat + difat
  chain(dirStart, dirSectors)
  let next = dirStart + dirSectors
  const starts = data.map((s) => {
    const start = next
    chain(start, s.length / size)
    file.set(s, sectorAt(start))
    next += s.length / size
    return start
  })
  table.forEach((v, i) => put32(sectorAt(Math.floor(i / perSector)) + 4 * (i % perSector), v))

  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  view.setUint16(0x18, 0x3e, true)
  view.setUint16(0x1a, shift === 9 ? 3 : 4, true)
  view.setUint16(0x1c, 0xfffe, true)
  view.setUint16(0x1e, shift, true)
  view.setUint16(0x20, 6, true)
  if (shift === 12) put32(0x28, dirSectors)
  put32(0x2c, fat)
  put32(0x30, dirStart)
  put32(0x38, 4096)
  put32(0x3c, END)
  put32(0x44, difat ? fat : END)
  put32(0x48, difat)
  for (let i = 0; i < 109; i++) put32(0x4c + 4 * i, i < fat ? i : FREE)
  for (let d = 0; d < difat; d++) {
    const at = sectorAt(fat + d)
    for (let k = 0; k < perSector - 1; k++) {
      const n = 109 + d * (perSector - 1) + k
      put32(at + 4 * k, n < fat ? n : FREE)
    }
    put32(at + 4 * (perSector - 1), d === difat - 1 ? END : fat + d + 1)
  }

  // Directory: the root, then each stream as the right sibling of the one before.
  const entry = (
    i: number,
    name: string,
    type: number,
    start: number,
    length: number,
    right: number
  ): void => {
    const at = sectorAt(dirStart) + 128 * i
    ;[...name].forEach((c, k) => view.setUint16(at + 2 * k, c.charCodeAt(0), true))
    view.setUint16(at + 0x40, 2 * (name.length + 1), true)
    file[at + 0x42] = type
    file[at + 0x43] = 1
    put32(at + 0x44, FREE)
    put32(at + 0x48, right)
    put32(at + 0x4c, type === 5 && names.length ? 1 : FREE)
    put32(at + 0x74, start)
    put32(at + 0x78, length)
  }
  entry(0, 'Root Entry', 5, END, 0, FREE)
  names.forEach((n, i) => entry(i + 1, n, 2, starts[i], data[i].length, i + 2 <= names.length ? i + 2 : FREE))
  return file
}

const CP1252: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94 }

interface DocOptions {
  /** Text pieces; a compressed one is stored one byte a character (cp1252). */
  pieces: { text: string; compressed?: boolean }[]
  nFib?: number
  flags?: number
  /** Leave the Clx out: the text is one run from fcMin. */
  noClx?: boolean
  /**
   * Each paragraph mark's properties (a grpprl: its sprms), in the order of the marks in the text, written
   * in PAPX pages (FKPs) as Word does; a mark left out has none.
   */
  papx?: number[][]
  /**
   * Character properties: the sprms of the characters [from, to) of the text (counted across the pieces,
   * in order, not overlapping), written in one CHPX page (an FKP) as Word does; others have none.
   */
  chpx?: { from: number; to: number; grpprl: number[] }[]
}

/** A minimal Word 97 file: a FIB, the pieces' text from byte 1024, the piece table in 1Table. */
export function buildDoc({
  pieces,
  nFib = 0xc1,
  flags = 0x1200,
  noClx = false,
  papx,
  chpx
}: DocOptions): Uint8Array {
  const word: number[] = new Array<number>(1024).fill(0)
  const cps = [0]
  const fcs: number[] = []
  /** The stream offset just past each paragraph mark: where the paragraph's run of an FKP ends. */
  const markEnds: number[] = []
  /** Each character's byte offset in the stream, and the offset just past it. */
  const charAt: [number, number][] = []
  for (const p of pieces) {
    fcs.push(p.compressed ? (word.length * 2) | 0x40000000 : word.length)
    for (const c of p.text) {
      const at = word.length
      charAt.push([at, at + (p.compressed ? 1 : 2)])
      if (p.compressed) word.push(CP1252[c] ?? c.charCodeAt(0))
      else word.push(...le(c.charCodeAt(0), 2))
      if ('\r\x07\x0c'.includes(c)) markEnds.push(word.length)
    }
    cps.push(cps[cps.length - 1] + p.text.length)
  }
  const ccpText = cps[cps.length - 1]
  const clx = [0x02, ...le(4 * cps.length + 8 * pieces.length, 4), ...cps.flatMap((cp) => le(cp, 4))]
  for (const fc of fcs) clx.push(0, 0, ...le(fc, 4), 0, 0)
  const set = (at: number, v: number, n: number): void => {
    word.splice(at, n, ...le(v, n))
  }
  set(0, 0xa5ec, 2)
  set(2, nFib, 2)
  set(0x0a, flags, 2)
  set(0x18, 1024, 4) // fcMin
  set(0x20, 14, 2) // csw
  set(0x3e, 22, 2) // cslw
  set(0x4c, ccpText, 4)
  set(0x98, 93, 2) // cbRgFcLcb
  if (!noClx) set(0x9a + 8 * 33 + 4, clx.length, 4) // lcbClx; fcClx is 0
  const table = [...clx]
  if (papx) {
    const { pages, bte } = papxPages(word.length, 1024, markEnds, papx)
    word.push(...pages)
    set(0x9a + 8 * 13, clx.length, 4) // fcPlcfBtePapx, just after the Clx
    set(0x9a + 8 * 13 + 4, bte.length, 4)
    table.push(...bte)
  }
  if (chpx?.length) {
    const { page, bte } = chpxPage(word.length, charAt, chpx)
    word.push(...page)
    set(0x9a + 8 * 12, table.length, 4) // fcPlcfBteChpx, after what the table stream holds
    set(0x9a + 8 * 12 + 4, bte.length, 4)
    table.push(...bte)
  }
  return buildCfb({ WordDocument: new Uint8Array(word), '1Table': new Uint8Array(table) })
}

/**
 * PAPX pages for paragraphs whose marks end at `markEnds` (the first paragraph starts at `from`), placed
 * from the 512-byte page at or after `length`; and the PlcBtePapx naming them. A page holds as many
 * paragraphs as fit: each takes a run boundary (4 bytes), a BX (13) and its PAPX (a count of words, the
 * style, the sprms).
 */
function papxPages(
  length: number,
  from: number,
  markEnds: number[],
  papx: number[][]
): { pages: number[]; bte: number[] } {
  const firstPage = Math.ceil(length / 512)
  const pages: number[] = new Array<number>(firstPage * 512 - length).fill(0)
  const fcs: number[] = []
  const pns: number[] = []
  let k = 0
  while (k < markEnds.length) {
    const page = new Array<number>(512).fill(0)
    const start = k === 0 ? from : markEnds[k - 1]
    const runs: { end: number; papx: number[] }[] = []
    let used = 4
    for (; k < markEnds.length; k++) {
      const grpprl = papx[k] ?? []
      // cb counts words of the style and sprms (2 * cb - 1 bytes after it, padded): an odd-length body
      // is written whole with cb = (length + 1) / 2, an even one after a zero cb, as cb' = length / 2.
      const body = [0, 0, ...grpprl]
      const bytes = grpprl.length
        ? body.length % 2
          ? [(body.length + 1) / 2, ...body]
          : [0, body.length / 2, ...body]
        : []
      const size = 4 + 13 + bytes.length + (bytes.length % 2)
      if (runs.length && used + size > 511) break
      used += size
      runs.push({ end: markEnds[k], papx: bytes })
    }
    const crun = runs.length
    const fcAt = (j: number): number => (j === 0 ? start : runs[j - 1].end)
    for (let j = 0; j <= crun; j++) page.splice(4 * j, 4, ...le(fcAt(j), 4))
    let at = 4 * (crun + 1) + 13 * crun
    runs.forEach((run, j) => {
      if (!run.papx.length) return
      at += at % 2
      page[4 * (crun + 1) + 13 * j] = at / 2
      page.splice(at, run.papx.length, ...run.papx)
      at += run.papx.length
    })
    page.length = 512
    page[511] = crun
    fcs.push(start)
    pns.push(firstPage + pns.length)
    pages.push(...page)
  }
  fcs.push(markEnds[markEnds.length - 1])
  return { pages, bte: [...fcs.flatMap((fc) => le(fc, 4)), ...pns.flatMap((pn) => le(pn, 4))] }
}

/**
 * One CHPX page (an FKP of 1-byte entries) for the character ranges `runs`, placed at the 512-byte page at
 * or after `length`; the stream between them is in runs without properties. And the PlcBteChpx naming it.
 */
function chpxPage(
  length: number,
  charAt: [number, number][],
  runs: { from: number; to: number; grpprl: number[] }[]
): { page: number[]; bte: number[] } {
  const pn = Math.ceil(length / 512)
  const bounds: { fc: number; grpprl?: number[] }[] = []
  let fc = charAt[0][0]
  for (const r of runs) {
    const [from, to] = [charAt[r.from][0], charAt[r.to - 1][1]]
    if (from > fc) bounds.push({ fc })
    bounds.push({ fc: from, grpprl: r.grpprl })
    fc = to
  }
  const end = charAt[charAt.length - 1][1]
  if (end > fc) bounds.push({ fc })
  const page = new Array<number>(512).fill(0)
  const crun = bounds.length
  bounds.forEach((b, j) => page.splice(4 * j, 4, ...le(b.fc, 4)))
  page.splice(4 * crun, 4, ...le(end, 4))
  // each CHPX (its byte count, its sprms) at an even offset from the page's end down
  let at = 511
  bounds.forEach((b, j) => {
    if (!b.grpprl) return
    at -= b.grpprl.length + 1
    at -= at % 2
    page[4 * (crun + 1) + j] = at / 2
    page.splice(at, b.grpprl.length + 1, b.grpprl.length, ...b.grpprl)
  })
  page.length = 512
  page[511] = crun
  return {
    page: [...new Array<number>(pn * 512 - length).fill(0), ...page],
    bte: [...le(charAt[0][0], 4), ...le(end, 4), ...le(pn, 4)]
  }
}
