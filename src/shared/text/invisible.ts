// Characters that show nothing: a zero-width space some CMS editors leave after each figure (&#8203;), a
// soft hyphen, a word joiner, a BOM inside the text. Left in, a cell reading “12” would hold no number.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

export const withoutInvisibles = (s: string): string => s.replace(INVISIBLE, '')

/**
 * A mark that turns the direction of the text after it: in a file name, 年报\u202Excod.exe shows as
 * 年报exe.docx. A name taken from a published page may hold one.
 */
export const DIRECTION_MARK = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/
