// Outcomes the prose gives of the new requests alone (在收到的27件申请中，予以公开16件): the year's outcomes
// only where none were carried over, and otherwise not held to 三、本年度办理结果.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { loadFixture } from './fixtures'

// valid-2021: 新收27, 上年结转2, 予以公开15, 部分公开4, 办结28. Its overview's 上年结转2件 is another finding
// once 上年结转 is 0: only 三's words are looked at.
function said(sentence: string, carried: number | null): string[] {
  const r = loadFixture('valid-2021.json')
  r.tables.requests['carry.tot'] = carried
  r.sections.requests = sentence
  return checkReport(r)
    .filter((f) => f.rule === 'prose.quantity' && f.cells.includes('sections:requests'))
    .map((f) => f.message)
}

describe('outcomes of the new requests', () => {
  it.each([
    ['在收到的27件申请中，予以公开16件。', 1],
    ['在收到的27件申请中，予以公开15件，部分公开4件。', 0],
    ['新收申请中，予以公开16件。', 1],
    ['本年新收的申请中，部分公开5件。', 1],
    ['在收到的27件政府信息公开申请中，已办结27件。', 1]
  ])('with none carried over, %s → %i finding(s)', (sentence, n) => {
    expect(said(sentence, 0)).toHaveLength(n)
  })

  it('names the outcome against its cell', () => {
    expect(said('在收到的27件申请中，予以公开16件。', 0)).toEqual([
      expect.stringMatching(/写“予以公开16件”.*表三.*15/)
    ])
  })

  it.each([
    // some carried over, or not known: the new are not all
    ['在收到的27件申请中，予以公开16件。', 2],
    ['新收申请中，予以公开16件。', 2],
    ['在收到的27件申请中，予以公开16件。', null],
    // another count than the new: some of them
    ['在收到的25件申请中，予以公开16件。', 0],
    // a narrower subset than the new
    ['自然人提出的申请中，予以公开16件。', 0],
    ['涉及征收领域的11件申请中，予以公开5件。', 0]
  ] as const)('%s with 上年结转 %s: nothing', (sentence, carried) => {
    expect(said(sentence, carried)).toEqual([])
  })
})
