// A block pasted from Excel, WPS or a web page, as rows of cell texts. Only the layout is decided
// here; each text still goes through parseCellInput, which alone decides what a value is.

// A unit written as its own word or column after a number ("12 件", "3\t万元") belongs to that number;
// whether the unit is acceptable for the cell is parseCellInput's call, not this module's.
const UNIT_ONLY = /^(?:件|宗|项|个|条|次|万元|万|元)$/u

function splitLine(line: string): string[] {
  // Tab-separated (Excel/WPS, most web tables) keeps empty cells; otherwise any run of spaces
  // (half- or full-width) separates values.
  const parts = line.includes('\t') ? line.split('\t') : line.trim().split(/[ \u3000\u00a0]+/u)
  const out: string[] = []
  for (const raw of parts) {
    const text = raw.trim()
    if (UNIT_ONLY.test(text) && out.length > 0 && out[out.length - 1] !== '') out[out.length - 1] += text
    else out.push(text)
  }
  return out
}

/**
 * `12\t3\n4\t5` → [['12','3'],['4','5']]; one value per line gives one column.
 * Trailing empty lines (Excel adds one) are dropped; empty cells inside stay '' (a blank cell).
 */
export function parsePasteBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  while (lines.length > 0 && lines[0].trim() === '') lines.shift()
  return lines.map(splitLine)
}

/** True when the text holds more than one value, so it should fill several cells. */
export function isBlock(text: string): boolean {
  const rows = parsePasteBlock(text)
  return rows.length > 1 || (rows.length === 1 && rows[0].length > 1)
}

// A cell copied with the figures that names them: a row label (一、本年新收…, 1.属于国家秘密) or a column
// heading (自然人). Two Chinese characters at least, and neither a figure with its unit (12万元) nor a word
// written where a figure should be (暂无), which its cell must refuse and say.
const FIGURE = /^[-－]?[\d０-９][\d０-９,，.．]*\s*(?:件|宗|项|个|条|次|万元|万|元)?$/u
const NO_FIGURE = /^(?:暂无|没有|不适用|无此项|未发生|空白?)$/u
const isLabel = (text: string): boolean =>
  !FIGURE.test(text) && !NO_FIGURE.test(text) && /\p{Script=Han}.*\p{Script=Han}/u.test(text)

/**
 * Where a row's figures begin: after the labels leading it, blank cells among them (Excel copies a merged
 * group label, （三）不予公开, into its first row only); -1 when it leads with no label.
 */
function figuresFrom(row: string[]): number {
  let from = -1
  for (let i = 0; i < row.length && (row[i] === '' || isLabel(row[i])); i++) if (row[i] !== '') from = i + 1
  return from
}

/**
 * The block without the labels copied along with it: a first column of row labels, a first row of column
 * headings (Excel rows copied whole). Without this every figure lands one cell off, the label refused.
 * `width` is how many cells the row pasted into has from the focused one: blanks that would push the
 * figures past it are a merged label's, not blank figures.
 */
export function withoutLabels(
  block: string[][],
  width = Infinity
): { block: string[][]; rows: number; columns: number } {
  let rows = 0
  let columns = 0
  let out = block
  // The headings over the figures, however many rows they take (表三 has three, 表四 three).
  while (out.length > 1 && out[0].every((t) => t === '' || isLabel(t)) && out[0].some(isLabel)) {
    out = out.slice(1)
    rows++
  }
  // Further down, a row of labels alone is one the grid has no figures in (第二十条第（五）项 of 表二, a
  // heading repeated): copied from a web page, where such a row keeps no cells for figures. A row with
  // blanks, as a sheet copies it, is a row of blank figures and stays.
  const labelsOnly = (r: string[]): boolean => r.length > 0 && r.every(isLabel)
  if (out.some((r) => !labelsOnly(r))) {
    const kept = out.filter((r) => !labelsOnly(r))
    rows += out.length - kept.length
    out = kept
  }
  // Split at its spaces, as a web page's text is, a label can take several cells: each row's figures
  // begin after its own. Every row must lead with one (or with the blank of a merged label).
  const starts = out.map(figuresFrom)
  if (
    out.length &&
    starts.every((f, i) => f > 0 || (f < 0 && out[i][0] === '')) &&
    starts.some((f) => f > 0)
  ) {
    const widest = Math.max(...starts)
    // Copied from a sheet, every row is as wide and the labels take the same columns in each: a label
    // merged across two or three of them (一、本年新收… over the three label columns of 表三) copies as
    // its text and blanks, which are no figures. Only a web page's rows, split at spaces, differ.
    const sheet = out.every((r) => r.length === out[0].length)
    let from = out.map((_, i) => (sheet || starts[i] <= 0 ? widest : starts[i]))
    // One row of a sheet shows no other row's labels: its blanks past the row pasted into tell them.
    while (sheet && out[0].length - from[0] > width && out.every((r, i) => r[from[i]] === ''))
      from = from.map((f) => f + 1)
    columns = Math.max(...from)
    out = out.map((r, i) => r.slice(from[i]))
  }
  return { block: out, rows, columns }
}
