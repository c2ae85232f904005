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
    ['某某市交通运输局', 'department'],
    // A national body's local offices, named under it.
    ['国家税务总局某某市某某区税务局', 'department'],
    ['中国人民银行某某市分行', 'department'],
    ['国家税务总局广西壮族自治区税务局', 'department'],
    ['国家税务总局阿里地区税务局', 'department'],
    ['中国证券监督管理委员会北京监管局', 'department'],
    ['国家统计局北京调查总队', 'department'],
    ['中华人民共和国上海海关', 'department']
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
    ['教育部', 'department'],
    ['国家市场监督管理总局', 'department'],
    ['国家乡村振兴局', 'department'],
    ['中华人民共和国海关总署', 'department'],
    ['中国证券监督管理委员会', 'department']
  ] as const)('%s: has it, not flagged', (agency, kind) => expect(flagged(agency, kind)).toBe(false))
})

describe('a 万元 figure that suggests 元 typed (VAL-04), for a county or below', () => {
  const suspicious = (agency: string): boolean => {
    const r = { ...sampleReport(), agency, title: '' }
    r.tables.active['fees.amount'] = 20000
    return checkReport(r).some((f) => f.rule === 'cell.moneyUnit')
  }

  it.each(['某某县财政局', '某某市某某区教育局', '某某镇人民政府', '某某街道办事处'])('%s: said', (agency) =>
    expect(suspicious(agency)).toBe(true)
  )

  it.each(['某某市住房和城乡建设局', '某某省乡村振兴局', '某某市社区工作委员会', '广西壮族自治区财政厅'])(
    '%s: a city or above, whatever its name holds: not said',
    (agency) => expect(suspicious(agency)).toBe(false)
  )
})

describe('the 万元 figure in 亿 (VAL-04 message)', () => {
  it('says it exactly, never rounded to a figure it is not (99999.9999万元 is 9.99999999亿元)', () => {
    const r = { ...sampleReport(), agency: '某某县财政局', title: '' }
    r.tables.active['fees.amount'] = 99999.9999
    const f = checkReport(r).find((x) => x.rule === 'cell.moneyUnit')
    expect(f?.message).toContain('为99999.9999万元，即9.99999999亿元')
  })
})
