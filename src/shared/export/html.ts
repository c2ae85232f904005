// The report as HTML for a website CMS. Editors such as UEditor and wangEditor strip classes and <style>,
// so every cell carries its border and alignment inline; one plain <table> per statutory table in the
// official layout, each in a box of its own; no nested tables; nothing remote. All user text is escaped.
import { getFormat } from '../formats'
import type { FormatDecl, GridCell, TableDecl } from '../formats'
import type { Report } from '../model/report'
import { cellText, headingRows, placeGrid } from './grid'
import { documentTitle, sectionParagraphs, signOff, signOffIndents } from './prose'
import { CSS_FONTS, LINE_PT, MARGIN_MM, PT } from './style'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

const BORDER = 'border:1px solid #000'
const CELL = `${BORDER};padding:4px 6px;vertical-align:middle;font-size:${PT.table}pt;line-height:1.5`
const ALIGN: Record<GridCell['kind'], string> = {
  header: 'center',
  label: 'left',
  value: 'center',
  blank: 'center'
}

const STYLE = {
  title: `margin:0 0 1em;text-align:center;font-family:${CSS_FONTS.title};font-size:${PT.title}pt;font-weight:normal;line-height:1.5`,
  heading: `margin:1em 0 0;text-indent:2em;font-family:${CSS_FONTS.heading1};font-size:${PT.body}pt;font-weight:normal;line-height:${LINE_PT}pt`,
  paragraph: `margin:0;text-indent:2em;font-family:${CSS_FONTS.body};font-size:${PT.body}pt;line-height:${LINE_PT}pt;text-align:justify`,
  /**
   * Around each table: on a phone 表四's fifteen columns are wider than the screen, and the table scrolls
   * sideways in its box instead of the whole page. Inline, since the CMS drops <style>.
   */
  tableBox: 'margin:0.5em 0 1em;overflow-x:auto;max-width:100%',
  table: `margin:0;border-collapse:collapse;width:100%;${BORDER};font-family:${CSS_FONTS.table}`,
  signOff: `text-align:right;font-family:${CSS_FONTS.body};font-size:${PT.body}pt;line-height:${LINE_PT}pt`
}

/** The body fragment to paste into a CMS editor: title, headings, paragraphs and tables, all styled inline. */
export function htmlFragment(report: Report): string {
  const format = getFormat(report.format)
  const out: string[] = [`<h1 style="${STYLE.title}">${escapeHtml(documentTitle(report))}</h1>`]
  for (const section of format.sections) {
    out.push(`<h2 style="${STYLE.heading}">${escapeHtml(section.heading)}</h2>`)
    for (const p of sectionParagraphs(report, section))
      out.push(`<p style="${STYLE.paragraph}">${escapeHtml(p)}</p>`)
    const table = format.tables.find((t) => t.id === section.table)
    if (table) out.push(htmlTable(report, format, table))
  }
  out.push(...signOffHtml(report))
  return out.join('\n')
}

/** The 落款 under the last part, one blank line below it; align= for editors that drop style. */
function signOffHtml(report: Report): string[] {
  const sign = signOff(report)
  if (!sign) return []
  const indent = signOffIndents(sign)
  const line = (text: string, right: number, first: boolean): string =>
    `<p align="right" style="margin:${first ? `${LINE_PT}pt 0 0` : '0'};padding-right:${right}em;${STYLE.signOff}">${escapeHtml(text)}</p>`
  return sign.agency
    ? [line(sign.agency, indent.agency, true), line(sign.date, indent.date, false)]
    : [line(sign.date, indent.date, true)]
}

export function htmlTable(report: Report, format: FormatDecl, table: TableDecl): string {
  const grid = placeGrid(table)
  const rows = grid.rows.map((row) => {
    const cells = row.map(({ cell }) => {
      const tag = cell.kind === 'header' ? 'th' : 'td'
      const span =
        (cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
        (cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '')
      const weight = cell.kind === 'header' ? ';font-weight:bold' : ''
      const style = `${CELL};text-align:${ALIGN[cell.kind]}${weight}`
      // align/valign repeat the style for editors whose whitelist keeps attributes but drops style
      const attrs = `${span} align="${ALIGN[cell.kind]}" valign="middle" style="${style}"`
      return `<${tag}${attrs}>${escapeHtml(cellText(report, format, table, cell, ''))}</${tag}>`
    })
    return `<tr>${cells.join('')}</tr>`
  })
  // Column headings in <thead>: a printed table repeats them on every page.
  const head = headingRows(grid)
  const thead = head ? `<thead>\n${rows.slice(0, head).join('\n')}\n</thead>` : ''
  const tbody = `<tbody>\n${rows.slice(head).join('\n')}\n</tbody>`
  return `<div style="${STYLE.tableBox}"><table border="1" cellspacing="0" cellpadding="4" width="100%" style="${STYLE.table}">${thead}${tbody}</table></div>`
}

/**
 * “— 1 —” in 4号宋体 at the outer edge, 7 mm under the text (GB/T 9704-2012 §7.5), by CSS page-margin boxes,
 * which Chromium prints (Electron's printToPDF, without its own header and footer).
 */
const PAGE_NUMBER =
  `content:"— " counter(page) " —";font-family:${CSS_FONTS.table};font-size:${PT.pageNumber}pt;` +
  'vertical-align:top;padding-top:7mm'

/** A complete UTF-8 document, printable on A4 with the 公文 margins (the PDF export prints it). */
export function htmlDocument(report: Report): string {
  const m = MARGIN_MM
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(documentTitle(report))}</title>`,
    `<style>@page{size:A4;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}` +
      `@page:right{@bottom-right{${PAGE_NUMBER};padding-right:1em}}` +
      `@page:left{@bottom-left{${PAGE_NUMBER};padding-left:1em}}` +
      // On a phone the text keeps off the screen's edges; on paper the page margins do that.
      'body{margin:0 auto;max-width:156mm;padding:0 12px}@media print{body{max-width:none;padding:0}}' +
      'h1,h2{break-after:avoid;page-break-after:avoid}p{orphans:2;widows:2}' +
      // Paper does not scroll: a table wider than the text block runs into the margin rather than being cut off.
      '@media print{div{overflow:visible!important}}</style>',
    '</head>',
    `<body style="font-family:${CSS_FONTS.body};color:#000;background:#fff">`,
    htmlFragment(report),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
