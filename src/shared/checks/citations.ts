// How the 2007 条例 is cited (checks.md REF-01): read by the wording check and by the correction it offers.

// REF-01: the 2007 条例 (国务院令第492号), and its article numbers for the report's deadline and content
// (第三十一、三十二条; now 第四十九、五十条) cited where the sentence is about the annual report.
export const OLD_ORDER = /国务院令第?492号|第492号国务院令/g
export const OLD_ARTICLE = /条例》?(?:（[^）]{0,12}）)?(?:的规定|规定)?(?:和|、)?(第三十[一二]条)/g
export const ABOUT_REPORT = /年度报告|年报/

export const sentences = (text: string): string[] => text.split(/(?<=[。；！？\n])/)
