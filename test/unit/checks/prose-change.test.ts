// The 2019 表二's signed 本年增/减 in words: 本年增减-1项 as the table prints it, 减少3项 of each row that has
// the column, held to that row's cell.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { loadFixture } from './fixtures'

// valid-2019: 本年增/减 行政许可 +5, 其他对外管理服务事项 −2, 行政处罚 0, 行政强制 +1, 行政事业性收费 −1.
function said(sentence: string): { message: string; cells: string[] }[] {
  const r = loadFixture('valid-2019.json')
  r.sections.active = `${r.sections.active}\n${sentence}`
  return checkReport(r)
    .filter((f) => f.rule === 'prose.quantity')
    .map(({ message, cells }) => ({ message, cells }))
}
const cellsOf = (sentence: string) =>
  said(sentence).flatMap((f) => f.cells.filter((c) => c.endsWith('.change')))

describe('本年增/减 in words (2019)', () => {
  it.each([
    ['行政事业性收费项目上一年10项，本年增减-1项。', []],
    ['行政事业性收费项目上一年10项，本年增/减-1项。', []],
    ['行政事业性收费项目本年增减为-2项。', ['active:fees.change']],
    ['行政事业性收费项目本年增减+1项。', ['active:fees.change']],
    ['行政事业性收费项目本年增减－1项。', []],
    ['行政事业性收费项目本年增减−2项。', ['active:fees.change']],
    ['行政许可事项本年增减＋5项。', []],
    ['行政事业性收费项目本年增减0项。', ['active:fees.change']],
    ['行政许可事项本年增加5项。', []],
    ['行政许可事项减少3项。', ['active:licence.change']],
    ['行政许可事项上一年120项，本年增加6项。', ['active:licence.change']],
    ['行政许可事项本年增减+5项，其他对外管理服务事项减少2项。', []],
    ['其他对外管理服务事项本年增减-3项。', ['active:otherService.change']],
    ['行政处罚事项本年增减0项，行政强制事项增加1项。', []],
    ['行政处罚事项增加1项。', ['active:penalty.change']],
    ['行政强制事项本年增/减：-1项。', ['active:coercion.change']]
  ])('%s → %j', (sentence, cells) => {
    expect(cellsOf(sentence)).toEqual(cells)
  })

  it('names the words and the signed cell', () => {
    expect(said('行政许可事项减少3项。').map((f) => f.message)).toEqual([
      expect.stringMatching(/写“减少3项”.*表二“行政许可”行.*本年增\/减.*5/)
    ])
  })

  // Not surely the row's net change: unsigned 增减, a cancellation, another thing's rise, another row's words.
  it.each([
    '行政事业性收费项目本年增减1项。',
    '行政事业性收费项目本年增减2项。',
    '行政许可事项本年增减3项。',
    '取消行政许可事项3项。',
    '行政许可事项网上可办率比上年增加5个百分点。',
    '行政许可事项全部进驻政务服务中心，窗口减少3个。',
    '作出行政许可处理决定800件，比上年增加50件。',
    '行政处罚裁量基准细化后，执法人员减少3个。'
  ])('%s: nothing', (sentence) => {
    expect(cellsOf(sentence)).toEqual([])
  })
})

// valid-2019 表二: 行政事业性收费 上一年10项, 本年增/减 −1; 政府集中采购 15 projects.
describe('表二 counts of the 2019 format in Chinese numerals', () => {
  const cells = (sentence: string) =>
    said(sentence).flatMap((f) => f.cells.filter((c) => c.startsWith('active:')))

  it.each([
    ['行政事业性收费项目上一年十项，本年减少一项。', []],
    ['行政事业性收费项目上一年十二项，本年减少一项。', ['active:fees.lastYear']],
    // a fall in words is a fall, as in digits: 增加一项 is +1 against −1
    ['行政事业性收费项目上一年十项，本年增加一项。', ['active:fees.change']],
    ['行政事业性收费项目上一年十项，本年减少两项。', ['active:fees.change']],
    ['行政许可事项本年增加五项。', []],
    ['行政许可事项减少三项。', ['active:licence.change']],
    ['政府集中采购项目十五项。', []],
    ['政府集中采购项目十六项。', ['active:procurement.projects']]
  ])('%s → %j', (sentence, found) => {
    expect(cells(sentence)).toEqual(found)
  })

  it('names the words as written', () => {
    expect(said('行政事业性收费项目上一年十项，本年减少两项。').map((f) => f.message)).toEqual([
      expect.stringMatching(/写“[^”]*减少两项”.*本年增\/减.*-1/)
    ])
  })

  // Set phrases and 个 (两个方面) are no count, as nowhere else.
  it.each([
    '行政事业性收费项目上一年一项一策管理。',
    '政府集中采购项目一站式办理，做到一件一档。',
    '政府集中采购两个批次完成。',
    '行政许可事项减少一次性告知材料。'
  ])('%s: nothing', (sentence) => {
    expect(cells(sentence)).toEqual([])
  })
})
