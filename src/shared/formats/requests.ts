// Table 三 as both formats print it: the rows up to （五） did not change in 2021; only （六）其他处理 did
// (one row in 2019, three in 2021). Each format declaration passes its own （六）.
import { requestTable } from './build'
import type { RequestRow } from './build'

export function requestTableWith(other: RequestRow) {
  return requestTable({
    note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    inputs: [
      { key: 'new', label: '一、本年新收政府信息公开申请数量' },
      { key: 'carry', label: '二、上年结转政府信息公开申请数量' }
    ],
    outcomes: {
      heading: '三、本年度办理结果',
      rows: [
        { key: 'r1', label: '（一）予以公开' },
        { key: 'r2', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
        {
          group: '（三）不予公开',
          items: [
            { key: 'r3_1', label: '1.属于国家秘密' },
            { key: 'r3_2', label: '2.其他法律行政法规禁止公开' },
            { key: 'r3_3', label: '3.危及“三安全一稳定”' },
            { key: 'r3_4', label: '4.保护第三方合法权益' },
            { key: 'r3_5', label: '5.属于三类内部事务信息' },
            { key: 'r3_6', label: '6.属于四类过程性信息' },
            { key: 'r3_7', label: '7.属于行政执法案卷' },
            { key: 'r3_8', label: '8.属于行政查询事项' }
          ]
        },
        {
          group: '（四）无法提供',
          items: [
            { key: 'r4_1', label: '1.本机关不掌握相关政府信息' },
            { key: 'r4_2', label: '2.没有现成信息需要另行制作' },
            { key: 'r4_3', label: '3.补正后申请内容仍不明确' }
          ]
        },
        {
          group: '（五）不予处理',
          items: [
            { key: 'r5_1', label: '1.信访举报投诉类申请' },
            { key: 'r5_2', label: '2.重复申请' },
            { key: 'r5_3', label: '3.要求提供公开出版物' },
            { key: 'r5_4', label: '4.无正当理由大量反复申请' },
            { key: 'r5_5', label: '5.要求行政机关确认或重新出具已获取信息' }
          ]
        },
        other
      ],
      total: { key: 'r7', label: '（七）总计' }
    },
    next: { key: 'next', label: '四、结转下年度继续办理' }
  })
}
