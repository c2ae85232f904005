import { describe, expect, it } from 'vitest'
import { normalizeProse } from '@shared/checks/text'
import { locateQuote } from '@shared/text/locate'
import { checkReport } from '@shared/checks'
import { sampleReport } from '@shared/sample'

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

  it('selects the place the finding means where the same words recur, and words quoted as typed as typed', () => {
    const text = '2025年，我区新收政府信息公开申请170件。2026年，我区新收政府信息公开申请170件，同比持平。'
    const quote = '新收政府信息公开申请170件'
    expect(locateQuote(text, quote, 1)?.[0]).toBe(text.lastIndexOf(quote))
    expect(locateQuote(text, quote)?.[0]).toBe(text.indexOf(quote))
    // a place beyond what the text now holds (edited since): the first
    expect(locateQuote(text, quote, 5)?.[0]).toBe(text.indexOf(quote))
    // full-width digits quoted as typed: those, not the half-width figure before them
    const typed = '全年更新栏目12个，发布信息１２条。'
    expect(locateQuote(typed, '１２')).toEqual([typed.indexOf('１２'), typed.indexOf('１２') + 2])
  })

  it('the checks say which place they mean: 本年’s figure, not 上年’s same words', () => {
    const report = sampleReport()
    const total = report.tables.requests['new.tot'] as number
    report.sections.overview =
      `${report.year - 1}年，我区新收政府信息公开申请${total + 1}件。` +
      `${report.year}年，我区新收政府信息公开申请${total + 1}件，同比持平。`
    const f = checkReport(report).find(
      (x) => x.rule === 'prose.quantity' && x.cells[0] === 'sections:overview'
    )
    expect(f?.quote).toBe(`新收政府信息公开申请${total + 1}件`)
    const text = report.sections.overview
    expect(locateQuote(text, f!.quote!, f!.quoteNth)?.[0]).toBe(text.lastIndexOf(f!.quote!))
  })

  it('a share checked against the wrong whole selects the sentence at fault, not its twin before it', () => {
    const report = sampleReport()
    const text =
      '一是全年受理咨询10件，其中网上咨询5件，占50%。\n二是全年受理来信20件，其中网上来信5件，占50%。'
    report.sections.other = text
    const f = checkReport(report).find((x) => x.rule === 'prose.percentage')
    expect(f?.quote).toBe('5件，占50%')
    expect(locateQuote(text, f!.quote!, f!.quoteNth)?.[0]).toBe(text.lastIndexOf('5件，占50%'))
  })

  it('says nothing when the quote is no longer there', () => {
    expect(locateQuote('新收申请170件', '新收申请169件')).toBeUndefined()
    expect(locateQuote('新收申请170件', '')).toBeUndefined()
  })
})
