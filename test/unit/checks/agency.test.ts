import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { agencyKindOf } from '@shared/model/agency'
import { loadFixture } from './fixtures'

describe('a 人民政府 and what 第五十条(四) asks of it (STR-07)', () => {
  it('is known by its name at every level, 乡镇 and 政府 without 人民 too; its 办公室 is a department', () => {
    for (const name of ['某某县某某镇人民政府', '某某县某某镇政府', '某某市政府', '某某乡人民政府 '])
      expect(agencyKindOf(name), name).toBe('government')
    for (const name of ['某某市人民政府办公室', '某某省人民政府办公厅', '某某县教育局'])
      expect(agencyKindOf(name), name).toBe('department')
  })

  it('finds 责任追究 written the other way round (未发生被追究责任的情况)', () => {
    const report = loadFixture('valid-2021.json')
    report.sections.overview = report.sections.overview.replace(
      '将政务公开纳入年度绩效工作考核，开展社会评议，全年未发生责任追究情况。',
      '县政府对我镇政务公开工作进行了考核，群众评议良好。本镇未发生因政府信息公开工作被追究责任的情况。'
    )
    expect(checkReport(report).filter((f) => f.rule === 'section.governmentDuties')).toEqual([])
    report.sections.overview = report.sections.overview.replace(
      '本镇未发生因政府信息公开工作被追究责任的情况。',
      ''
    )
    expect(checkReport(report).find((f) => f.rule === 'section.governmentDuties')?.message).toMatch(
      /未找到：责任追究$/
    )
  })
})
