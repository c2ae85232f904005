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

/** The [start, end) of `quote` in `text`, or undefined when it is not there (the text changed since). */
export function locateQuote(text: string, quote: string): [number, number] | undefined {
  const q = fold(quote).folded
  if (!q) return undefined
  const { folded, at } = fold(text)
  const i = folded.indexOf(q)
  if (i < 0) return undefined
  return [at[i], at[i + q.length - 1] + 1]
}
