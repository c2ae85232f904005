// The vocabulary in which a statutory format is declared. A format version is one declaration
// (see format2021.ts); the form, the checks, import and export all read it and nothing else.

export type FormatId = '2021' | '2019' | 'legacy'
export type TableId = 'active' | 'requests' | 'review'
export type SectionId = 'overview' | 'active' | 'requests' | 'review' | 'problems' | 'other'
export type Severity = 'error' | 'warning'
export type AmountUnit = '元' | '万元'

/** `<table>:<cell key>`, e.g. `requests:new.tot`; the form used in findings. */
export type CellRef = `${TableId}:${string}`

export type CellDomain =
  /** A count of 件/项: integer ≥ 0. */
  | { kind: 'count' }
  /** Money in a fixed unit, decimals allowed, ≥ 0 (2021 本年收费金额, 万元). */
  | { kind: 'money'; unit: AmountUnit; maxDecimals: number }
  /** Signed integer (2019 本年增/减). */
  | { kind: 'signed' }
  /** Money whose unit the report states beside it (2019 采购总金额); `unitKey` names where. */
  | { kind: 'amount'; unitKey: string }

export interface CellDecl {
  table: TableId
  key: string
  /** The row's label as printed (for table 二 the item, e.g. 规章; for table 四 the block, e.g. 行政复议). */
  rowLabel: string
  /** The column's label as printed, e.g. 自然人 or 本年制发件数. */
  colLabel: string
  /** The printed block heading the row sits under, e.g. 第二十条第（一）项. */
  group?: string
  domain: CellDomain
}

/** One cell of the printed grid, in HTML order: cells covered by another's span are omitted. */
export type GridCell =
  | { kind: 'header'; text: string; rowSpan?: number; colSpan?: number }
  | { kind: 'label'; text: string; rowSpan?: number; colSpan?: number }
  | { kind: 'value'; key: string; rowSpan?: number; colSpan?: number }
  | { kind: 'blank'; rowSpan?: number; colSpan?: number }

export interface TableDecl {
  id: TableId
  /** 二 / 三 / 四: how reports and messages name the table. */
  number: string
  section: SectionId
  title: string
  /** Width of the printed grid in columns. */
  columns: number
  grid: GridCell[][]
  /** Every input cell, in reading order (row by row). */
  cells: CellDecl[]
}

export interface SectionDecl {
  id: SectionId
  number: string
  /** The official heading, exactly, e.g. 一、总体情况. */
  heading: string
  /** Variants seen in published reports (without the number prefix), accepted with a warning. */
  aliases: string[]
  /** What the format asks this section to cover, shown to the person writing it. */
  hints: string[]
  /** Extra hints for a 人民政府 (agencyKind government). */
  governmentHints?: string[]
  table?: TableId
}

/** One addend of an identity. `last` reads last year's report; `sign` −1 subtracts. */
export interface Term {
  cell: CellRef
  last?: boolean
  sign?: -1
}

/**
 * A relation between two sums of cells: `left = right` or `left ≤ right`.
 * Every arithmetic rule of a format (F1–F7, X1–X3, T2-03 …) is one of these.
 */
export interface Identity {
  /** Stable rule id, shared by all identities of one family (e.g. requests.balance). */
  rule: string
  /** The reviewer catalogue id (checks.md), e.g. T3-01. */
  code: string
  severity: Severity
  relation: '=' | '<='
  /** Where, as a person reads it: 表三“总计”列. */
  where: string
  left: { label: string; terms: Term[] }
  right: { label: string; terms: Term[] }
  /**
   * The rule this one follows from in the same place (F6 from F1 with counts ≥ 0): it can fail only where
   * that one fails, so it is not said there again; one wrong figure would count twice.
   */
  impliedBy?: string
  /** Said after the figures, where the rule holds only as a rule of thumb: when to let it be. */
  note?: string
}

/**
 * A quantity that 总体情况 may quote in words and that must equal cells of a table (NAR-01).
 * `patterns` capture the number in group 1; one with decimals (312.65万元) is held to the table's sum
 * rounded to as many places.
 */
export interface ProseQuantity {
  name: string
  patterns: RegExp[]
  terms: Term[]
  /** How findings name the cells, where naming each would run long (the eight rows of （三）不予公开). */
  label?: string
  /** Words by which a share names this quantity as its whole (“占办结总数的53.6%”), for NAR-02. */
  whole?: RegExp
  /** Prose saying there was none (“未发生行政复议”), which a non-zero table contradicts (VAL-05). */
  none?: RegExp
  /**
   * Patterns read only in one section, whose heading already says what they are of: in 四 (政府信息公开行政复议、
   * 行政诉讼情况) “收到行政复议申请2件” is about 信息公开 without saying so.
   */
  within?: { section: SectionId; patterns: RegExp[] }
  /**
   * Patterns of words their sentence says of the requests it counted as received (收到申请27件，办结27件): of the
   * new alone, or with those carried over? Read as the year's only where none were carried over, as an outcome
   * said of the new requests alone (FormatDecl.requestsIn).
   */
  ofReceived?: RegExp[]
  /** The unit the cells hold and a plain figure is in (万 for 万元): 12.34亿元 is then 123400. */
  unit?: '万'
  /** Words of a match that state its figure as a fall (本年减少1项 against the signed 本年增/减): read as −1. */
  negative?: RegExp
  /**
   * Cells that a figure of this quantity may also count, the words the same: “共收到申请29件” is often the new
   * requests and the carried-over ones (27+2), not a wrong count of the new.
   */
  alsoWith?: Term[]
}

/**
 * Cells of one table, by key; `*` stands for any characters, so `r3_*.tot` is every 不予公开 row's 总计
 * and `r6*.tot` the （六）其他处理 rows of either format.
 */
export type KeyPattern = string

/** One figure of a summary list: its words, then the sum of its cells (“予以公开” + 12 + 件). */
export interface SummaryItem {
  label: string
  keys: KeyPattern[]
}

/**
 * One sentence of a table's summary in words. `{a+b}` in `text` is the sum of those cells, an amount's
 * with the unit the report gives it; `{±a}` a signed change (增加 2项, 减少 1项, 没有增减); `{list}` the
 * `list` items that are not 0, joined by “，”. A sentence whose `zeroIf` cells are all 0 is `none`
 * instead, or left out.
 */
export interface SummarySentence {
  text: string
  list?: SummaryItem[]
  /** The unit after each figure of `list` and `{±a}`; 件 when absent. */
  unit?: string
  zeroIf?: KeyPattern[]
  none?: string
  /**
   * Words an earlier version of the app wrote where `now` stands (信息公开 for the statute's 信息公开工作): a
   * paragraph generated then is still found, and replaced, when 生成文字说明 is pressed again.
   */
  formerly?: { now: string; was: string }[]
}

/** The paragraph 生成文字说明 writes beside a table: the table's figures as an official would state them. */
export interface TableSummary {
  table: TableId
  sentences: SummarySentence[]
}

/**
 * A sum in the indicator tables of a report before 2019 (template-legacy.md §3, checks.md L-T-01), which the
 * legacy format keeps as text: the row whose label reads `total` equals the rows under it. Those are its
 * numbered items (1. 2. …, (1) (2) …, sub-rows of an item skipped) or, when the first row under it says
 * 其中 and is not numbered, the rows that follow up to the next numbered one.
 */
export interface IndicatorSum {
  /** The total's label, its numbering and a 其中 in front taken off. */
  total: RegExp
  /** Checked only when a part is labelled so: 主动公开信息数 sums kinds of information, never channels. */
  partsLike?: RegExp
  /** Which tables of template-legacy.md §3 print it (for the reader of the declaration). */
  families: string
}

export interface FormatDecl {
  id: FormatId
  /** The document that set the format. */
  source: string
  /** What every message calls the format (2021年版格式): one name for it everywhere. */
  name: string
  /** The same, where a column has room for a few characters (the home list): 2021版. */
  shortName: string
  /** Reports on these years use this format (inclusive; `to` open-ended when absent). */
  years: { from: number; to?: number }
  sections: SectionDecl[]
  tables: TableDecl[]
  identities: Identity[]
  prose: ProseQuantity[]
  /**
   * 表三's new requests and those carried over (一 and 二): outcomes the prose gives of the new ones alone (在收到
   * 的27件申请中，予以公开16件) are the year's where none were carried over.
   */
  requestsIn?: { new: CellRef; carried: CellRef }
  /** Section 六 must state the 信息处理费 figures (国办函〔2020〕109号). */
  requiresFees: boolean
  /** The cell counting requests dropped because a fee notice went unpaid (FEE-02: each needed a notice). */
  feeLapsedCell?: CellRef
  /** The format took effect before 信息处理费 existed, in this year: a fee claimed then is premature (FEE-04). */
  feesPrematureYear?: number
  /** The tables' figures in words, for the prose beside each table (none for the legacy format). */
  summaries: TableSummary[]
  /** The sums of the indicator tables a report keeps as text (the legacy format's 附表). */
  indicatorSums: IndicatorSum[]
}
