// .doc (Word 97–2003, and WPS's “doc”) → HTML → the HTML path, so that a .doc imports as its .docx
// does. Only the main text is read: headers, footnotes and text boxes are not the report.
//
// Word keeps the text in pieces (the piece table, in the Clx) and each paragraph's properties apart
// from it (PAPX pages). A cell end and a row end are both \x07 in the text: only the properties tell
// them apart, and they also carry each row's cell edges and merges, so that a row keeps its empty
// cells and its cells land in the columns they have in the .docx. A table inside a cell (Word 2000 and
// later) ends its cells and rows with plain paragraph marks instead, known by their properties too.
import { openCfb } from './cfb'
import { htmlLines } from './html'
import { isLayoutTable } from './layoutTable'
import type { Line } from './lines'
import { importText } from './messages'
import { headingOf } from './sections'

const docText = importText.doc

type TextDecoderCtor = new (label?: string) => { decode(input: Uint8Array): string }
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder

// Bytes 0x80–0x9f of cp1252 (Word's 8-bit text, which holds the Chinese quotes “” too). Decoded here:
// Node's TextDecoder('windows-1252') drops them.
const CP1252_HIGH =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'
const cp1252 = (bytes: Uint8Array): string => {
  let out = ''
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)
  return out
}

const fail = (why: string = docText.broken): never => {
  throw new Error(why)
}

// Little-endian reads that throw instead of reading past the end of a damaged stream.
const u8 = (b: Uint8Array, at: number): number => (at >= 0 && at < b.length ? b[at] : fail())
const u16 = (b: Uint8Array, at: number): number => u8(b, at) | (u8(b, at + 1) << 8)
const i16 = (b: Uint8Array, at: number): number => (u16(b, at) << 16) >> 16
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0
const slice = (b: Uint8Array, at: number, n: number): Uint8Array =>
  at >= 0 && n >= 0 && at + n <= b.length ? b.subarray(at, at + n) : fail()

// The sprms (MS-DOC 2.6) read here.
const sprmPFInTable = 0x2416
const sprmPFTtp = 0x2417
const sprmPItap = 0x6649
const sprmPDtap = 0x664a
const sprmPFInnerTableCell = 0x244b
const sprmPFInnerTtp = 0x244c
const sprmPHugePapx = 0x6646
const sprmPChgTabs = 0xc615
const sprmTDefTable = 0xd608
const sprmTVertMerge = 0xd62b
// A first-line indent, in twips (Word 97's and later's code) or in hundredths of a character.
const sprmPDxaLeft1 = [0x8460, 0x8411]
const sprmPDxcLeft1 = 0x4457
const sprmCFRMarkDel = 0x0800
const sprmCFVanish = 0x083c

interface RowDef {
  /** Cell edges in twips: cell k runs from edges[k] to edges[k + 1]. */
  edges: number[]
  /** Per cell, TC flags fFirstMerged, fMerged (bits 0–1) and fVertMerge, fVertRestart (bits 5–6). */
  flags: number[]
}
const H_MERGED = 0x02
const V_MERGED = 0x20
const V_RESTART = 0x40

// Pages nest tables two or three deep; a damaged file's depth (a 32-bit count) must not open billions.
const MAX_TABLE_DEPTH = 64

interface Para {
  /** How deeply the paragraph sits in tables: 0 outside any, 1 in a table of the text, 2 in one in its cell… */
  depth: number
  /** Table terminating paragraph: its \x07 ends a row, not a cell. */
  ttp: boolean
  /** In a nested table, the paragraph mark that ends a cell (sprmPFInnerTableCell)… */
  innerCell: boolean
  /** …or a row (sprmPFInnerTtp), where \x07 and sprmPFTtp do at depth 1. */
  innerTtp: boolean
  /** Indented on its first line (a 公文's body paragraph): a paragraph, not a line wrapped from the one before. */
  indented?: boolean
  row?: RowDef
}

/** Byte length of the operand at `at`, just after the sprm's two bytes (its top 3 bits say which kind). */
function operandLength(sprm: number, at: number, b: Uint8Array): number {
  const fixed = [1, 1, 2, 4, 2, 2, 0, 3][sprm >> 13]
  if (fixed) return fixed
  // The two variable operands whose size is not simply their first byte.
  if (sprm === sprmTDefTable) return u16(b, at) + 1
  if (sprm === sprmPChgTabs && u8(b, at) === 255) {
    const deleted = u8(b, at + 1)
    return 1 + (1 + 4 * deleted) + (1 + 3 * u8(b, at + 2 + 4 * deleted))
  }
  return 1 + u8(b, at)
}

/** A row's layout: the cell count, the cell edges, then a 20-byte TC80 per cell (maybe fewer). */
function rowDef(b: Uint8Array): RowDef | undefined {
  const count = b[0] ?? 0
  const tcs = 1 + 2 * (count + 1)
  if (!count || b.length < tcs) return undefined
  return {
    edges: Array.from({ length: count + 1 }, (_, k) => i16(b, 1 + 2 * k)),
    flags: Array.from({ length: count }, (_, k) => (tcs + 20 * k + 2 <= b.length ? u16(b, tcs + 20 * k) : 0))
  }
}

/** The sprms of a grpprl with their operands; a sprm cut short ends the list. */
function* sprms(grpprl: Uint8Array): Generator<{ sprm: number; op: Uint8Array }> {
  for (let at = 0; at + 2 <= grpprl.length;) {
    const sprm = u16(grpprl, at)
    let length: number
    try {
      length = operandLength(sprm, at + 2, grpprl)
    } catch {
      return
    }
    if (at + 2 + length > grpprl.length) return
    yield { sprm, op: grpprl.subarray(at + 2, at + 2 + length) }
    at += 2 + length
  }
}

/**
 * Applies a paragraph's sprms. Properties too long for a PAPX page (a wide row's layout) are in the
 * Data stream, pointed to by sprmPHugePapx.
 */
function applySprms(grpprl: Uint8Array, para: Para, data?: Uint8Array): void {
  for (const { sprm, op } of sprms(grpprl)) {
    // sprmPFInTable says only whether the paragraph is in a table; sprmPItap, and sprmPDtap from its
    // style's, say how deeply. Whichever comes last decides, as each alone did when depth was not read.
    if (sprm === sprmPFInTable) para.depth = op[0] ? Math.max(para.depth, 1) : 0
    else if (sprm === sprmPFTtp) para.ttp = op[0] !== 0
    else if (sprm === sprmPItap) para.depth = Math.min(u32(op, 0), MAX_TABLE_DEPTH)
    else if (sprm === sprmPDtap)
      para.depth = Math.max(0, Math.min(para.depth + (u32(op, 0) | 0), MAX_TABLE_DEPTH))
    else if (sprm === sprmPFInnerTableCell) para.innerCell = op[0] !== 0
    else if (sprm === sprmPFInnerTtp) para.innerTtp = op[0] !== 0
    else if (sprmPDxaLeft1.includes(sprm) || sprm === sprmPDxcLeft1)
      para.indented = op.length >= 2 && i16(op, 0) > 0
    else if (sprm === sprmTDefTable) para.row = rowDef(op.subarray(2))
    else if (sprm === sprmTVertMerge && para.row && op.length === 3) {
      // The operand is its size, the cell, and fVertMerge | fVertRestart << 1: the TC flags' bits 5–6.
      const [, cell, merge] = op
      if (cell < para.row.flags.length)
        para.row.flags[cell] = (para.row.flags[cell] & ~(V_MERGED | V_RESTART)) | ((merge & 3) << 5)
    } else if (sprm === sprmPHugePapx && data) {
      const at = u32(op, 0)
      applySprms(slice(data, at + 2, u16(data, at)), para)
    }
  }
}

interface Piece {
  cpStart: number
  cpEnd: number
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number
  /** 8-bit characters (cp1252), else UTF-16LE. */
  compressed: boolean
  /** Paragraph properties the piece adds (a Prm pointing into the Clx's grpprls). */
  grpprl?: Uint8Array
}

/** The piece table: the Clx's grpprls (Prc), then the Pcdt, whose PlcPcd maps CPs to stream offsets. */
function readPieces(table: Uint8Array, fcClx: number, lcbClx: number): Piece[] {
  const end = fcClx + lcbClx
  if (end > table.length) fail()
  const prcs: Uint8Array[] = []
  let at = fcClx
  while (at < end && u8(table, at) === 1) {
    const cb = i16(table, at + 1)
    if (cb < 0) fail()
    prcs.push(slice(table, at + 3, cb))
    at += 3 + cb
  }
  if (u8(table, at) !== 2) fail()
  const lcb = u32(table, at + 1)
  const plc = at + 5
  if (lcb < 16 || plc + lcb > end || (lcb - 4) % 12) fail()
  const n = (lcb - 4) / 12
  const cps = Array.from({ length: n + 1 }, (_, i) => u32(table, plc + 4 * i))
  // Ascending CPs bound the text read by the text's length, whatever the file says.
  if (cps.some((cp, i) => i > 0 && cp <= cps[i - 1])) fail()
  return Array.from({ length: n }, (_, i): Piece => {
    const pcd = plc + 4 * (n + 1) + 8 * i
    const fc = u32(table, pcd + 2)
    const compressed = (fc & 0x40000000) !== 0
    const prm = u16(table, pcd + 6)
    return {
      cpStart: cps[i],
      cpEnd: cps[i + 1],
      fc: compressed ? (fc & 0x3fffffff) / 2 : fc & 0x3fffffff,
      compressed,
      grpprl: prm & 1 ? prcs[prm >> 1] : undefined
    }
  })
}

/** A run of an FKP page: bytes [from, to) of the WordDocument stream, its properties at `at` (0: none). */
interface Run {
  page: Uint8Array
  from: number
  to: number
  at: number
}

/**
 * Finds the run holding byte `fc`: a PlcBte (in the table stream) names the 512-byte FKP page, whose
 * entries are `entry` bytes each (13 for paragraphs, 1 for characters) and start with the properties'
 * offset in words. Undefined when not found (or the page is damaged).
 */
function fkpRuns(
  word: Uint8Array,
  table: Uint8Array,
  [fcBte, lcbBte]: [number, number],
  entry: number
): (fc: number) => Run | undefined {
  const n = lcbBte >= 12 && (lcbBte - 4) % 8 === 0 && fcBte + lcbBte <= table.length ? (lcbBte - 4) / 8 : 0
  if (!n) return () => undefined
  const fcs = Array.from({ length: n + 1 }, (_, i) => u32(table, fcBte + 4 * i))
  const pages = Array.from({ length: n }, (_, i) => u32(table, fcBte + 4 * (n + 1) + 4 * i) & 0x3fffff)
  return (fc) => {
    let [lo, hi] = [0, n - 1]
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (fcs[mid] <= fc) lo = mid
      else hi = mid - 1
    }
    if (!(fcs[lo] <= fc && fc < fcs[lo + 1]) || (pages[lo] + 1) * 512 > word.length) return undefined
    const page = slice(word, pages[lo] * 512, 512)
    const runs = Math.min(page[511], Math.floor(507 / (4 + entry)))
    for (let j = 0; j < runs; j++) {
      const [from, to] = [u32(page, 4 * j), u32(page, 4 * (j + 1))]
      if (from <= fc && fc < to) return { page, from, to, at: 2 * page[4 * (runs + 1) + entry * j] }
    }
    return undefined
  }
}

type PropsAt = (fc: number) => Para | undefined

/** The properties of the paragraph whose mark is at byte `fc`; sprmPHugePapx may point into `data`. */
function readPapx(runAt: (fc: number) => Run | undefined, data: Uint8Array | undefined): PropsAt {
  return (fc) => {
    const run = runAt(fc)
    if (!run) return undefined
    const { page, at } = run
    const para: Para = { depth: 0, ttp: false, innerCell: false, innerTtp: false }
    if (!at) return para
    const cb = page[at]
    const [from, length] = cb ? [at + 1, 2 * cb - 1] : [at + 2, 2 * (page[at + 1] ?? 0)]
    // The paragraph's style (istd) comes first, then its sprms.
    try {
      if (length > 2) applySprms(page.subarray(from + 2, Math.min(from + length, 512)), para, data)
    } catch {
      return undefined // a damaged Data stream: as if the paragraph had no properties
    }
    return para
  }
}

/** What of a character's properties decides whether it is on the page. */
interface Shown {
  /** Deleted with changes tracked: the .docx reader leaves w:del out too. */
  deleted: boolean
  /** Hidden text (sprmCFVanish), as w:vanish; a hidden paragraph mark runs its paragraph on into the next. */
  hidden: boolean
}
const SHOWN: Shown = { deleted: false, hidden: false }

/**
 * Whether the character at byte `fc` is deleted or hidden: its sprm on, or the opposite of its style's (the
 * styles are not read: one hiding its text is rare outside a template). Runs are long: the last is kept.
 */
function readShown(runAt: (fc: number) => Run | undefined): (fc: number) => Shown {
  let last: { from: number; to: number; shown: Shown } | undefined
  return (fc) => {
    if (last && last.from <= fc && fc < last.to) return last.shown
    const run = runAt(fc)
    if (!run) return SHOWN
    const shown = { ...SHOWN }
    const { page, at } = run
    if (at)
      for (const { sprm, op } of sprms(page.subarray(at + 1, Math.min(at + 1 + page[at], 512))))
        if (sprm === sprmCFRMarkDel) shown.deleted = op[0] === 1 || op[0] === 0x81
        else if (sprm === sprmCFVanish) shown.hidden = op[0] === 1 || op[0] === 0x81
    last = { from: run.from, to: run.to, shown }
    return shown
  }
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)

/** A row of a table read as data: each cell's text. */
interface TextRow {
  cells: string[]
  def?: RowDef
}

interface Td {
  text: string
  colspan: number
  rowspan: number
}

/**
 * A table's rows as HTML. Column spans come from the cell edges (the table's grid is the set of all its
 * rows' edges); a vertically merged cell is written once, with its rowspan, as .docx's w:vMerge is read.
 */
function gridHtml(rows: TextRow[]): string {
  const fits = (row: TextRow): row is Required<TextRow> =>
    !!row.def &&
    row.def.edges.length === row.cells.length + 1 &&
    row.def.edges.every((e, k, all) => k === 0 || e > all[k - 1])
  const grid = [...new Set(rows.filter(fits).flatMap((r) => r.def.edges))].sort((a, b) => a - b)
  const merging = new Map<number, { rowspan: number }>()
  // Rows below lengthen a rowspan: the HTML is written once every row is laid out.
  const laidOut = rows.map((row) => {
    const laid = fits(row)
    const tds: Td[] = []
    row.cells.forEach((text, k) => {
      if (!laid) {
        tds.push({ text, colspan: 1, rowspan: 1 })
        return
      }
      const col = grid.indexOf(row.def.edges[k])
      const colspan = grid.indexOf(row.def.edges[k + 1]) - col
      const flags = row.def.flags[k]
      const above = merging.get(col)
      const left = tds[tds.length - 1]
      if (flags & V_MERGED && !(flags & V_RESTART) && above) above.rowspan++
      else if (flags & H_MERGED && left) left.colspan += colspan
      else {
        const td = { text, colspan, rowspan: 1 }
        if (flags & V_RESTART) merging.set(col, td)
        else merging.delete(col)
        tds.push(td)
      }
    })
    return tds
  })
  const attr = (name: string, n: number): string => (n > 1 ? ` ${name}="${n}"` : '')
  const td = (c: Td): string =>
    `<td${attr('colspan', c.colspan)}${attr('rowspan', c.rowspan)}>${escapeHtml(c.text)}</td>`
  return `<table>${laidOut.map((tds) => `<tr>${tds.map(td).join('')}</tr>`).join('')}</table>`
}

/** What a cell holds, in order: its paragraphs' text (an empty one too) and the tables nested in it. */
type Block = string | Table

interface Row {
  cells: Block[][]
  def?: RowDef
}

interface Table {
  rows: Row[]
  /** The row being read, and in it the cell being read. */
  row: Row
  cell: Block[]
}

/** The text of every paragraph that has some, in reading order, down through the tables in `blocks`. */
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((b) =>
    typeof b === 'string' ? (b ? [b] : []) : b.rows.flatMap((r) => r.cells.flatMap(texts))
  )

/** Whether a cell fills a column of its own: one covered by a merge (from the left or from above) does not. */
const ownColumn = (row: Row, k: number): boolean => {
  const flags = row.def?.flags[k] ?? 0
  return !(flags & H_MERGED) && !(flags & V_MERGED && !(flags & V_RESTART))
}

// Page layout or data, by the rule the .docx reader uses (layoutTable.ts).
const isLayout = (t: Table): boolean =>
  isLayoutTable(
    t.rows.map((row) =>
      row.cells
        .filter((_, k) => ownColumn(row, k))
        .map((blocks) => ({
          holdsTable: blocks.some((b) => typeof b !== 'string'),
          parts: blocks.filter((b) => b !== '').length
        }))
    )
  )

/**
 * A table as HTML: a data table as one <table>, each cell one text (its paragraphs, and those of tables
 * nested in it, joined as one line of the cell); a layout table as the paragraphs and tables it holds,
 * without the table around them, so that the HTML reader finds the report's title and parts among them.
 */
function tableHtml(t: Table): string[] {
  if (!isLayout(t))
    return [gridHtml(t.rows.map((r) => ({ cells: r.cells.map((c) => texts(c).join(' ')), def: r.def })))]
  return t.rows.flatMap((r) =>
    r.cells.flatMap((blocks) =>
      blocks.flatMap((b) => (typeof b !== 'string' ? tableHtml(b) : b ? [`<p>${escapeHtml(b)}</p>`] : []))
    )
  )
}

// Paragraph marks: \r, \x07 (cell or row end), \x0c (section or page break, which ends the paragraph).
const MARKS = '\r\x07\x0c'

/** Builds the HTML from the main text's characters and the properties of each paragraph mark. */
function htmlWriter() {
  const out: string[] = []
  let buffer = ''
  /** The tables the text is in: [0] is in the text, [1] in a cell of [0], and so on. */
  const open: Table[] = []
  let afterCell = false
  // Fields are \x13 code \x14 result \x15, nested: only results are text. `hidden` counts the open
  // fields still in their code.
  const fields: { code: string; result: boolean; from: number }[] = []
  let hidden = 0
  // A TOC field's result is a table of contents: its paragraphs are written as a Word page writes its
  // entries (MsoToc1), for the HTML reader to mark and contents.ts to leave out.
  let contents = false
  const inContents = (): boolean => fields.some((f) => f.result && /^\s*TOC\b/i.test(f.code))
  // A paragraph whose mark is hidden or deleted runs on into the next, where that is at the same depth
  // (not into a table, nor out of one): its text and mark wait for the next mark. A part's heading run in
  // with its first words stays a line of its own, as wordml.ts keeps it.
  let carried: { text: string; contents: boolean; c: string; para: Para | undefined } | undefined
  const depthOf = (c: string, para: Para | undefined): number | undefined =>
    para && (c === '\x07' ? Math.max(para.depth, 1) : para.depth)

  const started = (t: Table): boolean => t.row.cells.length > 0 || t.cell.length > 0
  /** Closes the tables deeper than `depth`, each into the cell holding it (the outermost into the HTML). */
  const toDepth = (depth: number): void => {
    while (open.length > depth) {
      const t = open.pop() as Table
      // A cell whose end mark is missing (a damaged file) still has its text.
      if (texts(t.cell).length) t.row.cells.push(t.cell)
      if (started(t)) t.rows.push(t.row)
      if (!t.rows.length) continue
      const holder = open[open.length - 1]
      // A layout table's content takes its place, so that the cell holding it is judged by that content
      // (a page's navigation beside a frame around the article is layout too), as wordml.ts does.
      if (!holder) out.push(...tableHtml(t))
      else if (isLayout(t)) holder.cell.push(...t.rows.flatMap((r) => r.cells.flat()))
      else holder.cell.push(t)
    }
    while (open.length < depth) open.push({ rows: [], row: { cells: [] }, cell: [] })
  }
  /** A paragraph mark (\r, \x07, or \x0c, which ends a section or a page) and its properties. */
  const mark = (c: string, para: Para | undefined): void => {
    if (carried) {
      const before = carried
      carried = undefined
      if (depthOf(c, para) === depthOf(before.c, before.para) && !headingOf(before.text.trim())) {
        buffer = before.text + buffer
        contents ||= before.contents
      } else {
        const [now, nowContents] = [buffer, contents]
        ;[buffer, contents] = [before.text, before.contents]
        mark(before.c, before.para)
        ;[buffer, contents] = [now, nowContents]
      }
    }
    const text = buffer.trim()
    const toc = contents
    buffer = ''
    contents = false
    let depth = open.length
    if (para) depth = c === '\x07' ? Math.max(para.depth, 1) : para.depth
    else if (c === '\x07') depth = Math.max(depth, 1)
    // Without properties (a damaged file), a paragraph is in the innermost table whose row is under way.
    else while (depth > 0 && !started(open[depth - 1])) depth--
    toDepth(depth)
    const t = open[depth - 1]
    if (!t) {
      afterCell = false
      // (indented as the HTML reader knows a paragraph that starts one: wordml.ts reads w:ind so)
      const indent = para?.indented ? ' style="text-indent:2em"' : ''
      if (text) out.push(`<p${toc ? ' class=MsoToc1' : ''}${indent}>${escapeHtml(text)}</p>`)
      return
    }
    // At depth 1 a \x07 ends a cell, or the row under sprmPFTtp; deeper, paragraph marks do so under
    // sprmPFInnerTableCell and sprmPFInnerTtp. Without properties, an empty \x07 just after a cell end is
    // taken as the row end.
    const rowEnd = !para
      ? c === '\x07' && afterCell && !text && !t.cell.length
      : depth > 1
        ? para.innerTtp || (c === '\x07' && para.ttp)
        : c === '\x07' && para.ttp
    const cellEnd = c === '\x07' || (depth > 1 && !!para?.innerCell)
    if (rowEnd) {
      t.row.def = para?.row
      t.rows.push(t.row)
      t.row = { cells: [] }
    } else {
      t.cell.push(text)
      if (cellEnd) {
        t.row.cells.push(t.cell)
        t.cell = []
      }
    }
    afterCell = c === '\x07' && !rowEnd
  }
  /** One character of the text; `para`: a mark's paragraph properties; `shown`: whether it is on the page. */
  const char = (c: string, para: Para | undefined, shown: Shown): void => {
    const top = fields[fields.length - 1]
    if (c === '\x13') {
      fields.push({ code: '', result: false, from: out.length })
      hidden++
    } else if (c === '\x14') {
      if (top && !top.result) {
        top.result = true
        hidden--
      }
    } else if (c === '\x15') {
      if (fields.length && !fields.pop()?.result) hidden--
    } else if (c === '\r' && (shown.hidden || shown.deleted)) {
      carried = { text: (carried?.text ?? '') + buffer, contents: !!carried?.contents || contents, c, para }
      buffer = ''
      contents = false
    } else if (MARKS.includes(c)) mark(c, para)
    else if (hidden) {
      if (top && !top.result) top.code += c
    } else if (!shown.deleted && !shown.hidden) {
      // Other controls anchor notes, comments, pictures and drawings: no text. \x1e: a non-breaking hyphen.
      // a tab may separate the cells of a table typed with tabs (lines.ts paragraphPieces)
      buffer += c === '\x0b' ? ' ' : c === '\x1e' ? '-' : c >= ' ' || c === '\t' ? c : ''
      if (c > ' ' && inContents()) contents = true
    }
  }
  const end = (): string => {
    mark('\r', undefined)
    toDepth(0)
    // A TOC field never ended would make the rest of the text its contents: read as text, as wordml.ts does.
    const open = fields.find((f) => /^\s*TOC\b/i.test(f.code))
    if (open)
      for (let i = open.from; i < out.length; i++) out[i] = out[i].replace(/^<p class=MsoToc1>/, '<p>')
    return out.join('\n')
  }
  return { char, end }
}

/** The main text of a .doc as HTML: a <p> per paragraph, Word's tables as tables. Throws in Chinese. */
export function docToHtml(bytes: Uint8Array): string {
  const cfb = openCfb(bytes)
  const word = cfb.stream('WordDocument') ?? fail(docText.notWord)
  if (word.length < 0x9a || u16(word, 0) !== 0xa5ec) fail(docText.notWord)
  // Word 6 and 95 (nFib 101–104) have another FIB; Word 97 and later write 193 or more.
  if (u16(word, 2) < 0xc0) fail(docText.tooOld)
  const flags = u16(word, 0x0a)
  if (flags & 0x0100) fail(docText.encrypted)
  const table = cfb.stream(flags & 0x0200 ? '1Table' : '0Table') ?? fail()

  // The FIB's parts are counted, so their offsets are computed rather than fixed.
  const csw = u16(word, 0x20)
  const rgLw = 0x22 + 2 * csw + 2
  const ccpText = u32(word, rgLw + 12)
  const rgFcLcb = rgLw + 4 * u16(word, rgLw - 2) + 2
  const pairs = u16(word, rgFcLcb - 2)
  const pair = (i: number): [number, number] =>
    i < pairs ? [u32(word, rgFcLcb + 8 * i), u32(word, rgFcLcb + 8 * i + 4)] : [0, 0]
  const [fcClx, lcbClx] = pair(33)

  // A file never saved “fast” may lack a Clx: its text is one run from fcMin.
  const pieces: Piece[] = lcbClx
    ? readPieces(table, fcClx, lcbClx)
    : [{ cpStart: 0, cpEnd: ccpText, fc: u32(word, 0x18), compressed: !(flags & 0x1000) }]
  // Properties that cannot be read are no reason to refuse the text: tables are then read from the
  // marks alone.
  let data: Uint8Array | undefined
  try {
    data = cfb.stream('Data')
  } catch {
    data = undefined
  }
  const papx = readPapx(fkpRuns(word, table, pair(13), 13), data)
  const shown = readShown(fkpRuns(word, table, pair(12), 1))
  const fcOf = (piece: Piece, cp: number): number =>
    piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2)
  const propsAt = (piece: Piece, cp: number): Para | undefined => {
    const para = papx(fcOf(piece, cp))
    if (para && piece.grpprl) applySprms(piece.grpprl, para)
    return para
  }

  const utf16 = new Decoder('utf-16le')
  const html = htmlWriter()
  for (const piece of pieces) {
    const n = Math.min(piece.cpEnd, ccpText) - piece.cpStart
    if (n <= 0) continue
    const chars = piece.compressed
      ? cp1252(slice(word, piece.fc, n))
      : utf16.decode(slice(word, piece.fc, 2 * n))
    for (let k = 0; k < chars.length; k++) {
      const cp = piece.cpStart + k
      const c = chars[k]
      html.char(c, MARKS.includes(c) ? propsAt(piece, cp) : undefined, shown(fcOf(piece, cp)))
    }
  }
  return html.end()
}

/** The document's lines, and its text (for the Traditional check). Throws, in Chinese, on a file it cannot read. */
export function docLines(bytes: Uint8Array): { text: string; lines: (text: string) => Line[] } {
  return { text: docToHtml(bytes), lines: htmlLines }
}
