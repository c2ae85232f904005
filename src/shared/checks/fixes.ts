// Corrections of the prose that a finding can offer and the editor apply in one click. Each is a pure
// function of the text, so what the check found and what the click writes cannot disagree.
import { ABOUT_REPORT, OLD_ARTICLE, OLD_ORDER, sentences } from './citations'

// The 2007 条例's articles on the annual report and their places in the 2019 one.
const ARTICLE_NOW: Record<string, string> = { 第三十一条: '第四十九条', 第三十二条: '第五十条' }

const FULL_DIGITS = /[０-９]+(?:．[０-９]+)?/g

/** Runs of full-width digits, with a decimal point typed full-width between them: １７０, １２．５. */
export const fullWidthNumbers = (text: string): string[] => text.match(FULL_DIGITS) ?? []

export const PROSE_FIXES = {
  /** １７０ → 170, １２．５ → 12.5; ％ and the rest of the text stay as typed. */
  halfWidthDigits: (text: string): string =>
    text.replace(FULL_DIGITS, (run) =>
      run.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    ),
  /**
   * The 2007 条例 cited as the current one (REF-01): 国务院令第492号 → 第711号, and in a sentence on the annual
   * report that cites its 第三十一/三十二条, those articles → 第四十九/五十条.
   */
  currentRegulation: (text: string): string =>
    sentences(text.replace(OLD_ORDER, (order) => order.replace('492', '711')))
      .map((s) =>
        ABOUT_REPORT.test(s) && new RegExp(OLD_ARTICLE.source).test(s)
          ? s.replace(/第三十[一二]条/g, (article) => ARTICLE_NOW[article])
          : s
      )
      .join('')
} satisfies Record<string, (text: string) => string>

export type ProseFix = keyof typeof PROSE_FIXES
