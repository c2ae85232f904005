// Words on when and how a figure in the prose was counted, read alike by the prose checks and the fee
// words of 六: whether a figure is the report year's own.

/** Since a start other than the year (条例实施以来), not 今年以来 or 本年度以来, which are the year. */
export const SINCE_OTHER_START = /(?<!今年|本年度?|年初|全年)以来/
/** The year named: 2024年，累计… and 全年累计… count the year. */
export const YEAR_NAMED = /本年|全年|今年|当年|年内|(?:19|20)\d{2}年/
/** A cut-off at the year's end: 截至12月31日，累计… counts the year. */
export const YEAR_END = /截[至止](?:(?:19|20)\d{2}年)?(?:12月31日|年底|年末)/
/** A clause on what the agency acted by (根据各级部署要求，…; 按照全省统一标准，…), whose words name no subject. */
export const MANNER = /^(?:根据|按照|依照|依据|遵照|参照|围绕|结合|执行)/

/** Whether a 累计 figure whose sentence runs `sentence` up to it is the year's: the year or its end named. */
export const cumulativeOfYear = (sentence: string): boolean =>
  YEAR_NAMED.test(sentence) || YEAR_END.test(sentence)
