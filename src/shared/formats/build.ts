// Builders shared by the format declarations: they turn a list of printed rows and columns into the
// grid, the cell list and the identities, so that a declaration states labels and relations only once.
import type { CellDecl, CellDomain, CellRef, GridCell, Identity, TableDecl, TableId, Term } from './types'

export const count: CellDomain = { kind: 'count' }

export const ref = (table: TableId, key: string): CellRef => `${table}:${key}`

/**
 * A row as messages name it: “（二）部分公开（区分处理的，只计这一情形，不计其他情形）” → “（二）部分公开”, the
 * note the table prints for whoever fills it in left out.
 */
export const shortRowLabel = (label: string): string => label.replace(/(.)（[^（）]{6,}）$/, '$1')

export const terms = (table: TableId, keys: string[], extra: Partial<Term> = {}): Term[] =>
  keys.map((key) => ({ cell: ref(table, key), ...extra }))

// ---------------------------------------------------------------- table 三

export interface RequestColumn {
  key: string
  label: string
}

/** The seven applicant columns, identical in 2019 and 2021. `tot` is the row total. */
export const requestColumns: RequestColumn[] = [
  { key: 'np', label: '自然人' },
  { key: 'biz', label: '商业企业' },
  { key: 'sci', label: '科研机构' },
  { key: 'npo', label: '社会公益组织' },
  { key: 'law', label: '法律服务机构' },
  { key: 'oth', label: '其他' },
  { key: 'tot', label: '总计' }
]
const TOTAL_COLUMN = 'tot'

/** A printed row of table 三: a data row (with `key`) or a group heading whose items follow. */
export type RequestRow = { key: string; label: string } | { group: string; items: RequestRow[] }

export interface RequestTableSpec {
  /** 一 and 二: the two inputs of the balance. */
  inputs: [{ key: string; label: string }, { key: string; label: string }]
  /** 三、本年度办理结果: its heading and its outcome rows; the last one is （七）总计. */
  outcomes: { heading: string; rows: RequestRow[]; total: { key: string; label: string } }
  /** 四、结转下年度继续办理. */
  next: { key: string; label: string }
  note: string
}

const leafRows = (rows: RequestRow[]): { key: string; label: string }[] =>
  rows.flatMap((r) => ('key' in r ? [r] : leafRows(r.items)))

const rowCount = (rows: RequestRow[]): number =>
  rows.reduce((n, r) => n + ('key' in r ? 1 : rowCount(r.items)), 0)

export function requestTable(spec: RequestTableSpec): { table: TableDecl; identities: Identity[] } {
  const T: TableId = 'requests'
  const cols = requestColumns
  const values = (key: string): GridCell[] => cols.map((c) => ({ kind: 'value', key: `${key}.${c.key}` }))
  const grid: GridCell[][] = [
    [
      { kind: 'header', text: spec.note, rowSpan: 3, colSpan: 3 },
      { kind: 'header', text: '申请人情况', colSpan: 7 }
    ],
    [
      { kind: 'header', text: '自然人', rowSpan: 2 },
      { kind: 'header', text: '法人或其他组织', colSpan: 5 },
      { kind: 'header', text: '总计', rowSpan: 2 }
    ],
    cols.slice(1, 6).map((c): GridCell => ({ kind: 'header', text: c.label })),
    ...spec.inputs.map((r): GridCell[] => [{ kind: 'label', text: r.label, colSpan: 3 }, ...values(r.key)])
  ]
  const outcomeRows = [...spec.outcomes.rows, spec.outcomes.total]
  let first = true
  const opener = (): GridCell[] => {
    if (!first) return []
    first = false
    return [{ kind: 'label', text: spec.outcomes.heading, rowSpan: rowCount(outcomeRows) }]
  }
  for (const row of outcomeRows) {
    if ('key' in row) {
      grid.push([...opener(), { kind: 'label', text: row.label, colSpan: 2 }, ...values(row.key)])
    } else {
      row.items.forEach((item, i) => {
        if (!('key' in item)) throw new Error('table 三 nests two levels at most')
        const group: GridCell[] =
          i === 0 ? [{ kind: 'label', text: row.group, rowSpan: row.items.length }] : []
        grid.push([...opener(), ...group, { kind: 'label', text: item.label }, ...values(item.key)])
      })
    }
  }
  grid.push([{ kind: 'label', text: spec.next.label, colSpan: 3 }, ...values(spec.next.key)])

  const dataRows = [...spec.inputs, ...leafRows(outcomeRows), spec.next]
  const cells: CellDecl[] = dataRows.flatMap((r) =>
    cols.map((c) => ({
      table: T,
      key: `${r.key}.${c.key}`,
      rowLabel: r.label,
      colLabel: c.label,
      domain: count
    }))
  )

  const [a, b] = spec.inputs
  const total = spec.outcomes.total
  const leaves = leafRows(spec.outcomes.rows)
  const at = (row: string, col: string): Term[] => terms(T, [`${row}.${col}`])
  const identities: Identity[] = []
  for (const c of cols) {
    const where = `表三“${c.label}”列`
    identities.push({
      rule: 'requests.balance',
      code: 'T3-01',
      severity: 'error',
      relation: '=',
      where,
      left: { label: '一+二', terms: [...at(a.key, c.key), ...at(b.key, c.key)] },
      right: { label: '三（七）+四', terms: [...at(total.key, c.key), ...at(spec.next.key, c.key)] }
    })
    identities.push({
      rule: 'requests.outcomes',
      code: 'T3-03',
      severity: 'error',
      relation: '=',
      where,
      left: { label: '（七）总计', terms: at(total.key, c.key) },
      right: { label: '（一）至（六）各项之和', terms: leaves.flatMap((r) => at(r.key, c.key)) }
    })
    identities.push({
      rule: 'requests.nextBound',
      code: 'F6',
      severity: 'error',
      relation: '<=',
      where,
      impliedBy: 'requests.balance',
      left: { label: '四', terms: at(spec.next.key, c.key) },
      right: { label: '一+二', terms: [...at(a.key, c.key), ...at(b.key, c.key)] }
    })
    identities.push({
      rule: 'requests.doneBound',
      code: 'F6',
      severity: 'error',
      relation: '<=',
      where,
      impliedBy: 'requests.balance',
      left: { label: '三（七）', terms: at(total.key, c.key) },
      right: { label: '一+二', terms: [...at(a.key, c.key), ...at(b.key, c.key)] }
    })
    identities.push({
      rule: 'requests.carryOver',
      code: 'XY-01',
      severity: 'error',
      relation: '=',
      where,
      left: { label: '本年“二、上年结转”', terms: at(b.key, c.key) },
      right: {
        label: '上年“四、结转下年度继续办理”',
        terms: terms(T, [`${spec.next.key}.${c.key}`], { last: true })
      }
    })
  }
  for (const r of dataRows) {
    identities.push({
      rule: 'requests.rowTotal',
      code: 'T3-02',
      severity: 'error',
      relation: '=',
      where: `表三“${shortRowLabel(r.label)}”行`,
      left: { label: '总计', terms: at(r.key, TOTAL_COLUMN) },
      right: {
        label: '各类申请人之和',
        terms: cols.filter((c) => c.key !== TOTAL_COLUMN).flatMap((c) => at(r.key, c.key))
      }
    })
  }
  return {
    table: {
      id: T,
      number: '三',
      section: 'requests',
      title: '收到和处理政府信息公开申请情况',
      columns: 10,
      grid,
      cells
    },
    identities
  }
}

// ---------------------------------------------------------------- table 四

const reviewBlocks = [
  { key: 'rev', label: '行政复议' },
  { key: 'lit1', label: '未经复议直接起诉' },
  { key: 'lit2', label: '复议后起诉' }
]
const reviewResults = [
  { key: 'keep', label: '结果维持' },
  { key: 'fix', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' }
]

/** Table 四 is the same in 2019 and 2021: three blocks of five results, one data row. */
export function reviewTable(): { table: TableDecl; identities: Identity[] } {
  const T: TableId = 'review'
  const grid: GridCell[][] = [
    [
      { kind: 'header', text: '行政复议', colSpan: 5 },
      { kind: 'header', text: '行政诉讼', colSpan: 10 }
    ],
    [
      ...reviewResults.map((r): GridCell => ({ kind: 'header', text: r.label, rowSpan: 2 })),
      { kind: 'header', text: '未经复议直接起诉', colSpan: 5 },
      { kind: 'header', text: '复议后起诉', colSpan: 5 }
    ],
    [...reviewResults, ...reviewResults].map((r): GridCell => ({ kind: 'header', text: r.label })),
    reviewBlocks.flatMap((b) =>
      reviewResults.map((r): GridCell => ({ kind: 'value', key: `${b.key}.${r.key}` }))
    )
  ]
  const cells: CellDecl[] = reviewBlocks.flatMap((b) =>
    reviewResults.map((r) => ({
      table: T,
      key: `${b.key}.${r.key}`,
      rowLabel: b.label,
      colLabel: r.label,
      domain: count
    }))
  )
  const identities: Identity[] = reviewBlocks.map((b) => ({
    rule: 'review.total',
    code: 'T4-01',
    severity: 'error',
    relation: '=',
    // The block a heading over five columns, which the equation then names one by one (结果维持+…): neither
    // a row nor a column, as a cell of it is “行政复议”下“总计”列.
    where: `表四“${b.label}”`,
    left: { label: '总计', terms: terms(T, [`${b.key}.total`]) },
    right: {
      label: '结果维持+结果纠正+其他结果+尚未审结',
      terms: terms(
        T,
        ['keep', 'fix', 'other', 'pending'].map((k) => `${b.key}.${k}`)
      )
    }
  }))
  return {
    table: {
      id: T,
      number: '四',
      section: 'review',
      title: '政府信息公开行政复议、行政诉讼情况',
      columns: 15,
      grid,
      cells
    },
    identities
  }
}

// ---------------------------------------------------------------- table 二

export interface ActiveBlock {
  /** 第二十条第（一）项 … */
  heading: string
  /** The value-column headings; a heading with `span` covers that many grid columns. */
  columns: { label: string; span?: number }[]
  rows: { label: string; keys: (string | { key: string; domain: CellDomain })[] }[]
}

/** Table 二: blocks of rows under 信息内容, on a 4-column grid. */
export function activeTable(blocks: ActiveBlock[]): TableDecl {
  const T: TableId = 'active'
  const grid: GridCell[][] = []
  const cells: CellDecl[] = []
  for (const block of blocks) {
    grid.push([{ kind: 'header', text: block.heading, colSpan: 4 }])
    const used = block.columns.reduce((n, c) => n + (c.span ?? 1), 0)
    grid.push([
      { kind: 'header', text: '信息内容' },
      ...block.columns.map((c): GridCell => ({ kind: 'header', text: c.label, colSpan: c.span })),
      ...(used < 3 ? [{ kind: 'blank', colSpan: 3 - used } as GridCell] : [])
    ])
    for (const row of block.rows) {
      const line: GridCell[] = [{ kind: 'label', text: row.label }]
      row.keys.forEach((k, i) => {
        const key = typeof k === 'string' ? k : k.key
        const domain = typeof k === 'string' ? count : k.domain
        line.push({ kind: 'value', key, colSpan: block.columns[i].span })
        cells.push({
          table: T,
          key,
          rowLabel: row.label,
          colLabel: block.columns[i].label,
          group: block.heading,
          domain
        })
      })
      if (used < 3) line.push({ kind: 'blank', colSpan: 3 - used })
      grid.push(line)
    }
  }
  return { id: T, number: '二', section: 'active', title: '主动公开政府信息情况', columns: 4, grid, cells }
}
