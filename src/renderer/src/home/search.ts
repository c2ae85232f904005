// 搜索 on the home list: what an official types to find one report among a city's hundreds.
import { bare } from '@shared/model/agency'
import type { DraftSummary } from '../drafts'

/**
 * Whether a draft answers the words typed: each word (apart by spaces, 住建局 2024) found in its agency,
 * title or year (2024年 too), full-width letters and digits as their half-width (２０２４) and spaces inside
 * a name ignored, as the agency is compared elsewhere (twins, last year's).
 */
export function matches(d: Pick<DraftSummary, 'agency' | 'title' | 'year'>, query: string): boolean {
  const words = query.split(/[\s\u3000]+/).filter(Boolean)
  if (!words.length) return true
  const within = bare(`${d.agency}|${d.title}|${d.year}年度`)
  return words.every((w) => within.includes(bare(w)))
}
