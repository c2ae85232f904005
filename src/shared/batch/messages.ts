// What a review of many reports says, in the CLI's output and in the app's 批量检查 alike. Two kinds are
// counted apart: the errors the checks find (as the editor's 问题 panel counts them) and what the importer
// could not read (as the editor's 导入说明 lists it).
export const batchText = {
  heading: (file: string, agency: string, year: number, format: string) =>
    `== ${file}：${agency || '（未写机关名称）'} ${year}年度（${format}）`,
  // Said in the file's block, under its row in 批量检查, and by `check`: the same words everywhere.
  sameAs: (file: string) => `与“${file}”是同一机关同一年度的报告，请核对是否重复`,
  lastYear: (file: string) => `已与上年报告“${file}”对照检查（上年结转等跨年规则）`,
  counts: (errors: number, warnings: number, unread: number, toCheck: number) =>
    (errors || warnings || unread
      ? `   错误 ${errors} 项，提示 ${warnings} 项${unread ? `；另有 ${unread} 处内容未能读取` : ''}`
      : '   没有发现问题') + (toCheck ? `；导入时有 ${toCheck} 处需要核对` : ''),
  error: '错误',
  warning: '提示',
  unread: '未能读取',
  check: '需要核对',
  unreadable: (file: string, why: string) => `${file}：无法读取：${why}`,
  unreadableShort: '无法读取',
  yes: '是',
  no: '否',
  early: '早于年度结束',
  csvColumns: [
    '序号',
    '文件',
    '机关名称',
    '年度',
    // The file each names: a 通报 counts an agency once by leaving out the rows with a 重复 filled.
    '重复（同一机关同一年度）',
    '上年报告（跨年核对）',
    '发布日期',
    '发布时限',
    '按时发布',
    '错误',
    '提示',
    '未能读取',
    '需要核对',
    '主要错误',
    '未能读取的内容',
    '需要核对的内容'
  ],
  total: (files: number, withErrors: number, withUnread: number, unreadable: number) =>
    `共 ${files} 份：${withErrors} 份有错误${withUnread ? `，${withUnread} 份有未能读取的内容` : ''}${
      unreadable ? `，${unreadable} 份无法读取` : ''
    }`
} as const
