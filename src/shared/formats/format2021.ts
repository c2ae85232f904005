// 国办公开办函〔2021〕30号: reports on 2021 and later (template-2021.md).
import { activeTable, ref, reviewTable, terms } from './build'
import { requestTableWith } from './requests'
import {
  commonProse,
  requestsIn,
  decisionProse,
  documentProse,
  feesProse,
  madeProse,
  normativeDocs,
  outcomeProse,
  regulations
} from './prose'
import { statutorySections } from './sections'
import { activeSummary2021, requestsSummary, reviewSummary } from './summaries'
import type { FormatDecl, Identity } from './types'

const requests = requestTableWith({
  group: '（六）其他处理',
  items: [
    { key: 'r6_1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
    { key: 'r6_2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
    { key: 'r6_3', label: '3.其他' }
  ]
})

const review = reviewTable()

const active = activeTable([
  {
    heading: '第二十条第（一）项',
    columns: [{ label: '本年制发件数' }, { label: '本年废止件数' }, { label: '现行有效件数' }],
    rows: [
      { label: '规章', keys: ['reg.made', 'reg.repealed', 'reg.valid'] },
      { label: '行政规范性文件', keys: ['norm.made', 'norm.repealed', 'norm.valid'] }
    ]
  },
  {
    heading: '第二十条第（五）项',
    columns: [{ label: '本年处理决定数量', span: 3 }],
    rows: [{ label: '行政许可', keys: ['licence.decisions'] }]
  },
  {
    heading: '第二十条第（六）项',
    columns: [{ label: '本年处理决定数量', span: 3 }],
    rows: [
      { label: '行政处罚', keys: ['penalty.decisions'] },
      { label: '行政强制', keys: ['coercion.decisions'] }
    ]
  },
  {
    heading: '第二十条第（八）项',
    columns: [{ label: '本年收费金额（单位：万元）', span: 3 }],
    rows: [
      {
        label: '行政事业性收费',
        keys: [{ key: 'fees.amount', domain: { kind: 'money', unit: '万元', maxDecimals: 4 } }]
      }
    ]
  }
])

// Table 二's continuity across years (F7, X2). X2 is a warning: 失效/清理 outside 废止 and 机构改革 break it.
const activeIdentities: Identity[] = [
  { item: 'reg', label: '规章' },
  { item: 'norm', label: '行政规范性文件' }
].flatMap(({ item, label }): Identity[] => [
  {
    rule: 'active.repealBound',
    code: 'T2-01',
    severity: 'warning',
    relation: '<=',
    where: `表二“${label}”行`,
    left: { label: '本年废止件数', terms: terms('active', [`${item}.repealed`]) },
    right: {
      label: '上年现行有效件数+本年制发件数',
      terms: [{ cell: ref('active', `${item}.valid`), last: true }, ...terms('active', [`${item}.made`])]
    }
  },
  {
    rule: 'active.validContinuity',
    code: 'XY-02',
    severity: 'warning',
    relation: '=',
    where: `表二“${label}”行`,
    left: { label: '现行有效件数', terms: terms('active', [`${item}.valid`]) },
    right: {
      label: '上年现行有效件数+本年制发件数−本年废止件数',
      terms: [
        { cell: ref('active', `${item}.valid`), last: true },
        ...terms('active', [`${item}.made`]),
        { cell: ref('active', `${item}.repealed`), sign: -1 }
      ]
    }
  }
])

export const format2021: FormatDecl = {
  id: '2021',
  source: '国办公开办函〔2021〕30号',
  name: '2021年版格式',
  shortName: '2021版',
  years: { from: 2021 },
  sections: statutorySections,
  tables: [active, requests.table, review.table],
  identities: [...requests.identities, ...review.identities, ...activeIdentities],
  prose: [
    ...commonProse,
    outcomeProse('其他处理', ['r6_1.tot', 'r6_2.tot', 'r6_3.tot'], '表三“（六）其他处理”各项“总计”列之和'),
    madeProse('制发规章', '规章', 'reg.made'),
    madeProse('制发行政规范性文件', '(?:行政)?规范性文件', 'norm.made'),
    ...[
      { item: '规章', cell: 'reg', doc: regulations },
      { item: '行政规范性文件', cell: 'norm', doc: normativeDocs }
    ].flatMap(({ item, cell, doc }) => [
      documentProse(`废止${item}`, `${cell}.repealed`, doc, { verb: '废止', bare: '废止' }),
      documentProse(`现行有效${item}`, `${cell}.valid`, doc, {
        verb: '现行有效(?:的)?',
        bare: '现行有效(?:的)?(?:件数)?'
      })
    ]),
    decisionProse('行政许可', '行政许可', 'licence.decisions'),
    decisionProse('行政处罚', '行政处罚', 'penalty.decisions'),
    decisionProse('行政强制', '行政强制', 'coercion.decisions'),
    feesProse
  ],
  requestsIn,
  requiresFees: true,
  feeLapsedCell: ref('requests', 'r6_2.tot'),
  summaries: [activeSummary2021, requestsSummary, reviewSummary],
  indicatorSums: []
}
