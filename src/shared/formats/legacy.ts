// Reports on 2008–2018: no national format (template-legacy.md). Sections are kept as text and the
// 附表 indicators as found, so there are no statutory tables or identities to declare; the indicator
// tables' own sums are read from that text.
import { legacySums } from './legacy-sums'
import type { FormatDecl } from './types'

export const formatLegacy: FormatDecl = {
  id: 'legacy',
  source: '《中华人民共和国政府信息公开条例》（国务院令第492号）第三十二条',
  name: '2019年以前的格式',
  shortName: '2019年以前',
  years: { from: 2008, to: 2018 },
  sections: [
    {
      id: 'overview',
      number: '一',
      heading: '一、概述',
      aliases: ['总体情况', '基本情况', '信息公开概述'],
      hints: []
    },
    {
      id: 'active',
      number: '二',
      heading: '二、主动公开政府信息情况',
      aliases: ['主动公开情况', '政府信息主动公开情况', '主动公开政府信息的情况'],
      hints: []
    },
    {
      id: 'requests',
      number: '三',
      heading: '三、依申请公开政府信息和不予公开政府信息情况',
      aliases: [
        '依申请公开情况',
        '依申请公开政府信息情况',
        '政府信息依申请公开情况',
        '政府信息依申请公开办理情况'
      ],
      hints: []
    },
    {
      id: 'review',
      number: '四',
      heading: '四、因政府信息公开申请行政复议、提起行政诉讼情况',
      aliases: ['行政复议、行政诉讼情况', '复议、诉讼和申诉情况', '复议、诉讼情况'],
      hints: []
    },
    {
      id: 'problems',
      number: '五',
      heading: '五、政府信息公开工作存在的主要问题及改进情况',
      aliases: [
        '存在的主要问题及改进情况',
        '问题和改进措施',
        '存在的主要问题和改进措施',
        '政府信息公开工作存在的主要问题及改进措施'
      ],
      hints: []
    },
    {
      id: 'other',
      number: '六',
      heading: '六、其他需要报告的事项',
      aliases: ['其他需要报告的事项', '说明与附表'],
      hints: []
    }
  ],
  tables: [],
  identities: [],
  prose: [],
  requiresFees: false,
  summaries: [],
  indicatorSums: legacySums
}
