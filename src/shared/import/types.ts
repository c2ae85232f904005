// What an import gives back besides the report: where every cell came from, and what went wrong.
import type { SectionId, TableId } from '../formats'
import type { Report } from '../model/report'

/**
 * Where a piece of text sat in the source: a line of a text file (1-based, as an editor counts), or a cell
 * of an HTML/Word table. For HTML and Word, `line` numbers the paragraphs outside tables.
 */
export type SourceLoc =
  | { line: number }
  /** `table` counts the tables of the document from 0; `row`/`col` are grid positions (spans expanded). */
  | { table: number; row: number; col: number }

export type SourceKind = 'txt' | 'html' | 'wordxml' | 'docx' | 'doc' | 'pdf' | 'ofd' | 'json'

export interface CellTrace {
  loc: SourceLoc
  /** The text the value was read from, exactly as found (after Traditional → Simplified). */
  text: string
}

/** `tables[table][cellKey]`: the source of every cell that was read (a value or a refused text). */
export interface Trace {
  kind: SourceKind
  tables: Record<TableId, Record<string, CellTrace>>
  /** The line/row where each section's heading was found. */
  sections: Partial<Record<SectionId, SourceLoc>>
  title?: CellTrace
  /** The 发布日期: the page's date line or the date line of the 落款. */
  published?: CellTrace
  /** 信息处理费 figures read from the words of section 六: `loc` is that section's heading. */
  fees?: Partial<Record<'notices' | 'noticedAmount' | 'collected', CellTrace>>
}

export type ProblemLevel = 'error' | 'warning' | 'notice'

export interface ImportProblem {
  level: ProblemLevel
  message: string
  /**
   * `<table>:<key>`, `sections:<id>` or `meta:<field>` as in findings (report-json.md); a whole row is
   * `<table>:<row>.*` (`requests:r2.*`), a whole table `<table>:*`.
   */
  ref?: string
  /** Every cell the problem leaves blank, when more than `ref` says (a merged group row: all its items). */
  cells?: string[]
  /**
   * Read all the same, but printed against the format: the check of checks.md the published report fails
   * there (VAL-02 a unit or words in a cell, VAL-06 a dash or 无 for a figure, STR-02 a heading and STR-05
   * a row label worded otherwise, T3-04 a wrong 小计). A
   * review of published reports (批量检查, the CLI's check) counts it; the draft made from it holds clean values.
   */
  finding?: { rule: string; severity: 'error' | 'warning' }
  /** Words of the part's text the note is about (a table's label left in the prose), to be selected there. */
  quote?: string
  loc?: SourceLoc
}

/**
 * `ok: false`: the input is not a report at all (empty, binary, a picture, a zip that is not Word,
 * too large, no title and no headings). `message` says why in Chinese. Otherwise a report, possibly with
 * blank cells, each blank cell explained in `problems`.
 */
export type ImportResult =
  | {
      ok: true
      report: Report
      trace: Trace
      problems: ImportProblem[]
      /**
       * A page holding several reports (seed 002): the title of each, in the page's order, and which of them
       * was read (`ImportInput.choose`, or else the one whose tables were read most completely).
       */
      several?: { titles: string[]; chosen: number }
    }
  | { ok: false; message: string; problems: ImportProblem[] }

/**
 * One of Adobe's predefined CMaps (packed, .bcmap) by name, e.g. `GBK-EUC-H`, `Adobe-GB1-UCS2`. Each
 * place the importer runs ships them its own way: the app in its bundle, the CLI from pdf.js's package.
 */
export type CMapSource = (name: string) => Promise<Uint8Array>

export interface ImportInput {
  name: string
  data: Uint8Array | string
  /**
   * For PDFs whose Chinese fonts are not embedded (older producers: text in 宋体 named by GBK-EUC-H or
   * UniGB-UCS2-H, no ToUnicode map): without the CMaps, such text cannot be read.
   */
  cmaps?: CMapSource
  /** Of a page holding several reports, the one to read: an index into `several.titles` of a first read. */
  choose?: number
}
