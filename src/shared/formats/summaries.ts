// Tables 二, 三 and 四 in words, as 生成文字说明 writes them beside each table. Tables 三 and 四 read the
// same in 2019 and 2021 (the （六） rows differ, and `r6*` covers both); table 二 is each format's own.
// The words follow the tables' printed labels, so the prose checks (NAR-01..04) read them back as the
// table's own figures.
import type { TableSummary } from './types'

const org = ['new.biz', 'new.sci', 'new.npo', 'new.law', 'new.oth']

export const requestsSummary: TableSummary = {
  table: 'requests',
  sentences: [
    {
      text: '本年新收政府信息公开申请{new.tot}件，上年结转{carry.tot}件。',
      zeroIf: ['new.tot', 'carry.tot'],
      none: '本年未收到政府信息公开申请，也没有上年结转的申请。'
    },
    {
      text: '新收申请中，{list}。',
      list: [
        { label: '自然人提出', keys: ['new.np'] },
        { label: '法人或其他组织提出', keys: org }
      ],
      zeroIf: ['new.tot']
    },
    {
      text: '本年办结申请{r7.tot}件，其中{list}。',
      list: [
        { label: '予以公开', keys: ['r1.tot'] },
        { label: '部分公开', keys: ['r2.tot'] },
        { label: '不予公开', keys: ['r3_*.tot'] },
        { label: '无法提供', keys: ['r4_*.tot'] },
        { label: '不予处理', keys: ['r5_*.tot'] },
        { label: '其他处理', keys: ['r6*.tot'] }
      ],
      zeroIf: ['r7.tot']
    },
    { text: '结转下年度继续办理{next.tot}件。', zeroIf: ['next.tot'] }
  ]
}

const results = (block: string[]) => [
  { label: '结果维持', keys: block.map((b) => `${b}.keep`) },
  { label: '结果纠正', keys: block.map((b) => `${b}.fix`) },
  { label: '其他结果', keys: block.map((b) => `${b}.other`) },
  { label: '尚未审结', keys: block.map((b) => `${b}.pending`) }
]

export const reviewSummary: TableSummary = {
  table: 'review',
  sentences: [
    {
      // The statute's words (条例第五十条（三）): 因政府信息公开工作被申请行政复议.
      text: '本年因政府信息公开工作被申请行政复议{rev.total}件，其中{list}。',
      list: results(['rev']),
      zeroIf: ['rev.total'],
      none: '本年未发生因政府信息公开工作被申请行政复议的情况。',
      formerly: [{ now: '信息公开工作', was: '信息公开' }]
    },
    {
      text: '被提起行政诉讼{lit1.total+lit2.total}件，其中{list}。',
      list: [
        { label: '未经复议直接起诉', keys: ['lit1.total'] },
        { label: '复议后起诉', keys: ['lit2.total'] }
      ],
      zeroIf: ['lit1.total', 'lit2.total'],
      none: '本年未发生因政府信息公开工作被提起行政诉讼的情况。',
      formerly: [{ now: '信息公开工作', was: '信息公开' }]
    },
    { text: '行政诉讼中，{list}。', list: results(['lit1', 'lit2']), zeroIf: ['lit1.total', 'lit2.total'] }
  ]
}

export const activeSummary2021: TableSummary = {
  table: 'active',
  sentences: [
    {
      text: '本年制发规章{reg.made}件，废止{reg.repealed}件，现行有效规章{reg.valid}件。',
      zeroIf: ['reg.*']
    },
    {
      text: '本年制发行政规范性文件{norm.made}件，废止{norm.repealed}件，现行有效行政规范性文件{norm.valid}件。',
      zeroIf: ['norm.*']
    },
    {
      text: '本年{list}。',
      list: [
        { label: '作出行政许可决定', keys: ['licence.decisions'] },
        { label: '作出行政处罚决定', keys: ['penalty.decisions'] },
        { label: '作出行政强制决定', keys: ['coercion.decisions'] }
      ]
    },
    { text: '本年行政事业性收费金额{fees.amount}万元。', zeroIf: ['fees.amount'] }
  ]
}

export const activeSummary2019: TableSummary = {
  table: 'active',
  sentences: [
    {
      text: '本年新制作规章{reg.newMade}件，新公开规章{reg.newPublished}件，对外公开规章总数{reg.totalPublished}件。',
      zeroIf: ['reg.*']
    },
    {
      text: '本年新制作规范性文件{norm.newMade}件，新公开规范性文件{norm.newPublished}件，对外公开规范性文件总数{norm.totalPublished}件。',
      zeroIf: ['norm.*']
    },
    {
      text: '本年{list}。',
      list: [
        { label: '作出行政许可处理决定', keys: ['licence.decisions'] },
        { label: '作出其他对外管理服务事项处理决定', keys: ['otherService.decisions'] },
        { label: '作出行政处罚决定', keys: ['penalty.decisions'] },
        { label: '作出行政强制决定', keys: ['coercion.decisions'] }
      ]
    },
    {
      text: '行政事业性收费项目上一年{fees.lastYear}项，本年{±fees.change}。',
      unit: '项',
      zeroIf: ['fees.*']
    },
    {
      text: '本年政府集中采购项目{procurement.projects}个，采购总金额{procurement.amount}。',
      zeroIf: ['procurement.*']
    }
  ]
}
