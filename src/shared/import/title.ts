// Agency and year from the title line: “洪泽区人民政府 / 2023 年政府信息公开工作年度报告” (two lines in
// PDFs), “2020年吉林省商务厅政府信息公开年度报告”, “广州市增城区人民政府2020年政府信息公开工作年度报告”.
import type { Line } from './lines'

export interface Title {
  title: string
  agency: string
  year: number | undefined
  /** Index in the lines of the line holding the title (the year part, when split over two lines). */
  index: number
  /** Index of the first title line (the agency line of a two-line title). */
  start: number
}

const YEAR = '((?:19|20)\\d{2})\\s*年度?'
// Anchored at the start of a short line: a sentence that names a report (“现公布2020年…年度报告。”) is not a title.
const TITLE = new RegExp(
  `^(?:${YEAR})?\\s*(.*?)\\s*(?:${YEAR})?\\s*(政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告`
)

const SENTENCE = /^(?:根据|依据|现将|现公布|现予|按照)|[《》“”「」]|公布|印发/
// A name may be quoted (国家“某某”局): quotes are its own when the line is the title and nothing after it.
const NAMED = /^(?:根据|依据|现将|现公布|现予|按照)|[《》]|公布|印发/
const STOPS = /[。；！？!?]/
// A CMS headline names its article “关于某某县2023年政府信息公开工作年度报告”: the report is what follows.
const ABOUT = /^关于/
// “2019年我市政府信息公开工作年度报告”: a title, but “我市” names no one.
const PRONOUN = /^(?:本(?:机关|单位|部门)|我(?:局|区|市|县|委|厅|办|镇|乡|院|部|省))/

const PLACE_END = /(?:人民|[省市区县旗镇乡])$/
const ZONE = /(?:开发区|高新区|园区|新区|示范区|试验区|实验区|保税区|合作区|社区|景区|矿区|林区|垦区)$/

/** How the name of a government body ends: a title's agency line, a 落款's signature. */
export const AGENCY_END = /(?:政府|局|厅|委|委员会|办公室|院|会|中心|署|处|所|部|街道|办事处)$/

function parseTitle(text: string): { agency: string; year: number | undefined; title: string } | undefined {
  const s = text.replace(/\s+/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  if (s.length > 60 || STOPS.test(s)) return undefined
  const line = s.replace(ABOUT, '')
  const m = TITLE.exec(line)
  if (!m) return undefined
  let agency = m[2]
  // “下陆区政府信息公开…”: the place's government, under its legal name (下陆区人民政府), as it signs.
  // A 开发区, 园区 or 新区 has a 管委会, not a 人民政府: its name is left as written (…区政府).
  if (m[4] && PLACE_END.test(agency))
    agency += agency.endsWith('人民') ? '政府' : ZONE.test(agency) ? '政府' : '人民政府'
  // A sentence naming a report is not its title; a place such as 本溪市 is an agency.
  // No agency's name holds a comma or a colon: “…制度，认真编制2023年政府信息公开工作年度报告” is a sentence.
  if ((m[0] === line ? NAMED : SENTENCE).test(agency) || /[，,、：:]/.test(agency) || agency.length > 30)
    return undefined
  if (PRONOUN.test(agency)) agency = ''
  const yearText = m[1] ?? m[3]
  return { agency, year: yearText ? Number(yearText) : undefined, title: m[0] }
}

export function findTitles(lines: Line[], limit = lines.length): Title[] {
  const out: Title[] = []
  for (let i = 0; i < limit && i < lines.length; i++) {
    if (lines[i].row) continue
    let start = i
    let t = parseTitle(lines[i].text)
    // A long centred title wraps, even inside a word: “…信息公开工作年” / “度报告”, “…年度报” / “告”. The
    // line below is joined only when the title goes on into it: then it is no paragraph of its own.
    const next = lines[i + 1]
    if (!t && next && !next.row && next.text.length <= 15) {
      const joined = parseTitle(lines[i].text + next.text)
      if (joined && (/报告/.test(next.text) || joined.title.endsWith(next.text.replace(/\s+/g, '')))) {
        t = joined
        i++
      }
    }
    if (!t) continue
    let { agency, title } = t
    // A PDF title puts the agency alone on the line above.
    if (!agency && start > 0 && !lines[start - 1].row) {
      const above = lines[start - 1].text.replace(/\s+/g, '')
      if (above.length <= 30 && AGENCY_END.test(above)) {
        agency = above
        title = above + title
        start = start - 1
      }
    }
    out.push({ title, agency, year: t.year, index: i, start })
  }
  return out
}
