// Full-width digits in the prose (１７０, as an IME in full-width mode types them). The checks read them as
// numbers, but the exports print them as typed, a character wide each, where a 公文 sets Arabic numerals
// half-width (GB/T 15835: 二分字身). One finding per part, with the correction the editor can apply.
import type { FormatDecl } from '../formats'
import type { Report } from '../model/report'
import { fullWidthNumbers } from './fixes'
import { remember, type Memo } from './memo'
import { checkText, sectionWhere } from './messages'
import type { Finding } from './types'

const memo: Memo<string[]> = new Map()

export function checkDigits(report: Report, format: FormatDecl): Finding[] {
  const out: Finding[] = []
  for (const s of format.sections) {
    const text = report.sections[s.id] ?? ''
    const numbers = remember(memo, text, () => fullWidthNumbers(text))
    if (!numbers.length) continue
    out.push({
      rule: 'prose.fullWidthDigits',
      severity: 'warning',
      message: checkText.fullWidthDigits(sectionWhere(s.heading), numbers.length, numbers[0]),
      cells: [`sections:${s.id}`],
      quote: numbers[0],
      fix: 'halfWidthDigits'
    })
  }
  return out
}
