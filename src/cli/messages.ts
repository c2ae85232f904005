// Everything the command-line checker prints for people (a review's own words are shared with the app).
import { batchText } from '../shared/batch/messages'
import { IMPORT_EXTENSIONS } from '../shared/import/extensions'

/** What the importer reads besides our .json: “.txt、.html、…”. */
export const PUBLISHED_KINDS = IMPORT_EXTENSIONS.filter((e) => e !== 'json')
  .map((e) => `.${e}`)
  .join('、')

/** For an unknown option that looks like a file's name: how to give a name beginning with '-'. */
export const dashedFile = (flag: string): string =>
  /\.\w+$/.test(flag) ? `；文件名以“-”开头时，请写在 -- 之后（-- ${flag}），或写成 ./${flag}` : ''

export const cliText = {
  usage: '用法：npm run --silent cli -- <命令> [参数…]\n\n命令：',
  helpHint: '查看某个命令的说明：npm run --silent cli -- <命令> --help',
  unknownCommand: (name: string) => `未知命令“${name}”。`,
  checkSummary:
    '检查年报（JSON，或已发布报告的文本、网页、Word、PDF、OFD）：表格勾稽关系、空格、年份、各部分、信息处理费、正文与表格是否一致',
  checkHelp: `用法：npm run --silent cli -- check <文件…> [--last-year <上年报告文件>] [--json]

  <文件…>              要检查的年报（report-json 格式的 .json，或已发布报告的 ${PUBLISHED_KINDS}；
                       其他扩展名或没有扩展名的文件按内容识别）；
                       同一机关相邻两年的报告一起检查时，按上年报告核对上年结转等跨年规则，
                       同一机关同一年度的第二份报告注明与哪一份重复（与“批量检查”相同）
  --last-year <文件>   上一年度的报告，用于跨年度核对（上年结转、现行有效件数等）；
                       写了它，每份报告都与它核对，不再在所列文件中配对
  --json               输出一个 JSON 数组 [{ "file", "report", "findings", "problems", "toCheck",
                       "sameAs", "lastYearFile" }]，不输出文字说明；
                       findings 是检查发现的问题，problems 是文件中未能读取的内容，
                       toCheck 是导入时需要核对之处，sameAs 是与之重复的文件，
                       lastYearFile 是用作上年报告的文件（后四项有时才有）
  --help               显示本说明
  --                   其后的参数都是文件（用于以“-”开头的文件名）

退出码：0 没有错误；1 发现错误或未能读取的内容；2 有文件无法读取（其余文件照常检查）。`,
  missingValue: (flag: string) => `${flag} 后面需要写文件名`,
  unknownOption: (flag: string) => `不认识的参数“${flag}”${dashedFile(flag)}`,
  noFiles: '请写出要检查的文件，例如：npm run --silent cli -- check 报告.json',
  unreadable: batchText.unreadable,
  lastYearUnreadable: (file: string, why: string) => `上年报告 ${file} 无法读取，跨年度核对未进行：${why}`,
  lastYearOtherAgency: (file: string, itsAgency: string, name: string, agency: string) =>
    `上年报告 ${file}（${itsAgency || '未写机关名称'}）与 ${name}（${agency || '未写机关名称'}）不是同一机关的报告，${name} 未做跨年度核对`,
  notFound: '文件不存在',
  isDirectory: '这是一个文件夹，不是文件',
  readFailed: (detail: string) => `读取失败（${detail}）`,
  // A name not among the kinds read, its content no report either: both said, what is read listed.
  unsupported: (ext: string, why: string) =>
    `${ext ? `“${ext}”` : '没有扩展名的'}文件按内容读取也不是年度报告：${why}；请使用 .json，或已发布报告的 ${PUBLISHED_KINDS}`
} as const
