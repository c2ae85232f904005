import type { AgencyKind } from './report'

/**
 * A 人民政府 by its name, whatever its level: 某某镇人民政府, 某某县政府 (第五十条(四) asks every one of them
 * for 考核、评议、追究), but not its 办公室 or 办公厅, which report as a department.
 */
export const agencyKindOf = (agency: string): AgencyKind =>
  /政府$/.test(agency.trim()) && !/办公[室厅]/.test(agency) ? 'government' : 'department'

// Whether two reports are one agency's: its name is written with or without the city or province above it
// from one year to the next (淮安市洪泽区人民政府 / 洪泽区人民政府, as the district titled its 2024 and 2023 reports).

/**
 * A name as compared, never shown: its spaces (typed, or left by a PDF's layout) do not count, nor whether
 * its brackets or slashes were typed full-width or half-width (an IME's mode decides it, and it changes
 * from one year's report to the next: 住房和城乡建设局（区人民防空办公室） / …(区人民防空办公室)), nor a
 * full stop left at its end.
 */
export const bare = (s: string): string =>
  s
    .replace(/\s/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[.。｡]+$/, '')
// The places a name may be written under or without: 淮安市洪泽区人民政府 one year, 洪泽区人民政府 the next.
const HIGHER_PLACES = /^(?:[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|盟|地区))+$/
// A 乡镇 or 街道 is also written under its 区 or 县 (滨江区东风镇人民政府 / 东风镇人民政府). A county's department
// is not: 交通运输局 alone may be the city's or any district's.
const COUNTY_PLACES =
  /^(?:[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|盟|地区))*[\u4e00-\u9fff]{1,10}?(?:区|县|旗)$/
// The town's own name, then what it is (东风镇人民政府, 某某街道办事处): not 乡 or 镇 inside a word (住房和城乡建设局).
const TOWN = /^[\u4e00-\u9fff]{1,10}?(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处|街道办事处)/
// What a name cut from a longer one must not start with, lest 人民政府 alone or 市人民政府 pass.
const NOT_A_NAME_START = /^(?:[省市区县州盟旗镇乡]|人民政府|政府)/

/** 0: the same name (spacing and the width of its punctuation aside); 1: the same with or without the places above it; else no match. */
export function agencyMatch(a: string, b: string): 0 | 1 | undefined {
  const [x, y] = [bare(a), bare(b)]
  if (x === y) return 0
  const [long, short] = x.length > y.length ? [x, y] : [y, x]
  if (short.length < 4 || NOT_A_NAME_START.test(short) || !long.endsWith(short)) return undefined
  const above = long.slice(0, -short.length)
  return HIGHER_PLACES.test(above) || (TOWN.test(short) && COUNTY_PLACES.test(above)) ? 1 : undefined
}
