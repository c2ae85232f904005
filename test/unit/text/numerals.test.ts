import { describe, expect, it } from 'vitest'
import { chineseNumeral } from '@shared/text/numerals'

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十九', 29],
    ['一十二', 12],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十二', 112],
    ['两千零三', 2003],
    ['三千二百', 3200],
    ['一万', 10000],
    ['三万二千', 32000],
    ['一万零五', 10005]
  ])('%s is %i', (text, value) => {
    expect(chineseNumeral(text)).toBe(value)
  })

  // Not a count in the usual form, or not surely which: left unread.
  it.each(['', '零', '〇', '二〇二三', '十十', '五十百', '百', '十两', '一百二', '一万五', '一二', '十四五'])(
    '%s is not read',
    (text) => {
      expect(chineseNumeral(text)).toBeUndefined()
    }
  )
})
