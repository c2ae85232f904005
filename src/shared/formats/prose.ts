// Quantities that 总体情况 quotes in words and that tables 三/四 hold (template-2021.md §4.4, NAR-01).
// The same in 2019 and 2021: tables 三 and 四 did not change. Numbers are captured in group 1.
// Patterns run on prose as checks/text.ts normalises it: half-width digits, no spaces or line breaks
// inside sentences, no thousands separators. Tested against the seeds and ../shared/fixtures.
import { terms } from './build'
import type { ProseQuantity } from './types'

/** A count with its unit. */
const N = '(\\d+)[件宗个条项起]'
/** A count of new requests followed by “（含上年结转…）” is new + carried over: not compared. */
const NEW = `${N}(?![（(](?:含|其中|包括)上)`
const re = (s: string): RegExp => new RegExp(s.replaceAll('NEW', NEW).replaceAll('N', N))
const TOTAL = '(?:共|合计|共计|总计)?'
const KIND = '(?:各类)?(?:政府信息公开|依申请公开(?:政府信息)?|信息公开)?'

export const commonProse: ProseQuantity[] = [
  {
    name: '新收申请',
    patterns: [
      re(`新收(?:到)?${KIND}(?:申请)?${TOTAL}NEW`),
      re(`(?:收到|受理)(?:了)?(?:各类)?(?:政府信息公开|依申请公开(?:政府信息)?|信息公开)申请${TOTAL}NEW`)
    ],
    terms: terms('requests', ['new.tot']),
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
    // Only where the sentence is about requests: 办结 alone also counts 政务服务事项 and the like.
    patterns: [
      re(
        `(?<=(?:申请|信息公开)[^。；]{0,30})(?<!当面|书面|电话|网上|延期|逾期|按时|及时|现场|邮寄|口头|依法)(?:已)?(?:办结|答复)(?:了)?${KIND}(?:申请)?${TOTAL}N`
      ),
      re(`(?:办结|答复)(?:了)?(?:各类)?(?:政府信息公开|依申请公开)?申请${TOTAL}N`)
    ],
    terms: terms('requests', ['r7.tot']),
    whole: /办结|答复/
  },
  {
    name: '结转下年度',
    patterns: [
      re(`(?:结转|转|顺延)(?:到|至)?下一?年度?(?:继续)?(?:办理|答复)(?:的)?(?:申请)?N`),
      re(`N(?:申请)?(?:结转|顺延|转)(?:到|至)?下一?年度?`)
    ],
    terms: terms('requests', ['next.tot'])
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
    none: /(?<!尚)(?:未|没有)(?!经)(?:发生|出现)?[^。，；\d]{0,12}行政复议/
  },
  {
    name: '行政诉讼',
    patterns: [
      re(`(?<=信息公开[^。；]{0,30})行政诉讼(?:案件|案)?${TOTAL}N`),
      re(`被(?:提起)?行政诉讼(?:案件|案)?${TOTAL}N`)
    ],
    terms: terms('review', ['lit1.total', 'lit2.total']),
    none: /(?<!尚)(?:未|没有)(?!经)(?:发生|出现)?[^。，；\d]{0,16}行政诉讼/
  }
]

/** 制发规章/规范性文件, and decisions of table 二: `label` as the report words it. */
export const madeProse = (name: string, label: string, cell: string): ProseQuantity => ({
  name,
  patterns: [
    new RegExp(`(?:制发|制定|出台|印发)(?:了)?${label}(\\d+)[件部个份]`),
    new RegExp(`${label}制发(\\d+)[件部个份]`),
    // “制发规章1件、行政规范性文件5件”: the second item of the list.
    new RegExp(
      `(?:制发|制定|出台|印发)(?:了)?[^，。；]{1,12}?\\d+[件部个份][、，和及与]${label}(\\d+)[件部个份]`
    )
  ],
  terms: terms('active', [cell])
})

export const decisionProse = (name: string, label: string, cell: string): ProseQuantity => ({
  name,
  patterns: [new RegExp(`${label}(?:处理)?决定(?:共|合计)?(\\d+)[件个宗项]`)],
  terms: terms('active', [cell])
})
