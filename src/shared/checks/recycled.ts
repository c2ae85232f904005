// Signs of a text carried over from an earlier report: plans made for the very year being reported
// (checks.md YR-03: “2024年，我局将进一步…” in the report on 2024 is last year's closing paragraph), and a
// section that reads like the same section of last year's report (STR-09, “内容雷同”).
import { getFormat, type FormatDecl } from '../formats'
import type { Report } from '../model/report'
import { isSummaryOf } from '../summary'
import { bigrams, dice, stripPunct } from '../text/similarity'
import { remember, type Memo } from './memo'
import { checkText, sectionWhere } from './messages'
import { normalizeProse } from './text'
import type { Finding } from './types'

// “2024年，我局将进一步…”, “2024年，将继续…”: a plan, which the report on 2024 cannot make for 2024.
const planFor = (year: number): RegExp =>
  new RegExp(
    `${year}年度?[，,][^。；！？\\n]{0,14}?将(?:继续|进一步|持续|着力|着重|重点|不断|全面|积极|加大|加快|深入|紧紧围绕|围绕|严格|认真|切实|坚持|按照|结合|把|以)`
  )

// STR-09: a section at least this alike to last year's (and long enough for that to mean something).
const SAME_TEXT = 0.9
const MIN_LENGTH = 80

const plans: Memo<Memo<string | null>> = new Map()
const bigramSets: Memo<Set<string>> = new Map()
const likeness: Memo<Memo<number>> = new Map()

// Spaces and figures aside: a copied text with this year's numbers typed in is still a copy.
const pairs = (raw: string): Set<string> =>
  remember(bigramSets, raw, () => bigrams(stripPunct(normalizeProse(raw).replace(/[\s\d.%]/g, ''))))

const ownWords: Memo<Memo<string>> = new Map()

// 生成文字说明's paragraphs are the app's wording, the same each year whatever the figures: two reports
// whose 二 is only that paragraph are not one copied from the other. Only what the official wrote is compared.
const written = (text: string, format: FormatDecl): string =>
  remember(
    remember(ownWords, format.id, () => new Map()),
    text,
    () =>
      text
        .split('\n')
        .filter((p) => !format.summaries.some((s) => isSummaryOf(p, format, s.table)))
        .join('\n')
  )

/** How alike two texts are, 0 to 1 (Dice's coefficient of their character pairs), remembered. */
function textLikeness(a: string, b: string): number {
  const withA = remember(likeness, a, () => new Map<string, number>())
  return remember(withA, b, () => dice(pairs(a), pairs(b)))
}

export function checkRecycled(report: Report, format: FormatDecl, lastYear?: Report): Finding[] {
  const out: Finding[] = []
  const Y = report.year
  for (const s of format.sections) {
    const text = report.sections[s.id] ?? ''
    if (!text.trim()) continue
    const where = sectionWhere(s.heading)
    const cells = [`sections:${s.id}`]
    const plan = remember(
      remember(plans, String(Y), () => new Map()),
      text,
      () => planFor(Y).exec(normalizeProse(text))?.[0] ?? null
    )
    if (plan)
      out.push({
        rule: 'meta.planForYear',
        severity: 'warning',
        message: checkText.planForYear(where, plan, Y),
        cells,
        quote: plan
      })

    if (!lastYear) continue
    const mine = written(text, format)
    const before = written(lastYear.sections[s.id] ?? '', getFormat(lastYear.format))
    if (mine.trim().length < MIN_LENGTH || before.trim().length < MIN_LENGTH) continue
    const alike = textLikeness(mine, before)
    if (alike >= SAME_TEXT)
      out.push({
        rule: 'crossYear.sameText',
        severity: 'warning',
        message: checkText.sameText(where, Math.round(alike * 100), lastYear.year),
        cells
      })
  }
  return out
}
