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
// heading (自然人). Two Chinese characters at least, and not a figure with its unit (12万元).
const FIGURE = /^[-－]?[\d０-９][\d０-９,，.．]*\s*(?:件|宗|项|个|条|次|万元|万|元)?$/u
const isLabel = (text: string): boolean => !FIGURE.test(text) && /\p{Script=Han}.*\p{Script=Han}/u.test(text)

/**
 * The block without the labels copied along with it: a first column of row labels, a first row of column
 * headings (Excel rows copied whole). Without this every figure lands one cell off, the label refused.
 */
export function withoutLabels(block: string[][]): { block: string[][]; rows: number; columns: number } {
  let rows = 0
  let columns = 0
  let out = block
  if (out.length > 1 && out[0].every((t) => t === '' || isLabel(t)) && out[0].some(isLabel)) {
    out = out.slice(1)
    rows = 1
  }
  // Split at its spaces, as a web page's text is, a label can take several cells: each row's figures
  // begin after its own.
  if (out.length && out.every((r) => r.length > 1 && isLabel(r[0]))) {
    out = out.map((r) => {
      const from = r.findIndex((t) => !isLabel(t))
      columns = Math.max(columns, from < 0 ? r.length : from)
      return from < 0 ? [] : r.slice(from)
    })
  }
  return { block: out, rows, columns }
}
