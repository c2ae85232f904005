// T2-02: 规章 figures from a body the 立法法 gives no power to make them.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import type { AgencyKind } from '@shared/model/report'
import { sampleReport } from '@shared/sample'

const flagged = (agency: string, agencyKind: AgencyKind): boolean => {
  const r = { ...sampleReport(), agency, agencyKind, title: '' }
  r.tables.active['reg.made'] = 2
  return checkReport(r).some((f) => f.rule === 'active.regulations')
}

describe('规章 from a body without rule-making power', () => {
  it.each([
    ['某某县人民政府', 'government'],
    ['某某市某某区人民政府', 'government'],
    ['某某镇人民政府', 'government'],
    ['某某省教育厅', 'department'],
    ['某某市交通运输局', 'department']
  ] as const)('%s: flagged', (agency, kind) => expect(flagged(agency, kind)).toBe(true))

  it.each([
    ['广西壮族自治区人民政府', 'government'],
    ['某某省人民政府', 'government'],
    ['某某市人民政府', 'government'],
    ['某某自治州人民政府', 'government'],
    ['海关总署', 'department'],
    ['中国人民银行', 'department'],
    ['审计署', 'department'],
    ['国家税务总局', 'department'],
    ['教育部', 'department']
  ] as const)('%s: has it, not flagged', (agency, kind) => expect(flagged(agency, kind)).toBe(false))
})
