// The 机关类型 carried where a reader of the document never sees it: a <meta> in the head of the HTML document
// and a custom property of the Word file (高级属性 → 自定义 in Word). The name does not always tell it (a 管理委员会
// its official set as a 人民政府), and an import that guessed it again gave that report a department's deadline
// and none of a 人民政府's hints. Plain text has no such place: any mark there is a line an official would delete.
import type { AgencyKind } from '../model/report'

/** Ours alone, so that no page or file of anyone else's says it by chance. */
export const AGENCY_KIND_MARK = 'xxgk-nianbao-agency-kind'

/** What the mark says, as report-json says it; anything else is no mark (the name decides, as without one). */
export const markedAgencyKind = (value: string | undefined): AgencyKind | undefined => {
  const kind = value?.trim()
  return kind === 'government' || kind === 'department' ? kind : undefined
}
