import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { loadFixture } from './fixtures'

const gov = loadFixture('valid-2021.json') // 某某市人民政府, 2024
const dept = loadFixture('seed002-jilin-commerce-2020.json') // 吉林省商务厅, 2020, 2019 format
const legacy = loadFixture('seed000-liwan-2014.json')

const pub = (base: typeof gov, edit: Partial<typeof gov>) =>
  checkReport({ ...structuredClone(base), ...edit })
    .filter((f) => f.rule.startsWith('meta.published'))
    .map((f) => `${f.rule} ${f.severity} ${f.message} [${f.cells.join(' ')}]`)

describe('publication date (PUB-01..03)', () => {
  it('says nothing while the date is unknown', () => {
    expect(pub(gov, {})).toEqual([])
  })

  it('refuses a date before the year is over (PUB-01, seed 001 dated 2016-12-30)', () => {
    expect(pub(gov, { published: '2024-12-30' })).toEqual([
      'meta.publishedEarly error 发布日期2024年12月30日早于2024年结束：年度报告总结的是2024年全年的工作，应在2025年1月1日以后发布 [meta:published]'
    ])
    expect(pub(gov, { published: '2025-01-01' })).toEqual([])
  })

  it('holds a 县级以上人民政府 to 3月31日 and a department to 1月31日 of the next year (PUB-02)', () => {
    expect(pub(gov, { published: '2025-03-31' })).toEqual([])
    expect(pub(gov, { published: '2025-04-01' })).toEqual([
      'meta.publishedLate warning 发布日期2025年4月1日晚于发布时限2025年3月31日（条例第四十九条：县级以上地方人民政府每年3月31日前） [meta:published]'
    ])
    expect(pub(dept, { published: '2021-01-31' })).toEqual([])
    expect(pub(dept, { published: '2021-02-01' })).toHaveLength(1)
  })

  it('holds reports before 2019 to the old 3月31日 for everyone (PUB-03)', () => {
    expect(pub(legacy, { published: '2015-03-31' })).toEqual([])
    expect(pub(legacy, { published: '2015-04-20' })[0]).toContain('原条例第三十一条')
    expect(pub(legacy, { published: '2014-12-31' })[0]).toContain('meta.publishedEarly')
  })

  it('uses the local rule when one is set, and none for a 乡镇 without one', () => {
    expect(pub(gov, { published: '2025-02-21', publishBy: '02-20' })).toEqual([
      'meta.publishedLate warning 发布日期2025年2月21日晚于发布时限2025年2月20日（本地规定） [meta:published meta:publishBy]'
    ])
    const town = {
      agency: '某某县某某镇人民政府',
      title: '某某县某某镇人民政府2024年政府信息公开工作年度报告'
    }
    expect(pub(gov, { ...town, published: '2025-06-30' })).toEqual([])
    expect(pub(gov, { ...town, published: '2025-06-30', publishBy: '02-20' })).toHaveLength(1)
  })

  it('ignores a date that is not a real one (the form refuses it at the field)', () => {
    expect(pub(gov, { published: '2024-02-30' })).toEqual([])
  })
})
