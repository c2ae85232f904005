// Quantities that 总体情况 quotes in words and that tables 三/四 hold (template-2021.md §4.4, NAR-01).
// The same in 2019 and 2021: tables 三 and 四 did not change. Numbers are captured in group 1.
import { terms } from './build'
import type { ProseQuantity } from './types'

const N = '(\\d+)\\s*[件宗个条]'
const re = (s: string): RegExp => new RegExp(s.replace('N', N))

export const commonProse: ProseQuantity[] = [
  {
    name: '新收申请',
    patterns: [re('(?:新收|新收到|收到|受理)(?:各类)?(?:政府信息公开|依申请公开)?申请(?:共)?N')],
    terms: terms('requests', ['new.tot'])
  },
  {
    name: '上年结转申请',
    patterns: [re('上年(?:度)?结转(?:政府信息公开)?(?:申请)?(?:共)?N')],
    terms: terms('requests', ['carry.tot'])
  },
  {
    name: '办结申请',
    patterns: [re('(?:办结|答复|已办结|已答复)(?:申请)?(?:共)?N')],
    terms: terms('requests', ['r7.tot'])
  },
  {
    name: '结转下年度',
    patterns: [re('(?:结转下一?年度?|转下一?年度?|结转至下一?年度?)(?:继续)?办理(?:申请)?N')],
    terms: terms('requests', ['next.tot'])
  },
  {
    name: '行政复议',
    patterns: [re('(?:行政复议|被申请行政复议)(?:案件)?(?:共)?N')],
    terms: terms('review', ['rev.total'])
  },
  {
    name: '行政诉讼',
    patterns: [re('(?:行政诉讼|被提起行政诉讼)(?:案件)?(?:共)?N')],
    terms: terms('review', ['lit1.total', 'lit2.total'])
  }
]
