// Every message the report model shows a person: cell input and report-json validation.
import { plainNumber } from '../text/number'
import type { AgencyKind } from './report'

export const cellText = {
  placeholder: '请填写数字；没有发生的请填 0（不要填“/”“-”“无”）',
  notNumber: '只能填写数字',
  percent: {
    count: '这一格填件数，不能填百分比',
    signed: '这一格填增减的件数（增加填正数，减少填负数），不能填百分比',
    money: '这一格填金额，不能填百分比',
    amount: '这一格填金额，不能填百分比'
  },
  fraction: '件数应为整数，不能有小数',
  negative: '不能为负数',
  tooLarge: '数字过大，请核对',
  decimals: (n: number) => (n === 0 ? '应为整数，不能有小数' : `最多保留${n}位小数`),
  moneyInCount: '这一格填件数，不能带“万”“元”等金额单位',
  moneyUnit: (want: string, got: string) => `本格单位为${want}，填写的是${got}，请换算成${want}后只填数字`,
  yiInMoney: (want: string, typed: string, wan: string) =>
    want === '万元'
      ? `本格单位为万元，填写的是亿元：${typed}即${wan}万元，请只填数字 ${wan}`
      : `本格单位为${want}，填写的是亿元，请换算成${want}后只填数字`,
  yiInAmount: (typed: string, wan: string) => `金额请按元或万元填写，不用亿元：${typed}即${wan}万元`,
  countInFull: (typed: string, full: string | undefined) =>
    full === undefined
      ? '件数请写出全数，不用“万”“亿”'
      : `件数请写出全数，不用“万”“亿”：${typed}应写作 ${full}`,
  signedHint: '本年增/减填整数：增加填正数（如 3），减少填负数（如 -4）',
  thousands: '千分位逗号位置不对，请只填数字',
  digitsApart: '数字中间有空格：是一个数请去掉空格，是两个数请分别填入两格'
} as const

const KIND_NAME: Record<AgencyKind, string> = { government: '人民政府', department: '政府部门及其他机关' }

const typeName = (v: unknown): string =>
  v === undefined
    ? '（空）'
    : v === null
      ? 'null（空白）'
      : Array.isArray(v)
        ? '数组'
        : typeof v === 'string'
          ? `文字 ${JSON.stringify(v)}`
          : typeof v === 'number'
            ? String(v)
            : typeof v === 'boolean'
              ? String(v)
              : '对象'

export const jsonText = {
  syntax: (detail: string) => `不是有效的 JSON：${detail}`,
  // What JSON.parse said (in English), in words: where the text breaks off or goes wrong.
  syntaxEnd: '文件在中途结束，内容不完整',
  syntaxAt: (position: number) => `第 ${position + 1} 个字符处格式有误`,
  syntaxOther: '格式有误',
  notObject: '文件内容应为一个 JSON 对象（一份报告）',
  schema: (want: string, got: unknown) => `schema 应为 "${want}"，实际为 ${typeName(got)}`,
  // A later version of the app (or another tool) may write a later report-json: the way on is to upgrade.
  schemaVersion: (want: number, got: unknown) =>
    typeof got === 'number' && got > want
      ? `这个数据文件是较新版本的软件生成的（数据格式第 ${got} 版），本程序只能读取第 ${want} 版，请先升级本软件`
      : `数据格式版本（schemaVersion）应为 ${want}，实际为 ${typeName(got)}（本程序只能读取第 ${want} 版）`,
  format: (got: unknown) =>
    `报告格式（format）应为 "2021"（2021年版）、"2019"（2019年版）或 "legacy"（2019年以前），实际为 ${typeName(got)}`,
  missing: (path: string) => `缺少 ${path}`,
  string: (path: string, got: unknown) => `${path}：应为文字，实际为 ${typeName(got)}`,
  year: (got: unknown) => `报告年度（year）应为数字（如 2024，不带“年”字），实际为 ${typeName(got)}`,
  agencyKind: (got: unknown, taken: AgencyKind) =>
    `机关类型（agencyKind）：应为 "government"（人民政府）或 "department"（政府部门及其他机关），实际为 ${typeName(got)}；已按机关名称定为${KIND_NAME[taken]}`,
  agencyKindMissing: (taken: AgencyKind) => `缺少机关类型（agencyKind），已按机关名称定为${KIND_NAME[taken]}`,
  object: (path: string, got: unknown) => `${path}：应为对象，实际为 ${typeName(got)}`,
  unknownKey: (path: string, key: string) => `${path} 中有本格式没有的项 "${key}"，已略去`,
  unknownFigure: (path: string, key: string, value: number, meant?: string) =>
    `${path} 中有本格式没有的项 "${key}"（${plainNumber(value)}），已略去：` +
    (meant ? `是否是${meant}写错了？请改正后重新导入` : '如果是某一格的名称写错了，请改正后重新导入'),
  duplicateKey: (where: string, values: string[]) =>
    `${where} 写了 ${values.length} 次（${values.join('、')}），已按最后一次读作 ${values[values.length - 1]}，请核对哪个是对的`,
  unknownField: (key: string) => `报告中有 report-json 第1版没有的项 "${key}"，已略去`,
  cellType: (path: string, got: unknown) => `${path}：应为数字或 null（空白），实际为 ${typeName(got)}`,
  count: (path: string, got: number) => `${path}：应为不小于0的整数，实际为 ${plainNumber(got)}`,
  signed: (path: string, got: number) => `${path}：应为整数（可为负数），实际为 ${plainNumber(got)}`,
  money: (path: string, got: number, decimals: number) =>
    `${path}：应为不小于0、最多${decimals}位小数的金额，实际为 ${plainNumber(got)}`,
  amount: (path: string, got: number) => `${path}：应为不小于0的金额，实际为 ${plainNumber(got)}`,
  tooLarge: (path: string, got: number) => `${path}：数字过大（${plainNumber(got)}），请核对`,
  unit: (path: string, got: unknown) => `${path}：应为 "元" 或 "万元"，实际为 ${typeName(got)}`,
  formatYear: (format: string, year: number, want: string) =>
    `format 为 "${format}"，但 ${year} 年的报告应使用 "${want}" 格式`
} as const
