// Fuzzy comparison of labels that were normalised by normalizeLabel: copies break labels across lines,
// drop characters (“其他法律行政止公开”) or glue neighbouring labels on; exact equality is too strict.

const PUNCT = /[，,。、；;：:！!？?“”"'‘’《》〈〉\-—_·.．（）()[\]【】]/g

export function bigrams(s: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2))
  if (s.length === 1) out.add(s)
  return out
}

/** Share of `label`'s bigrams found in `text`. */
export function recall(label: Set<string>, text: Set<string>): number {
  if (!label.size) return 0
  let n = 0
  for (const b of label) if (text.has(b)) n++
  return n / label.size
}

/** Sørensen–Dice coefficient of two strings' bigrams (or of bigram sets), punctuation ignored. */
export function dice(a: string | Set<string>, b: string | Set<string>): number {
  const x = typeof a === 'string' ? bigrams(a.replace(PUNCT, '')) : a
  const y = typeof b === 'string' ? bigrams(b.replace(PUNCT, '')) : b
  if (!x.size || !y.size) return 0
  let n = 0
  for (const g of x) if (y.has(g)) n++
  return (2 * n) / (x.size + y.size)
}

export const stripPunct = (s: string): string => s.replace(PUNCT, '')
