// Every user-visible string of the export feature.
import type { FileFilter } from '../api'

/**
 * How the txt export shows a blank cell, so that it never reads as 0: a dash, as Chinese statistical tables show
 * for “no figure”, which readers of copied reports (the importer included) take as blank.
 */
export const BLANK_TEXT = '-'
/** Said under a table with blank cells, so that a reader (the batch check among them) does not take the dash
 * for a placeholder printed in place of a figure (VAL-06), which a blank is not. */
export const BLANK_LEGEND = `注：表中“${BLANK_TEXT}”表示未填写。`

/** File name when a report has no title yet. */
export const UNTITLED = '政府信息公开工作年度报告'

export const FILTERS: Record<'txt' | 'html' | 'docx' | 'json', FileFilter> = {
  txt: { name: '纯文本', extensions: ['txt'] },
  html: { name: '网页文件', extensions: ['html', 'htm'] },
  docx: { name: 'Word 文档', extensions: ['docx'] },
  json: { name: '年报数据（JSON）', extensions: ['json'] }
}

const KIND_NAMES: Record<string, string> = {
  txt: '纯文本',
  html: '网页',
  docx: 'Word 文档',
  json: 'JSON 数据'
}

/** Why an export failed, for the status line (the export itself never sees a person). */
export const FAILURE = {
  unknownFormat: (format: string) => `无法导出：不认识的报告格式“${format}”`,
  failed: (kind: string, why: string) => `生成${KIND_NAMES[kind] ?? kind}失败：${why}`
} as const
