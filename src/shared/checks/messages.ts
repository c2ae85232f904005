// Every message the checks show, in one place. Numbers are printed as the report would print them.
import { numberText } from '../text/number'

const n = (v: number): string => numberText(Math.round(v * 1e6) / 1e6)
// A value against its cell's domain is shown as it is: rounded, 1e-7 would read 实际为0.
const raw = numberText
const list = (items: string[], max = 4): string =>
  items.length <= max ? items.join('、') : `${items.slice(0, max).join('、')}等${items.length}格`

export const checkText = {
  number: n,
  identityEqual: (where: string, l: string, lv: number, r: string, rv: number) =>
    `${where}：${l}=${n(lv)}，${r}=${n(rv)}，相差${n(Math.abs(lv - rv))}`,
  identityAtMost: (where: string, l: string, lv: number, r: string, rv: number) =>
    `${where}：${l}=${n(lv)}，大于${r}=${n(rv)}，多出${n(lv - rv)}`,
  /**
   * An identity that no figures in its blank (or refused) cells could make hold: the filled parts already
   * exceed the other side, which is known. Said as far as it is known, not with the blanks as 0.
   */
  identityExceeds: (where: string, relation: '=' | '<=', under: string, uv: number, overSum: number) =>
    relation === '='
      ? `${where}：${under}=${n(uv)}，已填各项之和已达${n(overSum)}，超出${n(overSum - uv)}`
      : `${where}：已填各项之和已达${n(overSum)}，大于${under}=${n(uv)}，多出${n(overSum - uv)}`,
  /** As identityExceeds, where blanks lie on both sides (a signed or subtracted cell): each side's bound. */
  identityBounds: (where: string, relation: '=' | '<=', sides: [string, number, boolean, boolean][]) =>
    `${where}：${sides
      .map(([label, v, up, down]) => `${label}${up ? '至少为' : down ? '至多为' : '='}${n(v)}`)
      .join('，')}，${relation === '=' ? '空格无论填多少都不会相等' : '空格无论填多少前者都大于后者'}`,
  /** After identityExceeds or identityBounds: the cells not (rightly) filled, by name up to four. */
  blanksUnknown: (blank: string[], wrong: string[] = []) =>
    `（另有${[
      blank.length ? `${blank.length > 4 ? `${blank.length}格` : list(blank)}未填` : '',
      wrong.length ? `${wrong.length > 4 ? `${wrong.length}格` : list(wrong)}填写有误` : ''
    ]
      .filter(Boolean)
      .join('，')}）`,
  /** A total left blank under parts all filled: offered the sum (offers.ts). */
  totalBlank: (where: string, total: string, parts: string, sum: number, wrong = false) =>
    `${where}：${total}${wrong ? '填写有误' : '未填'}，按${parts}应为${n(sum)}`,

  fullWidthDigits: (where: string, n: number, first: string) =>
    `${where}有${n}处全角数字（如“${first}”），公文中的阿拉伯数字应为半角（GB/T 15835）`,
  blank: (label: string) => `${label}未填写；空白不等于0，没有发生的请填0`,
  tableBlank: (table: string) => `${table}全部未填写；空白不等于0，没有发生的请填0`,
  blanks: (table: string, labels: string[]) =>
    `${table}有${labels.length}格未填写（${labels.slice(0, 3).join('、')}${labels.length > 3 ? '等' : ''}）；空白不等于0，没有发生的请填0`,
  count: (label: string, v: number) => `${label}：应为不小于0的整数，实际为${raw(v)}`,
  signed: (label: string, v: number) => `${label}：应为整数，实际为${raw(v)}`,
  money: (label: string, v: number, decimals: number) =>
    `${label}：应为不小于0、最多${decimals}位小数的金额，实际为${raw(v)}`,
  amount: (label: string, v: number) => `${label}：应为不小于0的金额，实际为${raw(v)}`,
  tooLarge: (label: string, v: number) => `${label}：数字过大（${raw(v)}），请核对`,
  moneyUnit: (label: string, v: number) =>
    // The 亿 by moving the point in the figure's decimal text: 99999.9999万元 is 9.99999999亿元, not 10.
    `${label}为${n(v)}万元，即${numberText(Number(`${numberText(v)}e-4`))}亿元；单位是万元，请核对是否误按元填写`,
  amountUnit: (label: string) => `${label}没有注明单位：在数字后写上“元”或“万元”（如 2000万元）`,
  agencyMissing: '机关名称未填写：报告的标题和落款都要写明发布报告的机关，发布时限也按机关类型确定',
  regulations: (agency: string) =>
    `表二“规章”行有数字，但${agency || '本机关'}一般没有规章制定权（只有国务院部门和省、设区的市、自治州人民政府可以制定规章），请核对`,

  // Formats by their names (FormatDecl.name: 2021年版格式).
  formatForYear: (year: number, used: string, want: string) =>
    `${year}年的报告应使用${want}，本报告使用的是${used}`,
  titleYear: (title: string, year: number, found: number) =>
    `标题“${title}”中的年份${found}与报告年度${year}不一致`,
  selfYear: (where: string, quote: string, year: number) => `${where}写“${quote}”，与报告年度${year}不一致`,
  period: (quote: string, year: number) => `统计期限写“${quote}”，应为${year}年1月1日至${year}年12月31日`,
  lastYearMismatch: (year: number, lastYear: number) =>
    `作为上年报告提供的是${lastYear}年的报告，本报告是${year}年的；跨年度核对未进行`,

  sectionMissing: (heading: string) => `“${heading}”部分没有内容`,
  // STR-04: the format prints the part as its table; what is missing is the table, and a blank is not 0.
  sectionTableMissing: (heading: string, table: string) =>
    `“${heading}”部分是空的：按格式，这一部分要列出表${table}；请填写表${table}，没有发生的填0`,
  sectionOnlyNone: (heading: string) =>
    `“${heading}”不能只写“无”：应写明存在的主要问题、上一年度问题的整改情况和改进措施`,
  sectionOtherEmpty: (heading: string) => `“${heading}”没有内容；没有其他事项请写“无”`,
  governmentDuties: (missing: string[]) =>
    `人民政府的年报应说明工作考核、社会评议、责任追究的结果，未找到：${missing.join('、')}`,
  planForYear: (where: string, quote: string, year: number) =>
    `${where}写“${quote}…”：这是对${year}年本身的打算，本报告总结的正是${year}年，像是沿用了上年报告的文字`,
  sameText: (where: string, percent: number, lastYear: number) =>
    `${where}与${lastYear}年报告的同一部分${percent}%相同，请按本年度的实际情况撰写，避免内容雷同`,
  generic: (where: string) =>
    `${where}没有一个具体数字或文件名称，像是通用的套话；应写明本机关本年度的具体工作和数据`,
  partsCount: (where: string, quote: string, parts: number) =>
    `${where}写“${quote}”，但年度报告按格式由${'一二三四五六七八九十'[parts - 1] ?? parts}部分组成`,
  oldRegulation: (where: string, quote: string) =>
    `${where}引用“${quote}”，这是2007年条例的文号或条款；现行条例为2019年修订（国务院令第711号），年度报告的时限和内容见第四十九条、第五十条`,
  legacyOutcome: (where: string, quote: string, now: string) =>
    `${where}用了旧的答复类别“${quote}”；2019年起按表三的类别表述，对应“${now}”`,
  legacyNeedTest: (where: string, quote: string) =>
    `${where}提到“${quote}”；2019年修订的条例已取消申请须与“生产、生活、科研等特殊需要”相关的限制`,
  topics: (missing: string[]) => `总体情况一般应写到：${missing.join('、')}（未找到这些内容）`,

  feesMissing: (labels: string[]) =>
    `“六、其他需要报告的事项”应写明信息处理费情况（没有收费也要写0）：未填${labels.join('、')}`,
  feesNotices: (notices: number, lapsed: number, cell: string) =>
    `收费通知件数为${n(notices)}，少于${cell}的${n(lapsed)}件：每件都应先发过收费通知`,
  feesCollected: (collected: number, noticed: number) =>
    `实际收取总金额${n(collected)}元，大于收费通知总金额${n(noticed)}元`,
  feesTens: (label: string, v: number) => `${label}${n(v)}元不是10元的整数倍，按收费标准各档均为10元的倍数`,
  feesPremature: '信息处理费自2021年起施行，2020年度报告中不应有信息处理费收费',
  feesProse: (label: string, v: number, unit: string, said: string) =>
    `“六、其他需要报告的事项”的文字写“${said}”，与填写的${label}${n(v)}${unit}不一致；导出时两者都会印出，请改正其一`,

  proseQuantity: (where: string, quote: string, name: string, cellLabels: string, v: number) =>
    `${where}写“${quote}”，但${cellLabels}为${n(v)}（${name}应与表格一致）`,
  proseConflict: (
    name: string,
    a: { where: string; quote: string },
    b: { where: string; quote: string },
    cellLabels: string
  ) =>
    `${name}在文中前后不一：${a.where}写“${a.quote}”，${a.where === b.where ? '后面又' : b.where}写“${b.quote}”；请核对，并填写${cellLabels}`,
  percentImpossible: (where: string, quote: string, total: number, pct: string, near: string, unit = '件') =>
    `${where}写“${quote}”：${total}${unit}中不可能恰好占${pct}%（${near}）`,
  percentNear: (k: number, pct: string, unit = '件') => `${k}${unit}为${pct}%`,
  percentWrong: (where: string, quote: string, part: number, total: number, exact: string, pct: string) =>
    `${where}写“${quote}”：${part}÷${total}=${exact}%，不是${pct}%`,
  percentTruncated: (
    where: string,
    quote: string,
    part: number,
    total: number,
    exact: string,
    rounded: string
  ) => `${where}写“${quote}”：${part}÷${total}=${exact}%，四舍五入应为${rounded}%（像是截尾）`,
  proseNone: (where: string, quote: string, cellLabels: string, v: number) =>
    `${where}写“${quote}”，但${cellLabels}为${n(v)}`,
  indicatorSum: (where: string, label: string, total: number, parts: [string, number][]) => {
    const sum = parts.reduce((t, [, v]) => t + v, 0)
    return `${where}的统计表：“${label}”为${n(total)}，其下各项合计为${n(sum)}（${parts
      .map(([l, v]) => `${l}${n(v)}`)
      .join('＋')}），相差${n(Math.abs(total - sum))}`
  },
  partOverWhole: (where: string, quote: string, part: string, whole: string) =>
    `${where}写“${quote}”：其中一项${part}大于总数${whole}`,
  partsOver: (where: string, quote: string, terms: string, sum: string, whole: string) =>
    `${where}写“${quote}”：其中各项${terms}=${sum}，多于总数${whole}`,
  partsUnder: (where: string, quote: string, terms: string, sum: string, whole: string) =>
    `${where}写“${quote}”：其中各项${terms}=${sum}，与总数${whole}相差${n(Number(whole) - Number(sum))}；所列若不是全部，请写明其余部分`,
  sharesSum: (where: string, quote: string, total: string) =>
    `${where}写“${quote}”：各项已合计为总数，所占百分比相加却是${total}%，应为100%`,
  overviewLength: (where: string, length: number, limit: number) =>
    `${where}共${length}字，超过本地规定的${limit}字`,
  requestUnit: (where: string, quote: string) => `${where}写“${quote}”：申请应以“件”计，不以“条”计`,
  legacyFees: '没有写政府信息公开的收费及减免情况（2007年条例第三十二条第（三）项）；没有收费也应写明',
  publishedEarly: (date: string, year: number) =>
    `发布日期${date}早于${year}年结束：年度报告总结的是${year}年全年的工作，应在${year + 1}年1月1日以后发布`,
  publishedLate: (date: string, deadline: string, basis: string) =>
    `发布日期${date}晚于发布时限${deadline}（${basis}）`,
  identicalToLastYear: '表格中的每一个数字都与上年报告相同，请核对是否照抄了上年数据',
  /** Appended when the whole of a share was taken from the table. */
  percentBasis: (label: string, total: number) => `（${label}为${n(total)}）`,

  fees: { notices: '收费通知件数', noticedAmount: '收费通知总金额', collected: '实际收取总金额' }
} as const

export const sectionWhere = (heading: string): string => `“${heading.replace(/^[一二三四五六]、/, '')}”部分`
