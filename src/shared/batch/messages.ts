// What a review of many reports says, in the CLI's output and in the app's 批量检查 alike.
export const batchText = {
  heading: (file: string, agency: string, year: number, format: string) =>
    `== ${file}：${agency || '（未写机关名称）'} ${year}年度（${format}）`,
  formatName: { '2021': '2021年版格式', '2019': '2019年版格式', legacy: '2019年以前的报告' } as Record<
    string,
    string
  >,
  counts: (errors: number, warnings: number) =>
    errors || warnings ? `   错误 ${errors} 项，提醒 ${warnings} 项` : '   没有发现问题',
  error: '错误',
  warning: '提醒',
  unreadable: (file: string, why: string) => `${file}：无法读取：${why}`,
  unreadableShort: '无法读取',
  yes: '是',
  no: '否',
  csvColumns: [
    '序号',
    '文件',
    '机关名称',
    '年度',
    '发布日期',
    '发布时限',
    '按时发布',
    '错误',
    '提示',
    '主要错误'
  ],
  blanks: (table: string, n: number, names: string) =>
    `${table}有 ${n} 格未填写（空白不等于0，没有发生请填0）：${names}`,
  total: (files: number, withErrors: number, unreadable: number) =>
    `共 ${files} 份：${withErrors} 份有错误${unreadable ? `，${unreadable} 份无法读取` : ''}`
} as const
