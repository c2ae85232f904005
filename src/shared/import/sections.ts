// The six parts, found by their headings. Every declared heading and alias of every format is a
// candidate (legacy reports word them differently); headings must come in statutory order, so a
// “三、本年度办理结果” inside table 三 or a quotation further down cannot start a part.
import { formats } from '../formats'
import type { SectionId, TableDecl } from '../formats'
import { SECTION_IDS } from '../model/report'
import { normalizeLabel } from './chinese'
import type { Line } from './lines'
import { bigrams, dice, recall, stripPunct } from '../text/similarity'

export interface Heading {
  /** Index of the heading line. */
  index: number
  id: SectionId | undefined
  /** The heading as printed (number included). */
  text: string
  /** Text after the heading on the same line, if any. */
  rest: string
  /** The heading matched a declared heading only approximately or by an alias. */
  alias: boolean
}

interface Candidate {
  id: SectionId
  norm: string
  set: Set<string>
  official: boolean
}

const candidate = (id: SectionId, text: string, official: boolean): Candidate => {
  const norm = stripPunct(normalizeLabel(text))
  return { id, norm, set: bigrams(norm), official }
}

let candidates: Candidate[] | undefined
const allCandidates = (): Candidate[] =>
  (candidates ??= formats.flatMap((f) =>
    f.sections.flatMap((s) => [
      candidate(s.id, s.heading.replace(/^[一二三四五六七八九十]+、/, ''), true),
      ...s.aliases.map((a) => candidate(s.id, a, false))
    ])
  ))

const NUMBERED = /^([一二三四五六七八九十]{1,2})(?:\s*[、.．，,:：]\s*|\s+)(.+)$/
const THRESHOLD = 0.6

function classify(
  text: string
): { id: SectionId | undefined; head: string; rest: string; alias: boolean } | undefined {
  const m = NUMBERED.exec(text.trim())
  if (!m) {
    // Word's automatic numbering leaves “一、” out of the text: a line that is exactly a heading still is one.
    const body = stripPunct(normalizeLabel(text))
    const c = allCandidates().find((x) => x.norm === body)
    return c ? { id: c.id, head: text.trim(), rest: '', alias: !c.official } : undefined
  }
  const body = stripPunct(normalizeLabel(m[2]))
  if (!body) return undefined
  let best: { c: Candidate; score: number; rest: string } | undefined
  const bodySet = bigrams(body)
  for (const c of allCandidates()) {
    let score = body === c.norm ? 1 : dice(bodySet, c.set)
    let rest = ''
    // “信息公开概述”, “2018年…和主动公开政府信息情况”: the heading words inside a longer heading.
    if (score < THRESHOLD && c.norm.length >= 2 && body.length <= 40 && body.includes(c.norm)) score = 0.7
    // “一、总体情况2023年，我区…”: heading and first sentence on one line; “六、其他需要报告的事项：无”, a
    // heading and its answer, however short.
    if (body.startsWith(c.norm) && body !== c.norm) {
      const after = text.trim().slice(text.trim().indexOf(c.norm.slice(-2)) + 2)
      if (score < THRESHOLD || /^\s*[：:]\s*\S/.test(after)) {
        score = Math.max(score, 0.95)
        rest = after.replace(/^\s*[：:]/, '')
      }
    }
    if (!best || score > best.score || (score === best.score && c.official && !best.c.official))
      best = { c, score, rest }
  }
  if (best && best.score >= THRESHOLD) {
    const alias = !(best.c.official && best.score === 1)
    return {
      id: best.c.id,
      head: best.rest ? text.trim().slice(0, text.trim().length - best.rest.length) : text.trim(),
      rest: best.rest.trim(),
      alias
    }
  }
  // An unknown numbered part (“四、其他情况”, “七、说明与附表”): a short line without a sentence end.
  if (body.length <= 20 && !/[。；]/.test(m[2]))
    return { id: undefined, head: text.trim(), rest: '', alias: false }
  return undefined
}

/**
 * The part a line is the heading of, worded as any format words it or in a usual variant (一、总体情况：,
 * 五、存在的主要问题和改进措施, 总体情况 without its number); `undefined` for a line that is more than a heading.
 */
/**
 * A line opening with the heading of a part followed by a colon and its words (“六、其他需要报告的事项：本年度无”,
 * prose pasted with its heading): the part and those words.
 */
export function headedLine(line: string): { id: SectionId; rest: string } | undefined {
  const c = classify(line)
  return c?.id !== undefined && c.rest && /[：:]\s*$/.test(c.head) ? { id: c.id, rest: c.rest } : undefined
}

export function headingOf(line: string): SectionId | undefined {
  // A heading is no sentence: a line that ends one (…情况一是…不及时。), or parts a clause (一、总体情况2023年，
  // 我区…), holds more than its heading.
  if (line.length > 30 || /[。；！？!?，,]/.test(line)) return undefined
  const c = classify(line)
  return c && !c.rest ? c.id : undefined
}

/** Labels of the tables that a line inside a table might repeat (“四、结转下年度继续办理”). */
function tableLabelSets(tables: TableDecl[]): Set<string>[] {
  return tables.flatMap((t) =>
    t.grid.flat().flatMap((g) => ('text' in g ? [bigrams(normalizeLabel(g.text))] : []))
  )
}
let labelSets: Set<string>[] | undefined
const isTableLabel = (text: string): boolean => {
  labelSets ??= formats.flatMap((f) => tableLabelSets(f.tables))
  const b = bigrams(normalizeLabel(text))
  return labelSets.some((l) => recall(l, b) >= 0.8 && recall(b, l) >= 0.8)
}

/** Headings in statutory order from `from` on; unknown numbered parts are returned with `id` undefined. */
export function findHeadings(lines: Line[], from: number): Heading[] {
  const out: Heading[] = []
  let last = -1
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]
    if (line.row && line.pieces.filter((p) => p.text).length > 1) continue
    // A heading carries no numbers at its end: “三、本年度办理结果 （一）予以公开 3 1 0 …” is a table row.
    if (line.text.length > 80 || line.pieces.some((p) => p.value)) continue
    const c = classify(line.text)
    if (!c) continue
    if (c.id === undefined) {
      if (last >= 0 && !isTableLabel(line.text))
        out.push({ index: i, id: undefined, text: c.head, rest: '', alias: false })
      continue
    }
    const order = SECTION_IDS.indexOf(c.id)
    if (order <= last) continue
    if (isTableLabel(line.text) && c.alias) continue
    last = order
    out.push({ index: i, id: c.id, text: c.head, rest: c.rest, alias: c.alias })
  }
  return out
}
