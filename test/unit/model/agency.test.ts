// Whether two reports are one agency's, as the cross-year checks, 新建报告 and the home list ask it.
import { describe, expect, it } from 'vitest'
import { agencyMatch, bare } from '@shared/model/agency'
import { twinKey } from '@renderer/home/twins'

describe('one agency’s name, however its punctuation was typed', () => {
  it('takes full-width and half-width brackets, slashes and a trailing full stop as one name', () => {
    const pairs = [
      ['洪泽区住房和城乡建设局(区人民防空办公室)', '洪泽区住房和城乡建设局（区人民防空办公室）'],
      ['中共某某县委/县政府办公室', '中共某某县委／县政府办公室'],
      ['某某区行政审批局.', '某某区行政审批局'],
      ['某某区行政审批局．', '某某区行政审批局'],
      ['某某区行政审批局。 ', '某某区　行政审批局']
    ]
    for (const [a, b] of pairs) expect([a, agencyMatch(a, b)]).toEqual([a, 0])
    // …and with the city above it one year and not the other
    expect(
      agencyMatch(
        '淮安市洪泽区住房和城乡建设局（区人民防空办公室）',
        '洪泽区住房和城乡建设局(区人民防空办公室)'
      )
    ).toBe(1)
    // …or the 区 or 县 above a 乡镇 or 街道
    expect(agencyMatch('滨江区东风镇人民政府', '东风镇人民政府')).toBe(1)
    expect(agencyMatch('清河市滨江区东风镇人民政府', '东风镇人民政府')).toBe(1)
    expect(agencyMatch('某某自治县某某乡人民政府', '某某乡人民政府')).toBe(1)
    expect(agencyMatch('某某区某某街道办事处', '某某街道办事处')).toBe(1)
    expect(twinKey({ agency: '中共某某县委／县政府办公室。', year: 2024 })).toBe(
      twinKey({ agency: '中共某某县委/县政府办公室', year: 2024 })
    )
  })

  it('still tells other names and other years apart', () => {
    expect(agencyMatch('某某局(一)', '某某局(二)')).toBeUndefined()
    expect(agencyMatch('某某局', '某某厅')).toBeUndefined()
    // a place's 人民政府 is not any other's, nor a 乡镇 one of another 区
    expect(agencyMatch('滨江区人民政府', '人民政府')).toBeUndefined()
    expect(agencyMatch('滨江区东风镇人民政府', '区东风镇人民政府')).toBeUndefined()
    expect(agencyMatch('滨江区东风镇人民政府', '西湖区东风镇人民政府')).toBeUndefined()
    // a county's department cut to its kind of office could be the city's or any district's
    expect(agencyMatch('某某县交通运输局', '交通运输局')).toBeUndefined()
    // …nor one with 乡 or 镇 in its words
    expect(agencyMatch('洪泽区住房和城乡建设局', '住房和城乡建设局')).toBeUndefined()
    expect(agencyMatch('某某区城镇管理局', '城镇管理局')).toBeUndefined()
    expect(twinKey({ agency: '某某局', year: 2023 })).not.toBe(twinKey({ agency: '某某局', year: 2024 }))
    // only the end's full stop goes: one inside the name stays
    expect(bare('某.某局')).toBe('某.某局')
  })
})
