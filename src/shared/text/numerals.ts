// Counts written in Chinese numerals (二十九件, 一百零五件, 两件), as some reports write small figures: the
// figure's value, and the words in which a numeral before a unit is a count at all (CHINESE_COUNT).

/** The characters of a Chinese numeral, for a pattern's character class. */
export const CHINESE_DIGITS = '〇零一二两三四五六七八九十百千万'

/**
 * A count in Chinese numerals, for a pattern: read only where a unit follows that does not make it part of a
 * set phrase (一件一档, 一件事一次办, 一项一策, 一条龙, 一件不落), nor in 个 or 次 (两个方面, 一次性告知), nor
 * after 第, 每, 统, 唯, 逐 (第一件, 统一, 逐一), nor from the middle of a numeral (the 十条 of 第二十条). Every
 * check that reads counts in words reads them so; the unit is the pattern's to match after it.
 */
export const CHINESE_COUNT = `(?<![第每统唯单逐同之${CHINESE_DIGITS}])[一二两三四五六七八九十][${CHINESE_DIGITS}]*(?=[件宗条项起部份](?![${CHINESE_DIGITS}]|性|事|档|策|式|窗|表|单|码|号|端|站|网|平台|龙|心|不))`

/** Each Chinese digit's value (两 with 二): the counts' and, with the zeros typists use, the dates' (publication.ts). */
export const DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}
const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/**
 * The value of a Chinese numeral in the usual counting form (二十九, 一百零五, 十二, 两千零三, 三万二千), or
 * undefined where it is not one or not surely: a string of bare digits (二〇二三, a year's), a place written
 * twice in a row (十十) or out of order (五十百), a 两 in the units (十两), a lone 零 (零件 is a word), and the
 * spoken short form (一百二, 一万五: 120 or 102?).
 */
export function chineseNumeral(text: string): number | undefined {
  if (!text || /^[〇零]|[百千万][一二三四五六七八九]$/.test(text)) return undefined
  let total = 0
  let section = 0
  let digit: number | undefined
  let lastPlace = Infinity
  let lastWasDigit = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch in DIGIT) {
      // Two digits in a row are only 零 then a digit (一百零五), never 二〇.
      if (lastWasDigit && digit !== 0) return undefined
      digit = DIGIT[ch]
      lastWasDigit = true
      continue
    }
    if (ch in PLACE) {
      const place = PLACE[ch]
      if (place >= lastPlace) return undefined
      // 十二 is 12: a 十 with no digit before it is one ten, and only at the start of its section.
      if (digit === undefined) {
        if (place !== 10 || section !== 0) return undefined
        digit = 1
      }
      section += digit * place
      lastPlace = place
      digit = undefined
      lastWasDigit = false
      continue
    }
    if (ch === '万') {
      if (total !== 0) return undefined
      section += digit ?? 0
      if (section === 0) return undefined
      total = section * 10000
      section = 0
      digit = undefined
      lastPlace = Infinity
      lastWasDigit = false
      continue
    }
    return undefined
  }
  if (text.at(-1) === '两' && text.length > 1) return undefined
  return total + section + (digit ?? 0)
}

/**
 * CHINESE_COUNT where its unit ends its clause or a share follows (其中自然人申请二十件，; 十五件，占53.6%):
 * where no words name what is counted, as in a list or before a share, 一项重要任务 and 三项措施 are no count.
 */
export const CHINESE_COUNT_ALONE = `${CHINESE_COUNT}(?=[件宗条项起部份](?:[，,、；;。：:）)（(\\n]|占|约|近|$))`

/** A count that a pattern with CHINESE_COUNT matched, in digits or not: undefined where a numeral is not surely read. */
export const countValue = (text: string): number | undefined =>
  /^\d/.test(text) ? Number(text) : chineseNumeral(text)
