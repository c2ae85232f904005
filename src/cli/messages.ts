// Everything the command-line checker prints for people.
export const cliText = {
  usage: '用法：npm run --silent cli -- <命令> [参数…]\n\n命令：',
  helpHint: '查看某个命令的说明：npm run --silent cli -- <命令> --help',
  unknownCommand: (name: string) => `未知命令“${name}”。`,
  checkSummary: '检查年报 JSON 文件：表格勾稽关系、空格、年份、各部分、信息处理费、正文与表格是否一致',
  checkHelp: `用法：npm run --silent cli -- check <文件…> [--last-year <上年报告文件>] [--json]

  <文件…>              要检查的年报（report-json 格式，.json）
  --last-year <文件>   上一年度的报告，用于跨年度核对（上年结转、现行有效件数等）
  --json               输出一个 JSON 数组 [{ "file", "report", "findings" }]，不输出文字说明
  --help               显示本说明

退出码：0 没有错误；1 发现错误；2 有文件无法读取（其余文件照常检查）。`,
  missingValue: (flag: string) => `${flag} 后面需要写文件名`,
  unknownOption: (flag: string) => `不认识的参数“${flag}”`,
  noFiles: '请写出要检查的文件，例如：npm run --silent cli -- check 报告.json',
  unreadable: (file: string, why: string) => `${file}：无法读取：${why}`,
  lastYearUnreadable: (file: string, why: string) => `上年报告 ${file} 无法读取，跨年度核对未进行：${why}`,
  notFound: '文件不存在',
  isDirectory: '这是一个文件夹，不是文件',
  readFailed: (detail: string) => `读取失败（${detail}）`,
  unsupported: (ext: string) => `暂不支持“${ext || '无扩展名'}”文件，请使用 .json`,
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
  fileProblem: '文件',
  blanks: (table: string, n: number, names: string) =>
    `${table}有 ${n} 格未填写（空白不等于0，没有发生请填0）：${names}`,
  total: (files: number, withErrors: number, unreadable: number) =>
    `共 ${files} 份：${withErrors} 份有错误${unreadable ? `，${unreadable} 份无法读取` : ''}`
} as const
