// 国办公开办函〔2019〕60号 《…年度报告格式（试行）》: reports on 2019 and 2020 (template-2019.md).
import { activeTable, ref, reviewTable, terms } from './build'
import { requestTableWith } from './requests'
import {
  commonProse,
  requestsIn,
  decisionProse,
  documentProse,
  feeChangeProse,
  itemChangeProse,
  feeItemsProse,
  normativeDocs,
  outcomeProse,
  procurementAmountProse,
  procurementProse,
  regulations
} from './prose'
import { statutorySections } from './sections'
import { activeSummary2019, requestsSummary, reviewSummary } from './summaries'
import type { CellDomain, FormatDecl, Identity } from './types'

const requests = requestTableWith({ key: 'r6', label: '（六）其他处理' })

const review = reviewTable()

const signed: CellDomain = { kind: 'signed' }
const itemColumns = [{ label: '上一年项目数量' }, { label: '本年增/减' }, { label: '处理决定数量' }]
const itemRow = (label: string, item: string) => ({
  label,
  keys: [`${item}.lastYear`, { key: `${item}.change`, domain: signed }, `${item}.decisions`]
})

/** The rows of 表二 that count items: 上一年项目数量 and 本年增/减. */
const ITEMS = [
  { item: 'licence', label: '行政许可' },
  { item: 'otherService', label: '其他对外管理服务事项' },
  { item: 'penalty', label: '行政处罚' },
  { item: 'coercion', label: '行政强制' },
  { item: 'fees', label: '行政事业性收费' }
]

const active = activeTable([
  {
    heading: '第二十条第（一）项',
    columns: [{ label: '本年新制作数量' }, { label: '本年新公开数量' }, { label: '对外公开总数量' }],
    rows: [
      { label: '规章', keys: ['reg.newMade', 'reg.newPublished', 'reg.totalPublished'] },
      { label: '规范性文件', keys: ['norm.newMade', 'norm.newPublished', 'norm.totalPublished'] }
    ]
  },
  {
    heading: '第二十条第（五）项',
    columns: itemColumns,
    rows: [itemRow('行政许可', 'licence'), itemRow('其他对外管理服务事项', 'otherService')]
  },
  {
    heading: '第二十条第（六）项',
    columns: itemColumns,
    rows: [itemRow('行政处罚', 'penalty'), itemRow('行政强制', 'coercion')]
  },
  {
    heading: '第二十条第（八）项',
    columns: [{ label: '上一年项目数量' }, { label: '本年增/减', span: 2 }],
    rows: [{ label: '行政事业性收费', keys: ['fees.lastYear', { key: 'fees.change', domain: signed }] }]
  },
  {
    heading: '第二十条第（九）项',
    columns: [{ label: '采购项目数量' }, { label: '采购总金额', span: 2 }],
    rows: [
      {
        label: '政府集中采购',
        keys: [
          'procurement.projects',
          { key: 'procurement.amount', domain: { kind: 'amount', unitKey: 'procurement.amountUnit' } }
        ]
      }
    ]
  }
])

const DOCUMENTS = [
  { item: 'reg', label: '规章' },
  { item: 'norm', label: '规范性文件' }
]

const activeIdentities: Identity[] = [
  // T2-03 per row, and beside it (template-2019 §2) 对外公开总数量 as the running total it most often is,
  // which cannot fall from one year to the next: a warning, as some agencies print this year's count there.
  ...DOCUMENTS.flatMap(({ item, label }): Identity[] => [
    {
      rule: 'active.publishedBound',
      code: 'T2-03',
      severity: 'error',
      relation: '<=',
      where: `表二“${label}”行`,
      left: { label: '本年新公开数量', terms: terms('active', [`${item}.newPublished`]) },
      right: { label: '对外公开总数量', terms: terms('active', [`${item}.totalPublished`]) }
    },
    {
      rule: 'active.publishedCumulative',
      code: 'T2-03',
      severity: 'warning',
      relation: '<=',
      where: `表二“${label}”行`,
      left: {
        label: '上年报告的对外公开总数量',
        terms: [{ cell: ref('active', `${item}.totalPublished`), last: true }]
      },
      right: { label: '本年对外公开总数量', terms: terms('active', [`${item}.totalPublished`]) },
      note: '对外公开总数量为累计数的，不会少于上年'
    }
  ]),
  // This year's items are 上一年项目数量 + 本年增/减 (template-2019 §2): a count, never below 0.
  ...ITEMS.map(({ item, label }): Identity => ({
    rule: 'active.itemsNonNegative',
    code: 'T2-05',
    severity: 'warning',
    relation: '<=',
    where: `表二“${label}”行`,
    left: { label: '本年减少的项目数', terms: [{ cell: ref('active', `${item}.change`), sign: -1 }] },
    right: { label: '上一年项目数量', terms: terms('active', [`${item}.lastYear`]) }
  })),
  // XY-03: this year's 上一年项目数量 continues last year's count and change.
  ...ITEMS.map(({ item, label }): Identity => ({
    rule: 'active.itemContinuity',
    code: 'XY-03',
    severity: 'warning',
    relation: '=',
    where: `表二“${label}”行`,
    left: { label: '上一年项目数量', terms: terms('active', [`${item}.lastYear`]) },
    right: {
      label: '上年报告的上一年项目数量+本年增/减',
      terms: [
        { cell: ref('active', `${item}.lastYear`), last: true },
        { cell: ref('active', `${item}.change`), last: true }
      ]
    }
  }))
]

export const format2019: FormatDecl = {
  id: '2019',
  source: '国办公开办函〔2019〕60号',
  name: '2019年版格式',
  shortName: '2019版',
  years: { from: 2019, to: 2020 },
  // The five topics of 总体情况 are the 2021 format's (一（一）, STR-06); the 2019 format names none.
  sections: statutorySections.map((s) => (s.id === 'overview' ? { ...s, hints: [] } : s)),
  tables: [active, requests.table, review.table],
  identities: [...requests.identities, ...review.identities, ...activeIdentities],
  prose: [
    ...commonProse,
    outcomeProse('其他处理', ['r6.tot']),
    // 表二 第（一）项 by its 2019 columns: 本年新制作数量, 本年新公开数量, 对外公开总数量.
    ...[
      { item: '规章', cell: 'reg', doc: regulations },
      { item: '规范性文件', cell: 'norm', doc: normativeDocs }
    ].flatMap(({ item, cell, doc }) => [
      documentProse(`新制作${item}`, `${cell}.newMade`, doc, {
        verb: '(?:新制作|新制定|制作|制定|制发|出台|印发)',
        bare: '(?:新)?制(?:作|定|发)'
      }),
      documentProse(`新公开${item}`, `${cell}.newPublished`, doc, { verb: '新公开', bare: '新公开' }),
      documentProse(`对外公开${item}总数`, `${cell}.totalPublished`, doc, {
        verb: '对外公开(?:的)?',
        tail: '(?:总数量?|总计)?',
        bare: '对外公开(?:的)?总数量?'
      })
    ]),
    decisionProse('行政许可', '行政许可', 'licence.decisions'),
    decisionProse('其他对外管理服务事项', '其他对外管理服务事项', 'otherService.decisions'),
    decisionProse('行政处罚', '行政处罚', 'penalty.decisions'),
    decisionProse('行政强制', '行政强制', 'coercion.decisions'),
    feeItemsProse,
    ...itemChangeProse,
    feeChangeProse,
    procurementProse,
    procurementAmountProse
  ],
  requestsIn,
  requiresFees: false,
  feesPrematureYear: 2020,
  summaries: [activeSummary2019, requestsSummary, reviewSummary],
  indicatorSums: []
}
