import { describe, expect, it } from 'vitest'
import { matches } from '@renderer/home/search'

const d = (agency: string, year: number) => ({
  agency,
  year,
  title: `${agency}${year}年政府信息公开工作年度报告`
})

describe('搜索 on the home list', () => {
  const drafts = [
    d('淮安市住房和城乡建设局', 2024),
    d('淮安市住房和城乡建设局', 2023),
    d('淮安市交通运输局', 2024),
    d('洪泽区人民政府', 2024)
  ]
  const found = (q: string) => drafts.filter((x) => matches(x, q)).map((x) => `${x.agency}${x.year}`)

  it('finds by part of the agency’s name, by year, and by both apart by a space', () => {
    expect(found('住房')).toEqual(['淮安市住房和城乡建设局2024', '淮安市住房和城乡建设局2023'])
    expect(found('2023')).toEqual(['淮安市住房和城乡建设局2023'])
    expect(found('住房 2024')).toEqual(['淮安市住房和城乡建设局2024'])
    expect(found('2024年度 交通')).toEqual(['淮安市交通运输局2024'])
    expect(found('工作年度报告')).toHaveLength(4)
  })

  it('reads full-width digits and spaces as typed with a Chinese IME', () => {
    expect(found('２０２３')).toEqual(['淮安市住房和城乡建设局2023'])
    expect(found('洪泽　2024')).toEqual(['洪泽区人民政府2024'])
    expect(found('洪 泽区')).toEqual(['洪泽区人民政府2024'])
    expect(found('  ')).toHaveLength(4)
    expect(found('住建局')).toEqual([])
  })
})
