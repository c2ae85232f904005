// Local rules (STR-10: 总体情况 against a local length limit) and rules of reports before 2019 (FEE-05: the
// 收费及减免 part; L-T-02: requests counted in 条).
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { loadFixture } from './fixtures'

const gov = loadFixture('valid-2021.json')
const legacy = loadFixture('seed000-liwan-2014.json')

describe('总体情况 within a local limit (STR-10)', () => {
  const length = (edit: Partial<typeof gov>) =>
    checkReport({ ...structuredClone(gov), ...edit })
      .filter((f) => f.rule === 'section.length')
      .map((f) => `${f.message} [${f.cells.join(' ')}]`)

  it('counts every character but spaces and line breaks, against the limit set', () => {
    const text = '一'.repeat(600) + '\n  ' + '二'.repeat(401)
    expect(length({ sections: { ...gov.sections, overview: text } })).toEqual([])
    expect(length({ sections: { ...gov.sections, overview: text }, overviewLimit: 1000 })).toEqual([
      '“总体情况”部分共1001字，超过本地规定的1000字 [sections:overview meta:overviewLimit]'
    ])
    expect(length({ sections: { ...gov.sections, overview: text }, overviewLimit: 1001 })).toEqual([])
  })

  it('is a rule of the 2021 format only', () => {
    const long = { overview: '字'.repeat(50) }
    expect(length({ ...legacy, sections: { ...legacy.sections, ...long }, overviewLimit: 10 })).toEqual([])
  })
})

describe('收费及减免 in a report before 2019 (FEE-05)', () => {
  const fees = (r: typeof legacy) => checkReport(r).filter((f) => f.rule === 'fees.legacyPart')

  it('is missed in 荔湾 2014 (seed 000), which has no such part', () => {
    expect(fees(legacy).map((f) => f.message)).toEqual([
      '没有写政府信息公开的收费及减免情况（2007年条例第三十二条第（三）项）；没有收费也应写明'
    ])
  })

  it('is there with a part on it, or a sentence that nothing was charged', () => {
    for (const text of [
      '四、政府信息公开的收费及减免情况',
      '对申请人一律不收取任何费用。',
      '2018年，全市无向申请人进行收费的情况。'
    ])
      expect(fees({ ...legacy, sections: { ...legacy.sections, other: text } })).toEqual([])
  })
})

describe('requests counted in 条 in a report before 2019 (L-T-02)', () => {
  const unit = (overview: string) =>
    checkReport({ ...legacy, sections: { ...legacy.sections, requests: overview, other: '' } })
      .filter((f) => f.rule === 'prose.requestUnit')
      .map((f) => f.quote)

  it('finds 条 after a count of requests (seed 001) and a requests table in 条 (seed 000)', () => {
    expect(unit('全区共受理公民个人提出的政府信息公开申请42条,其中通过网上申请20条。')).toEqual([
      '受理公民个人提出的政府信息公开申请42条'
    ])
    expect(unit('附表2 依申请公开情况统计单位:条')).toEqual(['依申请公开情况统计单位:条'])
  })

  it('leaves 件 alone, and 条 of information', () => {
    expect(unit('共受理信息公开申请91件。主动公开政府信息6404条。')).toEqual([])
  })
})
