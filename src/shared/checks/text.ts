// Prose as the checks read it: half-width digits, no line breaks or spaces inside sentences (text copied from
// PDF breaks lines mid-word and pads numbers with spaces), no thousands separators inside numbers.

import { halfWidth } from '../text/width'
import { remember, type Memo } from './memo'

const cache: Memo<string> = new Map()

export const normalizeProse = (text: string): string => remember(cache, text, () => normalize(text))

function normalize(text: string): string {
  return (
    halfWidth(text)
      .replace(/[ \t\u00A0\u3000]+/g, (ws, i: number, s: string) =>
        /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + ws.length] ?? '') ? ' ' : ''
      )
      .replace(/\n(?=[^\n])/g, (nl, i: number, s: string) =>
        /[。：:；;！!？?）)]$|^$/.test(s.slice(Math.max(0, i - 1), i)) ? nl : ''
      )
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
      // Thousands spaced as a report prints them (2 345 678件): one figure, where every group after the first
      // has three digits; “1 2 3” stays three.
      .replace(/(?<![\d.])\d{1,3}(?: \d{3})+(?![\d.])/g, (n) => n.replaceAll(' ', ''))
  )
}
