// The common form of every input: lines made of pieces. A text line is a label followed by the values
// at its end (“规章  0  0  5”, or one cell per line as websites flatten tables); an HTML/Word table row
// is one line whose pieces are its cells. Everything downstream reads only this.
import { withoutInvisibles } from '../text/invisible'
import type { SourceLoc } from './types'

export interface Piece {
  text: string
  loc: SourceLoc
  /** Looks like a cell value: a number (with sign, unit or brackets), a placeholder, or an empty table cell. */
  value: boolean
  /** Index of the piece's line in the document's line list (set by indexLines). */
  line: number
  /** Text lines laid out with spaces: the column just after the piece, to place values by position. */
  end?: number
}

export interface Line {
  /** The whole line (cells joined by a space), trimmed. */
  text: string
  pieces: Piece[]
  loc: SourceLoc
  /** Leading white space in the source, for paragraph joining of PDF text. */
  indent: number
  /**
   * Opens with a full-width space (U+3000), as a typed paragraph is indented and our text export indents
   * one: prose, never a line of a table's header, which a layout pads with spaces.
   */
  paragraph?: boolean
  /** A row of a real (HTML/Word) table. */
  row?: boolean
  /** A line of a table of contents (目录), as the document's own markup says (contents.ts). */
  contents?: boolean
}

const NUMBERISH =
  /^[（(]?(?:增加|减少|[增减+＋\-－−–—])?[0-9０-９][0-9０-９,，.．]*(?:万元|万|元|件|项|个|宗|条|次)?[）)]?$/
const PLACEHOLDER = /^(?:[-—―－–/／\\]+|无)$/

export const isValueText = (s: string): boolean => NUMBERISH.test(s) || PLACEHOLDER.test(s)
export const isPlaceholder = (s: string): boolean => s === '' || PLACEHOLDER.test(s)

export interface RowCell {
  text: string
  /** The grid column the cell starts in. */
  col: number
}

// A figure spoilt in the typing (“3 件”, “3（件）”, “O” for 0, “3*”): no word of a label in it.
const IDEOGRAPH = /\p{Script=Han}/u
const UNIT_WORDS = /[件项个宗条次万元]/gu
// A row's number in a cell of its own (1、, （三）) is part of its label.
const NUMBERING = /^(?:[0-9０-９]{1,2}[、.．]|[（(]?[一二三四五六七八九十]{1,3}[）)、])$/
const spoiltFigure = (s: string): boolean =>
  !IDEOGRAPH.test(s) || (/[0-9０-９]/.test(s) && !IDEOGRAPH.test(s.replace(UNIT_WORDS, '')))

/**
 * The lines of a real (HTML, Word) table, one per row, its cells the pieces. Its columns say what a cell
 * is, not its text alone: once a row has shown its label and a figure, what follows in it is figures too,
 * readable or not (“持平”, “3 件”), so that one odd cell is refused by itself instead of cutting its row in
 * two; and a column empty in every row (a CMS's padding) is no column of the statutory table.
 */
export function tableRowLines(rows: RowCell[][], table: number): Line[] {
  const filled = new Set(rows.flatMap((cells) => cells.filter((c) => c.text !== '').map((c) => c.col)))
  const padding = (c: RowCell): boolean => rows.length > 1 && c.text === '' && !filled.has(c.col)
  // Columns other rows print figures in: a sentence there (an empty content control's 单击或点击此处输入文字。,
  // 详见附件说明) stands for a figure however long, where a long text in another column may be a label
  const figuresIn = new Map<number, number>()
  for (const cells of rows)
    for (const c of cells) if (NUMBERISH.test(c.text)) figuresIn.set(c.col, (figuresIn.get(c.col) ?? 0) + 1)
  return rows.flatMap((cells, row): Line[] => {
    let labelled = false
    let figures = false
    const pieces = cells
      .filter((c) => !padding(c))
      .map(({ text, col }): Piece => {
        const value =
          text === '' ||
          (!NUMBERING.test(text) &&
            (isValueText(text) ||
              spoiltFigure(text) ||
              (figures && (text.length <= 8 || (figuresIn.get(col) ?? 0) >= 2))))
        if (!value) labelled = true
        else if (labelled && text !== '') figures = true
        return { text, loc: { table, row, col }, value, line: 0 }
      })
    if (!pieces.length) return []
    const text = pieces
      .map((p) => p.text)
      .filter(Boolean)
      .join(' ')
    return [{ text, pieces, loc: { table, row, col: 0 }, indent: 0, row: true }]
  })
}

// Page numbers that pdftotext and web copies leave between the lines of a table: “-3-”, “— 3 —”, “第3页 共5页”.
const PAGE_MARK =
  /^(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/

export const isPageMark = (s: string): boolean => PAGE_MARK.test(s)

function splitTextLine(raw: string, line: number): Piece[] {
  const loc = { line }
  if (raw.includes('\t')) {
    // Tab-separated cells keep their empty cells: “规章\t\t0” is three cells, the first value blank.
    const cells = raw.split('\t').map((c) => c.trim())
    while (cells.length && cells[cells.length - 1] === '') cells.pop()
    let first = cells.length
    while (first > 0 && (cells[first - 1] === '' || isValueText(cells[first - 1]))) first--
    const label = cells.slice(0, first).filter(Boolean).join(' ')
    return [
      ...(label ? [{ text: label, loc, value: false, line: 0 }] : []),
      ...cells.slice(first).map((text) => ({ text, loc, value: true, line: 0 }))
    ]
  }
  const found = [...raw.matchAll(/[^ \u00A0\u3000]+/g)]
  const tokens = found.map((m) => m[0])
  let first = tokens.length
  while (first > 0 && isValueText(tokens[first - 1])) first--
  const label = tokens.slice(0, first).join(' ')
  return [
    ...(label ? [{ text: label, loc, value: false, line: 0 }] : []),
    ...found
      .slice(first)
      .map((m) => ({ text: m[0], loc, value: true, line: 0, end: (m.index ?? 0) + m[0].length }))
  ]
}

/**
 * A paragraph of a web page or a Word file as pieces: its cells when tabs separate them (a table typed
 * with tabs), else a label and the values at its end, as a text line — but without column positions,
 * which the page's layout decides, not the count of its characters.
 */
export function paragraphPieces(raw: string, line: number): Piece[] {
  const s = raw.replace(/^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g, '')
  if (s.includes('\t') && !/[\r\n]/.test(s)) return splitTextLine(s, line)
  return splitTextLine(s.replace(/[\s\u00A0\u3000]+/g, ' '), line).map(({ end: _, ...p }) => p)
}

/** Stamps every piece with its line's index: table spans are computed in indices, not source lines. */
export function indexLines(lines: Line[]): Line[] {
  lines.forEach((l, i) => l.pieces.forEach((p) => (p.line = i)))
  return lines
}

/** Text → lines; blank lines and page marks dropped; line numbers are 1-based as an editor shows them. */
export function textLines(text: string): Line[] {
  const out: Line[] = []
  const raw = withoutInvisibles(text).replace(/\r\n?/g, '\n').split('\n')
  raw.forEach((r, i) => {
    const s = r.replace(/\f/g, '')
    const trimmed = s.trim()
    if (trimmed === '' || isPageMark(trimmed)) return
    const lead = /^[ \u00A0\u3000]*/.exec(s)?.[0] ?? ''
    out.push({
      text: trimmed,
      pieces: splitTextLine(s, i + 1),
      loc: { line: i + 1 },
      indent: lead.length,
      ...(lead.includes('\u3000') && { paragraph: true })
    })
  })
  return out
}
