// Whether a table of a Word document (.docx, Word XML or .doc) is page layout rather than data. A CMS page
// wraps its article in a table, and Word, WPS and LibreOffice keep it on “save as”: a table is layout when a
// cell holds a table beside other text (the report's parts and its tables), or when it is one column holding
// a table or paragraphs (a frame around the text). Read as rows, the report inside would be one line, in
// which no title or part is looked for. A statutory table is neither: a table in one of its cells alone (a
// cell split by nesting) is that cell's text. One rule for every reader, so that a .doc reads as the .docx
// saved from the same page.

/** A cell as the rule sees it: whether it holds a table, and how many paragraphs and tables it holds. */
export interface LayoutCell {
  holdsTable: boolean
  parts: number
}

/** `rows`: each row's cells that fill a column of their own (not those a merge covers). */
export function isLayoutTable(rows: LayoutCell[][]): boolean {
  const frame = rows.every((cells) => cells.length <= 1)
  return rows.some((cells) =>
    cells.some((c) => (frame ? c.holdsTable || c.parts > 1 : c.holdsTable && c.parts > 1))
  )
}
