// Quantities that the prose quotes in words and that the tables hold (template-2021.md §4.4, NAR-01):
// every figure 生成文字说明 writes (summaries.ts) and the usual ways of writing the same. `commonProse` is
// tables 三 and 四, the same in 2019 and 2021 but for （六）; table 二's builders below are used by each
// format for its own columns. Numbers are captured in group 1.
// Patterns run on prose as checks/text.ts normalises it: half-width digits, no spaces or line breaks
// inside sentences, no thousands separators. Tested against the seeds and ../shared/fixtures.
import { CHINESE_COUNT } from '../text/numerals'
import { terms } from './build'
import type { ProseQuantity } from './types'

/**
 * A count as written: whole, or in 万 or 亿 as large agencies write theirs (234.6万件), which the checks read
 * as rounded to its last place (checks/prose.ts), or in Chinese numerals (二十九件), which they leave where the
 * value is not sure (一百二件).
 */
const COUNT = `(\\d+(?:\\.\\d+)?[万亿]|\\d+|${CHINESE_COUNT})`
/** A whole count, as 表二's documents and items are counted (5件, 十项): not in 万. */
const WHOLE = `(\\d+|${CHINESE_COUNT})`
/** A count with its unit; 个 before a unit of time is not one (平均答复5个工作日). */
const N = `${COUNT}(?:[件宗条项起]|个(?!多?(?:工作日|自然日|日|天|月|小时|星期|季度|百分点)))`
/**
 * A count of requests followed by “（含上年结转…）”, “，其中上年结转…” or “，其中新收…” is new and carried over
 * together: not compared.
 */
const NEW = `${N}(?![（(，,]?(?:含|其中|包括)(?:上|本年度?新收|新收))`
const re = (s: string): RegExp => new RegExp(s.replaceAll('NEW', NEW).replaceAll('N', N))
const TOTAL = '(?:共|合计|共计|总计)?'
const KIND = '(?:各类)?(?:政府信息公开|依申请公开(?:政府信息)?|信息公开)?'

/**
 * Before a look back over a sentence: the words that must follow, so that the look back runs only where
 * they do (not at every character of a long text).
 */
const first = (words: string): string => `(?=${words})`
/** Within one sentence: no full stop, semicolon or paragraph break. */
const SENT = '[^。；;\\n]'
/**
 * A figure named where its clause or list item begins (“，不予公开5件”, “其中不予公开5件”), not after the
 * reason that makes it one row of its group (“属于国家秘密不予公开2件” is 1.属于国家秘密 alone).
 */
const AT = '(?<=^|[\\n，,、；;：:。）)]|其中|另有|以及|和|及|依法|决定|作出|共)'
/**
 * The sentence so far says nothing of outcomes, 结转, 复议 or 诉讼: counts of applicants are then of new
 * requests (“予以公开64件，其中自然人58件” is a row of outcomes).
 */
const NEW_SENT = `(?<=(?:^|[。；;\\n])(?:(?!办结|答复|结转|复议|诉讼|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)${SENT})*)`
/**
 * A verb that opens its clause, or follows only the year and words of a total (“本年共办结…”), not a manner
 * or a subset (“按期答复27件”, “当场答复3件”, “平均答复5个工作日”).
 */
const OPENS = `(?<=(?:^|[\\n，,、；;：:。（(）)]|其中)(?:\\d{4}年度?|本年度?|全年|今年|当年|年内|共|合计|共计|总计|累计|均)*)`
/** Requests of another kind than for information: 政务服务中心受理申请5000件，办结4998件. */
const OTHER_REQUESTS = '政务|审批|许可|热线|信访|服务|办件|投诉|举报|复议|诉讼'
/** The sentence so far is about requests for information, and has not turned to another kind since. */
// (Bounded: scanned back to a sentence's start at every 办结, a look-behind without a bound costs the square
// of a long paragraph's length on each keystroke.)
const ABOUT_REQUESTS = `(?<=(?:信息公开|依申请公开)(?:(?!${OTHER_REQUESTS})${SENT}){0,120})`
/** A character of a sentence that has not turned to another kind of request. */
const ON_REQUESTS = `(?:(?!${OTHER_REQUESTS})${SENT})`
/**
 * The requests received, counted where the sentence is not about another kind nor another body's or year's
 * (收到申请27件, 在收到的27件申请中, 受理政府信息公开申请27件; not 政务服务中心受理申请…, 全市…, 上年同期…).
 */
const RECEIVED = `(?<!(?:${OTHER_REQUESTS}|全[省市区县州旗]|各级|各[乡镇街区县市部委局办单地]|所属|下属|上一?年|去年|同期)${SENT}{0,12})(?:收到|受理|新收)(?:到|了)?(?:的)?(?:(?:\\d+|${CHINESE_COUNT})件)?${KIND}申请`
/** Where the sentence has counted the requests received and named none carried over: 办结 is of those. */
const AFTER_RECEIVED = `(?<=${RECEIVED}(?:(?!${OTHER_REQUESTS}|结转)${SENT}){0,80})`
/** …and those carried over too (收到申请27件，上年结转2件，办结28件): 办结 is of all. */
const AFTER_ALL = `(?<=${RECEIVED}${ON_REQUESTS}{0,40}上一?年度?结转${ON_REQUESTS}{0,40})`
/** In section 三, about requests for information by its heading: a sentence not turned to another kind. */
const IN_REQUESTS = `(?<!(?:${OTHER_REQUESTS})${SENT}{0,120})`
/**
 * 办结 opening its clause with its count (本年共办结27件, 其中办结25件) where `after` finds the sentence about
 * requests for information; not 按时办结 (a manner), 办结率 (a rate) nor 答复 (答复…件 may count answers of
 * one manner). The look-ahead first, so that the look-behind runs only before a 办结.
 */
const concluded = (after: string): RegExp =>
  re(`${first('(?:已经?)?办结')}${after}${OPENS}(?:已经?)?办结(?:了)?${KIND}(?:申请)?${TOTAL}N`)
/**
 * All concluded (已全部办结, 均已办结, 全部办理完毕), said of the requests the sentence counted as received, or of
 * the year's requests for information (上述/所有政府信息公开申请): none carried into the next year. Not of some
 * (上年结转的2件申请已全部办结), nor in a manner or time (全部按时办结, 均在法定期限内办结), nor a rate (办结率).
 */
const ALL_CONCLUDED = `${first('(?:已经?)?(?:全部|全都|悉数|均)')}(?<=${RECEIVED}(?:${TOTAL}N)?(?:[（(][^（()）]{0,30}[）)])?(?:[，,]上一?年度?结转(?:的)?(?:申请)?N)?[，,]|(?:^|[，,。；;\\n])(?:本年度?|全年|今年)?(?:上述|以上|所有|全部|这些|收到的|所收到的|受理的)(?:各类)?(?:政府信息公开|依申请公开|信息公开)申请)(?:已经?)?(?:全部|全都|悉数|均)(?:已经?)?(?:依法)?(?:办结|办理完毕|办理完结)(?![率的])`

/**
 * “None happened”: 没有, or 未 with a verb of happening (未发生, 未被提起), not 未 of another word (对未予公开的
 * 答复不服…, 上年未审结的…); nor a case counted after it (未被纠正的行政复议1件).
 */
const NONE = '(?<!尚)(?:未(?:发生|出现|收到|接到|产生|有|被)|没有(?!经))'
const NO_COUNT = `(?!(?:案件|案)?(?:共|合计)?(?:\\d|${CHINESE_COUNT}))`
/**
 * Where section 四 states the year's cases: at the start of a clause, after the year, the agency (我局, 本厅,
 * 我单位) or 共, not inside one (维持原行政行为的行政复议案件2件, 涉及行政复议案件1件, which are parts) nor after
 * 其中： (a part too).
 */
const CASE_AT =
  '(?<=(?:^|[\\n，,、；;。]|(?<!其中)[：:])(?:\\d{4}年度?|本年度?|全年|今年|当年|年内|(?:我|本)(?:局|委|办|厅|署|院|区|县|市|镇|乡|街道|单位|部门|机关|中心)|共|合计|共计|总计|累计)*)'
/**
 * A count of cases that ends its clause: 行政复议1件尚在审理, 行政诉讼1件维持 are of one result, not the year's.
 */
const CASES = `${COUNT}[件宗起](?=[，,。；;、\\n]|$)`
/** How section 四 says a case came: “收到行政复议申请2件”, “发生行政诉讼1件”, “被提起行政诉讼1件”. */
const CASE_VERB = `${CASE_AT}(?:收到|受理|发生|被申请|被提起|共有)(?:了)?`

/** The rows of a group in table 三: `rows('r3', 8)` is 1.属于国家秘密 … 8.属于行政查询事项, their 总计. */
const rows = (group: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${group}_${i + 1}.tot`)

/** An outcome of table 三 (（三）…（六）): the sum of its rows' 总计. */
export const outcomeProse = (name: string, keys: string[], label?: string): ProseQuantity => ({
  name,
  patterns: [re(`${AT}${name}(?:的)?(?:申请|答复|决定|情形)?${TOTAL}N`)],
  terms: terms('requests', keys),
  ...(label ? { label } : {})
})

// Table 四 by its blocks. A result (结果维持…) belongs to the block the sentence last named: 行政复议 on
// 信息公开 (a 司法局 also decides other reviews, as the reviewing body), or 行政诉讼 as a whole, not one of its
// two columns (“未经复议直接起诉3件，结果维持2件” may be of that column alone).
const REV_AT = `(?<=(?:信息公开${SENT}{0,30}|被申请)行政复议(?:(?!诉讼|起诉)${SENT}){0,80})`
/** 行政诉讼 named in this sentence, or in the one before when this one opens “行政诉讼中，” (生成文字说明). */
const LIT_AT = `(?<=(?:信息公开${SENT}{0,30}|被(?:提起)?)行政诉讼(?:[^\\n]{0,80}?[。；;]行政诉讼中)?(?:(?!复议|起诉)${SENT}){0,80})`
const RESULTS = [
  { key: 'keep', name: '结果维持', words: '(?:结果)?维持(?:原(?:具体)?行政行为|原答复|原决定)?' },
  { key: 'fix', name: '结果纠正', words: '(?:结果)?纠正' },
  { key: 'other', name: '其他结果', words: '其他结果' },
  { key: 'pending', name: '尚未审结', words: '(?:尚未审结|未审结|尚在审理中?|正在审理中?)' }
]
/** None corrected: 未发生行政复议被纠错的情况, 未发生…行政诉讼败诉案件 (a loss in court is its 纠正). */
const FIXED: Record<string, string> = { 行政复议: '被?(?:纠错|纠正)', 行政诉讼: '被?(?:纠错|纠正)|败诉' }
const resultProse = (block: string, at: string, cells: string[]): ProseQuantity[] =>
  RESULTS.map((r) => ({
    name: `${block}${r.name}`,
    patterns: [re(`${first(r.words)}${at}${r.words}(?:的)?(?:案件)?${TOTAL}N`)],
    terms: terms(
      'review',
      cells.map((c) => `${c}.${r.key}`)
    ),
    ...(r.key === 'fix'
      ? {
          none: new RegExp(`${NONE}[^。，；\\d]{0,16}${block}(?:案件)?[^。，；\\d]{0,16}?(?:${FIXED[block]})`)
        }
      : {})
  }))

/** 表三 一 and 二 of both formats (FormatDecl.requestsIn). */
export const requestsIn = { new: 'requests:new.tot', carried: 'requests:carry.tot' } as const

export const commonProse: ProseQuantity[] = [
  {
    name: '新收申请',
    patterns: [
      re(`新收(?:到)?${KIND}(?:申请)?${TOTAL}NEW`),
      re(`(?:收到|受理)(?:了)?(?:各类)?(?:政府信息公开|依申请公开(?:政府信息)?|信息公开)申请${TOTAL}NEW`),
      // “收到申请90件” alone, where the sentence is not about 复议, 政务服务 or the like.
      re(
        `(?<!(?:复议|诉讼|政务|审批|许可|热线|信访|服务|办件|投诉|举报)${SENT}{0,12})(?:收到|受理)(?:了)?申请${TOTAL}NEW`
      )
    ],
    terms: terms('requests', ['new.tot']),
    alsoWith: terms('requests', ['carry.tot']),
    whole: /新收|收到申请|受理申请|申请总数/,
    none: /(?<!尚)(?:未|没有)(?:新)?(?:收到|受理|接到)(?:任何|过)?(?:政府信息公开|依申请公开)?申请(?!人)/
  },
  {
    name: '上年结转申请',
    patterns: [re(`上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?${TOTAL}N`)],
    terms: terms('requests', ['carry.tot'])
  },
  {
    name: '办结申请',
    // Only where the sentence is about requests for information: 办结 alone also counts 政务服务事项, and
    // 办结申请 a 政务服务中心's. So where it names them, has counted them received (and carried over), or is in
    // 三, whose heading names them; 办结 of those received may leave out the carried-over ones (ofReceived).
    patterns: [
      re(
        `${first('(?:已经?)?(?:办结|答复)')}${ABOUT_REQUESTS}${OPENS}(?:已经?)?(?:办结|答复)(?:了)?${KIND}(?:申请)?${TOTAL}N`
      ),
      re(
        `${first('(?:办结|答复)')}(?<!(?:${OTHER_REQUESTS})${SENT}{0,120})${OPENS}(?:办结|答复)(?:了)?(?:各类)?(?:政府信息公开|依申请公开)?申请${TOTAL}N`
      ),
      concluded(AFTER_ALL)
    ],
    ofReceived: [concluded(AFTER_RECEIVED)],
    within: { section: 'requests', patterns: [concluded(IN_REQUESTS)] },
    terms: terms('requests', ['r7.tot']),
    whole: /办结|答复/
  },
  {
    name: '结转下年度',
    patterns: [
      // The table's own label, and shorter: 结转下年度继续办理1件, 结转下年度2件.
      re(`(?:结转|转|顺延)(?:到|至)?下一?年度?(?:继续)?(?:办理|答复)?(?:的)?(?:申请)?N`),
      re(`N(?:申请)?(?:结转|顺延|转)(?:到|至)?下一?年度?`)
    ],
    terms: terms('requests', ['next.tot']),
    none: re(ALL_CONCLUDED)
  },
  {
    name: '予以公开',
    patterns: [re(`(?<!同意)予以公开(?:的)?(?:申请)?${TOTAL}N`)],
    terms: terms('requests', ['r1.tot'])
  },
  {
    name: '部分公开',
    patterns: [re(`(?<!同意)部分公开(?:的)?(?:申请)?${TOTAL}N`)],
    terms: terms('requests', ['r2.tot'])
  },
  {
    name: '行政复议',
    // Only as the respondent on 信息公开: a 司法局 also handles other reviews as the reviewing body.
    patterns: [
      re(`(?<=信息公开[^。；]{0,30})行政复议(?:案件|案)?${TOTAL}N`),
      re(`被申请行政复议(?:案件|案)?${TOTAL}N`)
    ],
    terms: terms('review', ['rev.total']),
    none: new RegExp(`${NONE}[^。，；\\d]{0,12}行政复议${NO_COUNT}`),
    within: {
      section: 'review',
      patterns: [
        re(`${CASE_VERB}行政复议(?:申请|案件|案)?${TOTAL}N`),
        re(`${CASE_AT}行政复议(?:申请|案件|案)${TOTAL}N`),
        re(`${CASE_AT}行政复议${TOTAL}${CASES}`)
      ]
    }
  },
  {
    name: '行政诉讼',
    patterns: [
      re(`(?<=信息公开[^。；]{0,30})行政诉讼(?:案件|案)?${TOTAL}N`),
      re(`被(?:提起)?行政诉讼(?:案件|案)?${TOTAL}N`)
    ],
    terms: terms('review', ['lit1.total', 'lit2.total']),
    none: new RegExp(`${NONE}[^。，；\\d]{0,16}行政诉讼${NO_COUNT}`),
    within: {
      section: 'review',
      // Not one of its two columns (复议后提起行政诉讼2件, 直接提起…): the verb opens the clause. 行政诉讼2件
      // alone too, opening its clause, as 四 counts its cases (件, not 项 or 条), and so 行政复议4件.
      patterns: [
        re(`${CASE_VERB}行政诉讼(?:案件|案)?${TOTAL}N`),
        re(`${CASE_AT}行政诉讼(?:案件|案)${TOTAL}N`),
        re(`${CASE_AT}行政诉讼${TOTAL}${CASES}`)
      ]
    }
  },
  // 新收申请 by applicant. “法人申请66件” next to “其他组织申请20件” (seed 003) is one column of five: only
  // the printed 法人或其他组织 is their sum.
  {
    name: '自然人申请',
    patterns: [
      re(`${first('自然人|公民')}${NEW_SENT}(?:自然人|公民(?:个人)?)(?:提出|提交)?(?:的)?(?:申请)?${TOTAL}N`)
    ],
    terms: terms('requests', ['new.np'])
  },
  {
    name: '法人或其他组织申请',
    patterns: [
      re(`${first('法人')}${NEW_SENT}法人(?:或者?|和|及)其他组织(?:提出|提交)?(?:的)?(?:申请)?${TOTAL}N`)
    ],
    terms: terms('requests', ['new.biz', 'new.sci', 'new.npo', 'new.law', 'new.oth']),
    label: '表三“一、本年新收政府信息公开申请数量”行“法人或其他组织”各列之和'
  },
  outcomeProse('不予公开', rows('r3', 8), '表三“（三）不予公开”各项“总计”列之和'),
  outcomeProse('无法提供', rows('r4', 3), '表三“（四）无法提供”各项“总计”列之和'),
  outcomeProse('不予处理', rows('r5', 5), '表三“（五）不予处理”各项“总计”列之和'),
  {
    name: '未经复议直接起诉',
    patterns: [re(`(?:未经(?:行政)?复议)?直接(?:提起)?(?:行政)?(?:起诉|诉讼)(?:的)?(?:案件)?${TOTAL}N`)],
    terms: terms('review', ['lit1.total'])
  },
  {
    name: '复议后起诉',
    patterns: [re(`(?:行政)?复议后(?:再)?(?:提起)?(?:行政)?(?:起诉|诉讼)(?:的)?(?:案件)?${TOTAL}N`)],
    terms: terms('review', ['lit2.total'])
  },
  ...resultProse('行政复议', REV_AT, ['rev']),
  ...resultProse('行政诉讼', LIT_AT, ['lit1', 'lit2'])
]

/** 制发规章/规范性文件, and decisions of table 二: `label` as the report words it. */
export const madeProse = (name: string, label: string, cell: string): ProseQuantity => ({
  name,
  patterns: [
    new RegExp(`(?:制发|制定|出台|印发)(?:了)?${label}${DOC}`),
    new RegExp(`${label}制发${DOC}`),
    // “制发规章1件、行政规范性文件5件”: the second item of the list.
    new RegExp(`(?:制发|制定|出台|印发)(?:了)?[^，。；]{1,12}?\\d+[件部个份][、，和及与]${label}${DOC}`)
  ],
  terms: terms('active', [cell])
})

/**
 * A count of decisions stated before it: 作出行政许可决定1200件、 or 作出行政许可1200件、 (not 实施行政许可事项120项、,
 * a count of items).
 */
const DECIDED = `(?:决定(?:共|合计)?\\d+(?:\\.\\d+)?[万亿]?[件个宗项]|(?:作出|实施)(?:了)?[^，,。；;\\d]{2,16}?\\d+(?:\\.\\d+)?[万亿]?[件宗])`

/** Another row's decisions in the same list (…决定1200件，行政处罚300件，行政强制3件). */
const DECIDED_TOO = `(?:(?:行政许可|其他对外管理服务事项|行政处罚|行政强制)(?:共|合计)?\\d+[件宗][、，,和及与])`

/**
 * Decisions of a row of 表二: 作出行政处罚决定12件, and without 决定 where the words still make them decisions,
 * after 作出 or 实施 (作出行政处罚12件) or listed after a count of decisions (作出行政许可决定1200件、行政处罚12
 * 件); not alone (行政处罚12件 may be cases filed or items published), nor in 项 (the 2019 row's 项目数量).
 */
export const decisionProse = (name: string, label: string, cell: string): ProseQuantity => ({
  name,
  patterns: [
    new RegExp(`${label}(?:处理)?决定(?:共|合计)?${COUNT}[件个宗项]`),
    new RegExp(`(?:作出|实施)(?:了)?${label}(?:共|合计)?${COUNT}[件宗](?!次)`),
    new RegExp(`(?<=${DECIDED}[、，,和及与]${DECIDED_TOO}*)${label}(?:共|合计)?${COUNT}[件宗](?!次)`)
  ],
  terms: terms('active', [cell])
})

// ---------------------------------------------------------------- table 二: 规章 and 规范性文件

/** A count of documents. */
const DOC = `${WHOLE}[件部个份]`
/** “制发规章1件、行政规范性文件5件”: what comes before the second item of a list. */
const LIST_BEFORE = '[^，,。；;]{1,12}?\\d+[件部个份][、，,和及与]'
export const REG = '规章(?!制度)'
export const NORM = '(?:行政)?规范性文件'

/** The sentence so far names `item` and never `other`: “本年制发行政规范性文件6件，废止2件”. */
const about = (item: string, other: string): string =>
  `(?<=(?:^|[。；;\\n])(?:(?!${other})${SENT})*)(?<=${item}${SENT}*)`

/**
 * A column of a document row of table 二 (规章 or 规范性文件): `verb` with the item after it (“废止规章2件”,
 * `tail` between item and figure: “对外公开规章总数12件”), second in a list (“废止规章1件、行政规范性文件2件”),
 * or `bare` without the item in a sentence that names this item and not the other (“制发行政规范性文件6件，
 * 废止2件，现行有效41件”).
 */
export const documentProse = (
  name: string,
  cell: string,
  doc: { item: string; other: string },
  words: { verb: string; tail?: string; bare: string }
): ProseQuantity => ({
  name,
  patterns: [
    new RegExp(`${words.verb}(?:了)?${doc.item}${words.tail ?? ''}${TOTAL}(?:为)?${DOC}`),
    new RegExp(`${words.verb}(?:了)?${LIST_BEFORE}${doc.item}${DOC}`),
    new RegExp(`${first(words.bare)}${about(doc.item, doc.other)}${words.bare}${TOTAL}(?:为)?${DOC}`)
  ],
  terms: terms('active', [cell])
})

export const regulations = { item: REG, other: '规范性文件' }
export const normativeDocs = { item: NORM, other: REG }

/**
 * 2021 本年收费金额（万元）: decimals kept. A sum waived or cut (减免、免征、降低、缓缴…), anywhere in its clause
 * before the fees (累计减免涉企行政事业性收费12万元), is not the amount, nor is the fees of one kind of payer (涉企).
 */
export const feesProse: ProseQuantity = {
  name: '行政事业性收费金额',
  patterns: [
    /(?<![减免降退停缓涉][^，,。；;]{0,8})(?:收取|征收|收缴)?(?:了)?行政事业性收费(?:金额|总额|总金额|收入)?(?:共|合计|共计|总计)?(?:为|达)?(\d+(?:\.\d+)?(?:亿(?=元)|(?=万元)))万?元/
  ],
  unit: '万',
  terms: terms('active', ['fees.amount'])
}

/** 2019 政府集中采购 采购项目数量. */
export const procurementProse: ProseQuantity = {
  name: '政府集中采购项目',
  patterns: [new RegExp(`政府集中采购(?:项目)?(?:数量)?(?:共|合计|共计)?(?:为|达)?${WHOLE}[个项件]`)],
  terms: terms('active', ['procurement.projects'])
}

/** 2019 行政事业性收费 上一年项目数量: 行政事业性收费项目上一年10项, 上一年度行政事业性收费项目10项. */
export const feeItemsProse: ProseQuantity = {
  name: '行政事业性收费上一年项目数量',
  patterns: [
    new RegExp(
      `行政事业性收费(?:项目)?(?:数量)?(?:上一?年度?|去年)(?:项目)?(?:数量)?(?:共|合计|共计)?(?:为|有|达)?${WHOLE}[项个]`
    ),
    new RegExp(
      `(?:上一?年度?|去年)(?:的)?行政事业性收费(?:项目)?(?:数量)?(?:共|合计|共计)?(?:为|有|达)?${WHOLE}[项个]`
    )
  ],
  terms: terms('active', ['fees.lastYear'])
}

/** The rows of the 2019 表二 with a signed 本年增/减, by the word that tells each from the others. */
const CHANGE_ROWS = [
  { label: '行政许可', own: '许可', cell: 'licence.change' },
  { label: '其他对外管理服务事项', own: '服务事项', cell: 'otherService.change' },
  { label: '行政处罚', own: '处罚', cell: 'penalty.change' },
  { label: '行政强制', own: '强制', cell: 'coercion.change' },
  { label: '行政事业性收费', own: '收费', cell: 'fees.change' }
]
/**
 * The change as 表二 prints it, signed (本年增减-1项, 本年增/减：+2项, the sign full-width or −), or 0; unsigned it is
 * not surely a rise.
 */
const SIGNED =
  '(?:本年度?|今年|全年)?(?:项目)?(?:数量)?增[/、]?减(?:数量|项目数?)?(?:为|是|[:：])?([-+−－＋]\\d+|0)'
/** A count of items, not 个百分点. */
const ITEMS = '(?:项|个(?!百分点))'

/**
 * 2019 本年增/减 of a row of 表二, a signed cell: 本年增加2项 is +2, 本年减少1项 −1, 本年增减-1项 as printed. The
 * comparison with last year (比上年减少1项) is the change itself, so it is part of the words read, not another
 * year's figure. 行政事业性收费's words must not have turned to another row since its name (…，行政许可事项减少3项
 * is 行政许可's); it also falls by 取消 or 停征 and rises by 新增. The other rows are read closer, where their
 * name is followed by the change or by last year's count (行政许可事项减少3项, 行政许可事项上一年120项，本年增加5项),
 * and only by 增加 or 减少: 取消行政许可事项3项 may be less than the net change, and 行政许可…，网上可办率比上年增加5个
 *百分点 is of another thing.
 */
const changeProse = (
  row: (typeof CHANGE_ROWS)[number],
  words: { falls: string; rises: string; near?: boolean }
): ProseQuantity => {
  const { rises } = words
  // A fall word, not the 减 of 增减 (whose figure carries its sign, or is unsigned: not surely a fall).
  const falls = words.falls.replace('|减', '|(?<!增[/、]?)减')
  const others = [...CHANGE_ROWS.filter((r) => r !== row).map((r) => r.own), '采购', '规章', '规范性文件']
  const after = words.near
    ? `(?<=${row.label}(?:事项|项目)?(?:数量)?(?:[^，,。；;\\n\\d]{0,8}\\d+${ITEMS}[，,])?)`
    : `(?<=${row.label}(?:(?!${others.join('|')})${SENT}){0,30})`
  return {
    name: `${row.label}本年增/减`,
    patterns: [
      new RegExp(
        `${after}(?:本年度?|今年|全年)?(?:较|比|同比)?(?:上一?年度?|去年)?(?:共)?(?:${rises}|${falls})(?:了)?${WHOLE}${ITEMS}`
      ),
      new RegExp(`${after}${SIGNED}${ITEMS}`)
    ],
    negative: new RegExp(`(?:${falls})(?:了)?${WHOLE}`),
    ...(row.own === '收费'
      ? {
          none: new RegExp(
            `${row.label}(?:(?!${others.join('|')})${SENT}){0,30}?(?:没有|无|未)(?:增减|变化|变动)`
          )
        }
      : {}),
    terms: terms('active', [row.cell])
  }
}

export const feeChangeProse = changeProse(CHANGE_ROWS[4], {
  falls: '减少|取消|停征|减',
  rises: '增加|新增|增'
})
/** 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制: their 本年增/减. */
export const itemChangeProse = CHANGE_ROWS.slice(0, 4).map((row) =>
  changeProse(row, { falls: '减少|减', rises: '增加|增', near: true })
)

/**
 * 2019 政府集中采购 采购总金额: 采购总金额2350.5万元 after the projects, 政府集中采购金额3481775656元, read in 元
 * (the cell's unit is the report's, checks/prose.ts); 节约资金 or a budget is not the amount.
 */
export const procurementAmountProse: ProseQuantity = {
  name: '政府集中采购总金额',
  patterns: [
    /政府集中采购(?:项目)?(?:的)?(?:采购)?(?:总金额|金额|总额)(?:共|合计|共计|总计)?(?:为|达)?(\d+(?:\.\d+)?[万亿]?)元/,
    new RegExp(
      `(?<=政府集中采购${SENT}{0,40}[，,、和及])(?:采购)?(?:总金额|金额|总额)(?:共|合计|共计|总计)?(?:为|达)?(\\d+(?:\\.\\d+)?[万亿]?)元`
    )
  ],
  terms: terms('active', ['procurement.amount'])
}
