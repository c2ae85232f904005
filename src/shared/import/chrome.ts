// Website furniture that scraped copies mix into a report (IMP-03): navigation, “相关词条”, copyright.
// Lines matching these are not part of any report and are dropped before anything is read.
import { BLANK_LEGEND } from '../export/text'

// A field of an article's byline (发布时间：… 来源：… 浏览次数：…).
const FIELD =
  '(?:(?:发布|公开|成文|更新)?(?:日期|时间)|(?:信息|文章)?来源|作者|(?:浏览|点击|访问|阅读)(?:次数|数|量)?|责任编辑|字体|字号)\\s*[:：]'

export const CHROME_LINES: readonly RegExp[] = [
  /^(?:相关词条|热门词条|联络我们|联系我们|查看详情|相关推荐|立即注册|查看价格|热门搜索|选择特殊符号|选择搜索类型|基本介绍)$/,
  /^当前位置[:：]/,
  /^来源[:：].{0,40}(?:发布)?(?:日期|时间)[:：]/,
  // “[来源: 区政府办公室 ]” under the article: the page's byline, not the report's words.
  /^[[【]\s*来源\s*[:：][^，。；,;\]】]{0,30}[\]】]$/,
  // A line that is nothing but the page's date (publication.ts reads it from the unfiltered lines).
  /^(?:(?:发布|公开|成文)(?:日期|时间)|日期)\s*[:：]\s*[\d０-９]{4}\s*[-－/／.．年]\s*[\d０-９]{1,2}\s*[-－/／.．月]\s*[\d０-９]{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/,
  /^您现在的位置/,
  /^[•·‧]\s*(?:中文名|档案类型|文件类型|类型|发布单位|外文名)[:：]/,
  // The same infobox with its bullets lost (a Big5 copy has no •).
  /^(?:中文名|外文名|档案类型|文件类型)[:：]/,
  /^类型[:：].{0,12}$/,
  /^【?浏览字号/,
  /字号[:：]?\s*[[【]?\s*[大中小 ]*[\]】]?\s*视力保护色/,
  /^版权所有[:：]/,
  /^网站标识码/,
  /ICP备\d|公网安备/,
  /^首页\s*>/,
  // A byline: a short line that begins with one of its fields and holds another.
  new RegExp(`^${FIELD}(?=.{0,100}$).*\\s${FIELD}`),
  // The article's buttons: 【字体：大 中 小】【打印】【关闭】, 分享到：…
  /^(?=.{0,60}$)(?:\s*[[【]?\s*(?:(?:字体|字号)\s*[:：]?[\s大中小[\]]*|打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|返回顶部)\s*[\]】]?)+$/,
  /^分享到\s*[:：]/,
  // Our text export's legend under a table with blank cells (its dashes are read as blank: index.ts).
  new RegExp(`^${BLANK_LEGEND.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
]

export const isChrome = (simplified: string): boolean => CHROME_LINES.some((re) => re.test(simplified))
