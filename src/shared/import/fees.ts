// Section 六's 信息处理费 figures as reports write them in words (“全年收取政府信息公开信息处理费 0 元”).
// Only an explicit figure next to its own words is taken; “未收取” and the like are left to the person.
import { FEE_DOMAINS } from '../model/fees'
import { parseCellInput } from '../model/cellInput'
import type { Fees } from '../model/report'

export const FEE_PATTERNS: Record<keyof Fees, RegExp[]> = {
  notices: [
    /(?:发出|送达|出具)(?:了)?(?:信息处理费)?收费通知(?:书)?(?:共)?\s*(\d+)\s*[件份]/,
    /收费通知(?:书)?(?:件数)?(?:为|共)?\s*(\d+)\s*[件份]/
  ],
  noticedAmount: [/收费通知(?:书)?(?:的)?(?:总)?金额(?:为|共|合计)?\s*(\d[\d,]*(?:\.\d+)?)\s*元/],
  collected: [
    /实际收取(?:信息处理费)?(?:的)?(?:总)?(?:金额)?(?:为|共|合计)?\s*(\d[\d,]*(?:\.\d+)?)\s*元/,
    /(?:共|全年)?收取(?:政府信息公开)?信息处理费(?:共|合计)?\s*(\d[\d,]*(?:\.\d+)?)\s*元/
  ]
}

export interface FeeRead {
  key: keyof Fees
  value: number
  /** The sentence part the figure was read from. */
  text: string
  /** Index of the paragraph in section 六. */
  paragraph: number
}

export function readFees(other: string): FeeRead[] {
  const out: FeeRead[] = []
  const paragraphs = other.split('\n')
  for (const key of Object.keys(FEE_PATTERNS) as (keyof Fees)[]) {
    found: for (const [i, p] of paragraphs.entries()) {
      for (const re of FEE_PATTERNS[key]) {
        const m = re.exec(p)
        if (!m) continue
        const r = parseCellInput(m[1], FEE_DOMAINS[key])
        if (r.ok && r.value !== null) {
          out.push({ key, value: r.value, text: m[0], paragraph: i })
          break found
        }
      }
    }
  }
  return out
}
