// Where in the text as typed lies a phrase that the checks quote. The checks read normalised prose
// (checks/text.ts: half-width digits, no spaces or line breaks inside sentences, no thousands separators),
// so the quote is found by comparing both with those differences folded away, and mapped back.

import { halfWidth } from './width'

function fold(text: string): { folded: string; at: number[] } {
  let folded = ''
  const at: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = halfWidth(text[i])
    if (/\s/.test(ch)) continue
    // A thousands separator (“1,202”) is not in the normalised text.
    if (ch === ',' && /\d/.test(folded.at(-1) ?? '') && /\d/.test(text[i + 1] ?? '')) continue
    folded += ch
    at.push(i)
  }
  return { folded, at }
}

/** Where `needle` starts in `text`, each time, in order. */
function starts(text: string, needle: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i)
  return out
}

/** How many times `quote` occurs in `text`. */
export const occurrences = (text: string, quote: string): number => starts(text, quote).length

/** How many times `quote` occurs in `text` before `at`: which of its places a check means (Finding.quoteNth). */
export function nthOf(text: string, quote: string, at: number): number {
  return starts(text, quote).filter((i) => i < at).length
}

/**
 * The [start, end) of `quote` in `text` — its `nth` place where the words recur, else its first — or undefined
 * when it is not there (the text changed since). Words quoted as typed (full-width digits, which folding
 * would take for their half-width twins elsewhere) are found as typed first.
 */
export function locateQuote(text: string, quote: string, nth = 0): [number, number] | undefined {
  const q = fold(quote).folded
  if (!q) return undefined
  if (q !== quote) {
    const exact = starts(text, quote)
    const i = exact[nth] ?? exact[0]
    if (i !== undefined) return [i, i + quote.length]
  }
  const { folded, at } = fold(text)
  const found = starts(folded, q)
  const i = found[nth] ?? found[0]
  if (i === undefined) return undefined
  return [at[i], at[i + q.length - 1] + 1]
}
