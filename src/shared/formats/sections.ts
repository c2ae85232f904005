import type { SectionDecl } from './types'

// The six headings are the same in the 2019 and 2021 formats (template-2019.md §1).
export const statutorySections: SectionDecl[] = [
  {
    id: 'overview',
    number: '一',
    heading: '一、总体情况',
    aliases: ['总体情况', '概述'],
    hints: ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'],
    governmentHints: ['工作考核、社会评议和责任追究结果情况']
  },
  {
    id: 'active',
    number: '二',
    heading: '二、主动公开政府信息情况',
    aliases: ['主动公开情况'],
    hints: ['表二按《条例》第二十条各项填写；没有发生的填 0，不要留空或填“/”。'],
    table: 'active'
  },
  {
    id: 'requests',
    number: '三',
    heading: '三、收到和处理政府信息公开申请情况',
    aliases: ['收到和处理政府信息公开申请的情况', '依申请公开情况'],
    hints: [
      '第一项加第二项之和，等于第三项加第四项之和（勾稽关系）。',
      '区分处理的申请只计入“（二）部分公开”，不计其他情形。'
    ],
    table: 'requests'
  },
  {
    id: 'review',
    number: '四',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    aliases: [
      '因政府信息公开工作被申请行政复议和提起行政诉讼情况',
      '政府信息公开行政复议及行政诉讼情况',
      '政府信息公开行政复议和行政诉讼情况'
    ],
    hints: ['总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。'],
    table: 'review'
  },
  {
    id: 'problems',
    number: '五',
    heading: '五、存在的主要问题及改进情况',
    aliases: [
      '存在的主要问题和改进措施',
      '存在问题及改进情况',
      '存在的主要问题及改进措施',
      '存在的问题及改进情况'
    ],
    hints: ['本年度存在的主要问题、上一年度报告所列问题的整改情况和下一年度的改进措施；不能只写“无”。']
  },
  {
    id: 'other',
    number: '六',
    heading: '六、其他需要报告的事项',
    aliases: ['其他需要报告的事项', '其他事项'],
    hints: []
  }
]
