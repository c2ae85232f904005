// Cell values against their declared domains (VAL-02/03/04), blank cells (VAL-01), the 2019 采购金额 unit
// (T2-04) and 规章 figures from bodies without rule-making power (T2-02). Generated from the declarations.
import { cellIndex } from '../formats'
import type { CellDecl, CellDomain, FormatDecl, TableId } from '../formats'
import { domainViolation } from '../model/domain'
import type { Report } from '../model/report'
import { cellFullName, tableName } from './labels'
import { checkText } from './messages'
import type { Finding } from './types'

interface CellInfo {
  decl: CellDecl
  ref: string
  name: string
}

interface Compiled {
  tables: { id: TableId; name: string; cells: CellDecl[]; refs: string[] }[]
  cells: CellInfo[]
  /** 规章 row cells (T2-02). */
  regulations: CellInfo[]
}

const cache = new WeakMap<FormatDecl, Compiled>()

function compile(format: FormatDecl): Compiled {
  let c = cache.get(format)
  if (!c) {
    const cells = [...cellIndex(format)].map(([ref, decl]) => ({
      ref,
      decl,
      name: cellFullName(format, ref)
    }))
    c = {
      tables: format.tables.map((t) => ({
        id: t.id,
        name: tableName(format, t.id),
        cells: t.cells,
        refs: t.cells.map((x) => `${t.id}:${x.key}`)
      })),
      cells,
      regulations: cells.filter((x) => x.decl.table === 'active' && x.decl.rowLabel === '规章')
    }
    cache.set(format, c)
  }
  return c
}

/** Domain message for a value that breaks `domain`; used for table cells and section 六's fee figures. */
export function domainFinding(ref: string, name: string, value: number, domain: CellDomain): Finding | null {
  const broken = domainViolation(value, domain)
  if (!broken) return null
  if (broken === 'tooLarge')
    return { rule: 'cell.domain', severity: 'error', message: checkText.tooLarge(name, value), cells: [ref] }
  const message =
    domain.kind === 'count'
      ? checkText.count(name, value)
      : domain.kind === 'signed'
        ? checkText.signed(name, value)
        : domain.kind === 'money'
          ? checkText.money(name, value, domain.maxDecimals)
          : checkText.amount(name, value)
  // A 万元 figure with a decimal too many is a warning (VAL-04): its worth is right, its writing not. In 元,
  // a third decimal is a fraction of a fen, no sum of money.
  const lenient = broken === 'decimals' && domain.kind === 'money' && domain.unit === '万元'
  return { rule: 'cell.domain', severity: lenient ? 'warning' : 'error', message, cells: [ref] }
}

// Large units: 万元 figures this big are more likely 元 typed into a 万元 cell (VAL-04) — for a county-level
// body or below; a city or province may well collect that much.
const MONEY_SUSPICIOUS = 10000
const COUNTY_OR_BELOW = /县|区|旗|镇|乡|街道/
// Words of a department's name that hold those characters without naming a place: 住房和城乡建设局,
// 乡村振兴局, 社区, 园区, 景区; and places above a county that end in 区: 自治区, 地区 (a prefecture).
const NOT_A_PLACE = /城乡|乡村|社区|园区|景区|小区/g
const ABOVE_COUNTY = /自治区|地区/g
const countyOrBelow = (agency: string): boolean =>
  COUNTY_OR_BELOW.test(agency.replace(NOT_A_PLACE, '').replace(ABOVE_COUNTY, ''))

// Bodies with rule-making power (立法法): 国务院部门 (ministries, 委员会, 中国人民银行, 审计署, and the 直属机构
// with it: 海关总署, 国家…总局), provinces and 自治区, 设区的市 and 自治州. A county, district, town or street
// office, or a provincial/municipal department, has none. A 县级市 (义乌市) is not told from a 设区的市 by its
// name: it is given the benefit of the doubt.
const NO_RULE_POWER_GOVERNMENT = /(?:县|(?<!自治)区|旗|镇|乡|街道|街道办事处)(?:人民政府)?$/
const NATIONAL_DEPARTMENT =
  /^(?:国务院|中华人民共和国|国家|中国人民银行|中国证券监督管理委员会|审计署|海关总署)|^[^省市县区]{1,8}(?:部|总署|总局)$/
// A national body's local office is named under it: 国家税务总局某某市某某区税务局 (but 国家市场监督管理总局 is one),
// or by what such offices are called, where its place has no 省 or 市 to show (中国证券监督管理委员会北京监管局,
// 国家统计局北京调查总队, 中华人民共和国上海海关; not 海关总署).
const LOCAL_PLACE = /省|自治区|(?<!城)市(?!场)|自治州|地区|县|(?<!自治|地)区|旗|镇|乡|街道/
const LOCAL_OFFICE = /(?:监管局|调查总队|调查队|分局|分行|支行|海关|办事处|督察局|分署)$/

function lacksRulePower(report: Report): boolean {
  const name = report.agency.trim()
  if (!name) return false
  return report.agencyKind === 'government'
    ? NO_RULE_POWER_GOVERNMENT.test(name)
    : !NATIONAL_DEPARTMENT.test(name) ||
        LOCAL_PLACE.test(name.replace(NOT_A_PLACE, '')) ||
        LOCAL_OFFICE.test(name)
}

/**
 * `unfilled`: cells blank for another reason than not being filled in, said where it happened (an entry
 * the cell refused, a figure the importer could not read): not also called 未填写.
 */
export function checkCells(
  report: Report,
  format: FormatDecl,
  unfilled: ReadonlySet<string> = new Set()
): Finding[] {
  const out: Finding[] = []
  const { cells, regulations, tables } = compile(format)
  // A table not yet begun is one finding (naming all its cells); within a begun table, one naming its blank
  // cells (each marked), not one each: a table half filled would otherwise bury the panel in them.
  const untouched = new Set<string>()
  const blanks = new Map<string, { refs: string[]; names: string[] }>()
  for (const t of tables) {
    const values = report.tables[t.id]
    const refs = t.refs.filter((r) => !unfilled.has(r))
    if (refs.length && t.cells.every((c) => values?.[c.key] === null || values?.[c.key] === undefined)) {
      untouched.add(t.id)
      out.push({
        rule: 'cell.blank',
        severity: 'warning',
        message: checkText.tableBlank(t.name),
        cells: refs
      })
    }
  }
  for (const { decl, ref, name } of cells) {
    const v = report.tables[decl.table]?.[decl.key]
    if (v === null || v === undefined) {
      if (!untouched.has(decl.table) && !unfilled.has(ref)) {
        const b = blanks.get(decl.table) ?? { refs: [], names: [] }
        b.refs.push(ref)
        b.names.push(name)
        blanks.set(decl.table, b)
      }
      continue
    }
    const bad = domainFinding(ref, name, v, decl.domain)
    if (bad) {
      out.push(bad)
      continue
    }
    if (
      decl.domain.kind === 'money' &&
      decl.domain.unit === '万元' &&
      v >= MONEY_SUSPICIOUS &&
      countyOrBelow(report.agency)
    ) {
      out.push({
        rule: 'cell.moneyUnit',
        severity: 'warning',
        message: checkText.moneyUnit(name, v),
        cells: [ref]
      })
    }
    // 0 needs no unit (本年无此项 writes a bare 0).
    if (decl.domain.kind === 'amount' && v !== 0 && !report.units?.[decl.key]) {
      out.push({
        rule: 'cell.amountUnit',
        severity: 'warning',
        message: checkText.amountUnit(name),
        cells: [ref]
      })
    }
  }
  for (const t of tables) {
    const b = blanks.get(t.id)
    if (!b) continue
    out.push({
      rule: 'cell.blank',
      severity: 'warning',
      message:
        b.names.length === 1
          ? checkText.blank(b.names[0])
          : checkText.blanks(
              t.name,
              b.names.map((n) => (n.startsWith(t.name) ? n.slice(t.name.length) : n))
            ),
      cells: b.refs
    })
  }
  if (regulations.some((c) => (report.tables.active?.[c.decl.key] ?? 0) > 0) && lacksRulePower(report)) {
    out.push({
      rule: 'active.regulations',
      severity: 'warning',
      message: checkText.regulations(report.agency),
      cells: regulations.map((c) => c.ref)
    })
  }
  return out
}
