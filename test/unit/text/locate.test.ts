import { describe, expect, it } from 'vitest'
import { normalizeProse } from '@shared/checks/text'
import { locateQuote } from '@shared/text/locate'

const at = (text: string, quote: string) => {
  const r = locateQuote(text, quote)
  return r && text.slice(...r)
}

describe('locateQuote', () => {
  it('finds a quote in the text as typed: full-width digits, a line broken inside a sentence, spaces', () => {
    const typed = '全年共受理申请４２条，其中通过网上\n申请 20 条，通过书面申请2条。'
    const quote = '42条，其中通过网上申请20条，通过书面申请2条'
    expect(normalizeProse(typed)).toContain(quote)
    expect(at(typed, quote)).toBe('４２条，其中通过网上\n申请 20 条，通过书面申请2条')
  })

  it('folds away thousands separators, as the checks do', () => {
    expect(at('已经答复的1,202件，答复率100%。', '已经答复的1202件')).toBe('已经答复的1,202件')
  })

  it('says nothing when the quote is no longer there', () => {
    expect(locateQuote('新收申请170件', '新收申请169件')).toBeUndefined()
    expect(locateQuote('新收申请170件', '')).toBeUndefined()
  })
})
