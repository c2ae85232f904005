// Traditional → Simplified, and the vocabulary that “localised” mirrors rewrite (checks.md IMP-01).
// Character conversion (`t` → `cn`) and then MIRROR_WORDS. OpenCC's Taiwan phrase table (`twp`) would
// undo more rewrites but also invents some (指標→指针, 互動→交互), which a report must never get.
import { Converter } from 'opencc-js/t2cn'

type Convert = (text: string) => string

let chars: Convert | undefined
const t = (): Convert => (chars ??= Converter({ from: 't', to: 'cn' }))

/** IMP-01 rewrites, keys as character conversion leaves them. Mirrors turn every 文件 into 檔案. */
export const MIRROR_WORDS: readonly [string, string][] = [
  ['档案', '文件'],
  ['入口网站', '门户网站'],
  ['最佳化', '优化'],
  ['套用', '应用'],
  ['程式', '程序'],
  ['视窗', '窗口'],
  ['计画', '计划'],
  ['智能型', '智能'],
  ['智慧型', '智能'],
  // Taiwan's words for 信息, 软件, 服务器, 互联网; 资讯 is the one a report cannot do without.
  ['资讯', '信息'],
  ['软体', '软件'],
  ['伺服器', '服务器'],
  ['网际网路', '互联网'],
  ['网路', '网络'],
  // seed 000: 国税、地税相关凭证列印 (打印)
  ['列印', '打印']
]

const mirrorRe = new RegExp(MIRROR_WORDS.map(([from]) => from).join('|'), 'g')
const mirrorMap = new Map(MIRROR_WORDS)

export function undoMirror(text: string): string {
  return text.replace(mirrorRe, (w) => mirrorMap.get(w) ?? w)
}

/**
 * The text in Simplified, and whether it was Traditional: enough characters change under conversion.
 * A Simplified text is returned untouched (conversion is not the identity on every Simplified word).
 */
export function simplify(text: string): { text: string; traditional: boolean } {
  // Judged on the Chinese characters only (a .docx's XML is mostly markup), at most 20,000 of them.
  const sample = (text.match(/[\u4e00-\u9fff]+/g) ?? []).join('').slice(0, 20_000)
  const converted = t()(sample)
  let changed = 0
  const n = Math.min(sample.length, converted.length)
  for (let i = 0; i < n; i++) if (sample[i] !== converted[i]) changed++
  const traditional = sample.length > 0 && changed / sample.length > 0.02 && changed >= 3
  return traditional ? { text: toSimplified(text), traditional } : { text, traditional }
}

export const isTraditional = (text: string): boolean => simplify(text).traditional

/** A Traditional mirror's text as the Simplified original: script and vocabulary. */
export const toSimplified = (text: string): string => undoMirror(t()(text))

const FULL_ASCII = /[\uFF01-\uFF5E]/g

/**
 * The form in which labels and headings are compared: Simplified, mirror words undone, full-width
 * ASCII and brackets half-width, no white space, list marks “1、” “1．” as “1.”.
 */
const normalized = new Map<string, string>()

export function normalizeLabel(text: string): string {
  const hit = normalized.get(text)
  if (hit !== undefined) return hit
  // The same labels recur in every import (and twice in one: once per candidate format).
  if (normalized.size > 20_000) normalized.clear()
  const s = undoMirror(t()(text))
    .replace(FULL_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00A0\u3000]+/g, '')
    .replace(/[“”"]/g, '"')
    .replace(/(\d)[、,，．]/g, '$1.')
  normalized.set(text, s)
  return s
}
