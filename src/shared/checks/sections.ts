// Sections present and not empty (STR-01/04), 五 not just “无”, a 人民政府 covering 工作考核、社会评议和
// 责任追究 (STR-07), the five topics of 总体情况 (STR-06), the intro's count of parts (STR-08), and a
// 总体情况 of general phrases only (STR-11).
import type { FormatDecl, SectionDecl } from '../formats'
import { proseLength, type Report } from '../model/report'
import { remember, type Memo } from './memo'
import { checkText, sectionWhere } from './messages'
import { normalizeProse } from './text'
import type { Finding } from './types'

// “无。”, “暂无”: a section that says nothing. Punctuation and spaces are ignored.
const NOTHING = /^(?:无|暂无|没有|无问题|没有问题|无此情况|本年度无|本年无)$/
const stripped = (text: string) => text.replace(/[\s。．.，,；;！!、：:（）()]/g, '')

// STR-07: what 第五十条(四) asks a 人民政府 to state, and the words that show it did.
const GOVERNMENT_DUTIES: { name: string; pattern: RegExp }[] = [
  // 绩效考评 and 年度考评 are how many write it.
  { name: '工作考核', pattern: /考核|考评/ },
  { name: '社会评议', pattern: /评议/ },
  { name: '责任追究', pattern: /责任追究|追究责任|追究.{0,6}责任|追责|问责/ }
]

// STR-06: the overview's hints (format declaration) and looser wordings that count as covering them.
const TOPIC_WORDS: Record<string, RegExp> = {
  主动公开: /主动公开/,
  依申请公开: /依申请/,
  政府信息管理: /信息管理|管理情况/,
  政府信息公开平台建设: /平台/,
  监督保障: /监督|保障/
}

// STR-08: “本报告由总体情况、…六部分组成”, “共分为五个部分”: the count the intro gives.
const PARTS = [
  /由[^。；]{0,160}?([一二两三四五六七八九十]|\d{1,2})个?部分组成/,
  /共分?为?([一二两三四五六七八九十]|\d{1,2})个?部分/
]
const NUMERALS = '一二三四五六七八九十'
const partsNumber = (s: string): number =>
  s === '两' ? 2 : /\d/.test(s) ? Number(s) : NUMERALS.indexOf(s) + 1

function statedParts(text: string): { quote: string; parts: number } | undefined {
  for (const p of PARTS) {
    const m = p.exec(text)
    if (m) return { quote: m[0].length > 24 ? `…${m[0].slice(-16)}` : m[0], parts: partsNumber(m[1]) }
  }
  return undefined
}

// STR-11: a figure (Arabic or Chinese) or a document's name (《…》) is what makes a text this agency's.
const SPECIFIC = /\d|[一二两三四五六七八九十百千万]+(?:个|件|条|次|场|篇|项|家|人)|《[^》]+》/
const GENERIC_MIN_LENGTH = 60
// The report's year and its 统计期限 (2024年1月1日至2024年12月31日) are in every report: not the agency's own
// (a day named without its year, 5月20日召开专题会议, is an event of its own and still counts).
const DATES = /(?:19|20)\d{2}\s*年(?:度|\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/g
const FULL_DIGITS = /[\uFF10-\uFF19]/g
const halfDigits = (t: string) => t.replace(FULL_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10))

// Searching long prose is the slow part of these checks. Each text is searched once for every keyword;
// the answer is kept by the text itself, so unchanged prose is free.
interface Keywords {
  duties: boolean[]
  topics: Map<string, boolean>
  parts: ReturnType<typeof statedParts>
  specific: boolean
}
const memo: Memo<Keywords> = new Map()
function keywords(text: string, hints: string[]): Keywords {
  const k = remember(
    memo,
    text,
    () => ({
      duties: GOVERNMENT_DUTIES.map((d) => d.pattern.test(text)),
      topics: new Map(),
      parts: statedParts(normalizeProse(text)),
      specific: SPECIFIC.test(halfDigits(text).replace(DATES, ''))
    }),
    128
  )
  for (const h of hints) if (!k.topics.has(h)) k.topics.set(h, (TOPIC_WORDS[h] ?? new RegExp(h)).test(text))
  return k
}

const missingDuties = (report: Report): string[] => {
  const found = [report.sections.overview, report.sections.problems, report.sections.other].map(
    (t) => keywords(t, []).duties
  )
  return GOVERNMENT_DUTIES.filter((_, i) => !found.some((f) => f[i])).map((d) => d.name)
}

const missingTopics = (hints: string[], text: string): string[] => {
  const k = keywords(text, hints)
  return hints.filter((h) => !k.topics.get(h))
}

function tableBlank(report: Report, s: SectionDecl): boolean {
  if (!s.table) return true
  const cells = report.tables[s.table]
  for (const k in cells) if (cells[k] !== null && cells[k] !== undefined) return false
  return true
}

export function checkSections(report: Report, format: FormatDecl): Finding[] {
  const out: Finding[] = []
  const statutory = format.id !== 'legacy'
  for (const s of format.sections) {
    const text = (report.sections[s.id] ?? '').trim()
    const cells = [`sections:${s.id}`]
    if (!text) {
      if (s.id === 'other') {
        // STR-01: the part must be there. Fee figures in the form are printed under it (a sentence of 六), so
        // it is not empty in the report; without them the heading would stand alone.
        const feesPrinted = format.requiresFees && Object.values(report.fees).some((v) => v !== null)
        out.push({
          rule: 'section.empty',
          severity: statutory && !feesPrinted ? 'error' : 'warning',
          message: checkText.sectionOtherEmpty(s.heading),
          cells
        })
      } else if (!s.table) {
        out.push({
          rule: 'section.missing',
          severity: statutory ? 'error' : 'warning',
          message: checkText.sectionMissing(s.heading),
          cells
        })
      } else if (tableBlank(report, s)) {
        const number = format.tables.find((t) => t.id === s.table)?.number ?? ''
        out.push({
          rule: 'section.missing',
          severity: statutory ? 'error' : 'warning',
          message: format.tables.length
            ? checkText.sectionTableMissing(s.heading, number)
            : checkText.sectionMissing(s.heading),
          cells
        })
      }
      continue
    }
    if (s.id === 'problems' && text.length < 24 && NOTHING.test(stripped(text))) {
      out.push({
        rule: 'section.empty',
        severity: 'error',
        message: checkText.sectionOnlyNone(s.heading),
        cells
      })
    }
  }
  if (!statutory) return out

  // Judged once 总体情况 is written: an empty one is already section.missing.
  if (report.agencyKind === 'government' && report.sections.overview.trim()) {
    const missing = missingDuties(report)
    if (missing.length) {
      out.push({
        rule: 'section.governmentDuties',
        severity: 'error',
        message: checkText.governmentDuties(missing),
        cells: ['sections:overview', 'sections:problems']
      })
    }
  }
  // The intro is the start of 总体情况; the first statement of a count is the one that counts.
  for (const s of format.sections) {
    const stated = keywords(report.sections[s.id] ?? '', []).parts
    if (!stated) continue
    if (stated.parts !== format.sections.length)
      out.push({
        rule: 'section.partsCount',
        severity: 'warning',
        message: checkText.partsCount(sectionWhere(s.heading), stated.quote, format.sections.length),
        cells: [`sections:${s.id}`],
        quote: stated.quote
      })
    break
  }
  const overviewText = report.sections.overview
  if (overviewText.trim().length >= GENERIC_MIN_LENGTH && !keywords(overviewText, []).specific) {
    const heading = format.sections.find((s) => s.id === 'overview')?.heading ?? ''
    out.push({
      rule: 'section.generic',
      severity: 'warning',
      message: checkText.generic(sectionWhere(heading)),
      cells: ['sections:overview']
    })
  }
  const overview = format.sections.find((s) => s.id === 'overview')
  const length = proseLength(overviewText)
  // STR-10: a rule of the 2021 format where a province or city sets a limit.
  if (format.years.from >= 2021 && overview && report.overviewLimit && length > report.overviewLimit)
    out.push({
      rule: 'section.length',
      severity: 'warning',
      message: checkText.overviewLength(sectionWhere(overview.heading), length, report.overviewLimit),
      cells: ['sections:overview', 'meta:overviewLimit']
    })
  // STR-06 is a rule of the 2021 format (一（一）) and of any later one.
  if (format.years.from >= 2021 && overview && report.sections.overview.trim()) {
    const missing = missingTopics(overview.hints, report.sections.overview)
    if (missing.length) {
      out.push({
        rule: 'section.topics',
        severity: 'warning',
        message: checkText.topics(missing),
        cells: ['sections:overview']
      })
    }
  }
  return out
}
