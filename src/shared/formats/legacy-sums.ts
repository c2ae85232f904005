// The equalities of the indicator tables before 2019 (template-legacy.md §3, “Sums [D]”; checks.md L-T-01).
// Families: A 广州 附表1–4, B the coded 上海-type form, C the national 统计表 of 国办发〔2014〕32号,
// D 莆田's cumulative table. Inequalities (02 ≤ 01, 主要负责同志参加 ≤ 总次数, channels ≥ total under the
// 计1条 rule) are not sums and are not here.
import type { IndicatorSum } from './types'

export const legacySums: IndicatorSum[] = [
  // 主动公开信息数 = Σ items 1–11 (A). D lists 政府网站/政府公报 under it: channels, which may overlap.
  { total: /^主动公开信息数/, partsLike: /组织机构|规章|规范性文件|动态类/, families: 'A' },
  { total: /^申请总数/, families: 'A B' },
  { total: /^受理依申请公开信息总数/, families: 'D' },
  { total: /^(?:本年度)?对申请的答复总数/, families: 'A B D' },
  { total: /^否决公开答复总数/, families: 'B D' },
  { total: /^收到申请数/, families: 'C' },
  { total: /^申请办结数/, families: 'C' },
  { total: /^申请答复数/, families: 'C' },
  { total: /^不同意公开答复数/, families: 'C' },
  { total: /^从事政府信息公开工作人员数/, families: 'C' }
]
