// Characters that show nothing: a zero-width space some CMS editors leave after each figure (&#8203;), a
// soft hyphen, a word joiner, a BOM inside the text. Left in, a cell reading “12” would hold no number.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

export const withoutInvisibles = (s: string): string => s.replace(INVISIBLE, '')
