// Every user-visible text of 批量检查, in one place.
import { batchText } from '@shared/batch/messages'

export const BT = {
  title: '批量检查',
  home: '返回首页',
  intro:
    '选择多份已发布的年度报告（文本、网页、Word、PDF、OFD 或数据文件），逐份检查表格勾稽关系、空白格、年份、发布日期等问题；同一机关相邻两年的报告一起选择时，还按上年报告检查上年结转等跨年规则。“错误”是检查发现的错误；“未能读取”是原文件中未能读取的内容（如缺少的行、无法识别的数字），编辑器在“导入说明”中列出，含这些格的合计不作判断。可分几次选择，结果累加。文件只读取、不保存；需要修改的报告可点“保存为草稿并打开”，在编辑器中修改。',
  choose: '选择报告并检查…',
  chooseMore: '再选择报告…',
  clear: '清空结果',
  cleared: '已清空检查结果。',
  filter: '年度报告（文本、网页、Word、PDF、OFD、数据）',
  allFilter: '所有文件',
  save: '导出检查结果',
  saveName: '批量检查结果.txt',
  saveFilter: '纯文本',
  saveTable: '导出汇总表（Excel）',
  saveTableName: '批量检查汇总表.csv',
  saveTableFilter: 'Excel 表格（CSV）',
  saved: (path?: string) => (path ? `已导出检查结果：${path}` : '已导出检查结果。'),
  checking: (i: number, n: number, name: string) => `正在检查 ${i}/${n}：${name}`,
  failed: (why: string) => `批量检查失败：${why}`,
  // 错误: what the checks find (the editor's 问题 panel); 未能读取: what the importer could not read (导入说明).
  columns: ['文件', '机关名称', '年度', '错误', '提示', '未能读取', '操作'],
  unreadable: '无法读取',
  noProblems: '没有发现问题',
  noAgency: '（未写机关名称）',
  // As the exported text and the CLI say them.
  sameAs: batchText.sameAs,
  lastYear: batchText.lastYear,
  show: '查看问题',
  hide: '收起',
  detailsOf: (name: string) => `${name} 的问题`,
  toDraft: '保存为草稿并打开',
  draftOrigin: (name: string) => `批量检查 ${name}`,
  error: '错误',
  warning: '提示',
  unread: '未能读取',
  check: '需要核对'
} as const
