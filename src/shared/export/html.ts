// The report as HTML for a website CMS. Editors such as UEditor and wangEditor strip classes and <style>,
// so every cell carries its border and alignment inline; one plain <table> per statutory table in the
// official layout, each in a box of its own; no nested tables; nothing remote. All user text is escaped.
import { formats, getFormat, headingRowCount } from '../formats'
import type { FormatDecl, GridCell, TableDecl } from '../formats'
import type { Report } from '../model/report'
import { cellText, columnShares, placeGrid } from './grid'
import { rowsKeptWithNext } from './keep'
import {
  documentTitle,
  isSubheading,
  runInHeading,
  sectionParagraphs,
  signOff,
  signOffIndents,
  titleLines
} from './prose'
import { AGENCY_KIND_MARK } from './agencyKindMark'
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

// A word with no break in it (a web address) wraps at the text's edge instead of widening the page, which
// a printed PDF would shrink to fit.
const WRAP = 'word-wrap:break-word;overflow-wrap:anywhere'

const STYLE = {
  title: `margin:0 0 1em;text-align:center;font-family:${CSS_FONTS.title};font-size:${PT.title}pt;font-weight:normal;line-height:1.5;${WRAP}`,
  heading: `margin:1em 0 0;text-indent:2em;font-family:${CSS_FONTS.heading1};font-size:${PT.body}pt;font-weight:normal;line-height:${LINE_PT}pt`,
  paragraph: `margin:0;text-indent:2em;font-family:${CSS_FONTS.body};font-size:${PT.body}pt;line-height:${LINE_PT}pt;text-align:justify;${WRAP}`,
  /**
   * Around each table: on a phone 表四's fifteen columns are wider than the screen, and the table scrolls
   * sideways in its box instead of the whole page. Inline, since the CMS drops <style>.
   */
  tableBox: 'margin:0.5em 0 1em;overflow-x:auto;max-width:100%',
  table: `margin:0;border-collapse:collapse;width:100%;${BORDER};font-family:${CSS_FONTS.table}`,
  signOff: `text-align:right;font-family:${CSS_FONTS.body};font-size:${PT.body}pt;line-height:${LINE_PT}pt;${WRAP}`,
  /** Printed, a line that heads what follows (（一）…, a line ending in ：) never ends a page; nor does a 落款 split. */
  keepWithNext: 'break-after:avoid;page-break-after:avoid',
  keepWithBefore: 'break-before:avoid;page-break-before:avoid'
}

/**
 * A table is never narrower than two characters of its headings a column (结果/维持): on a phone it scrolls
 * sideways in its box rather than stack them a character a line. (The printed page lifts this: see
 * htmlDocument.) No more than that: 表四's fifteen columns at 2.8em are 672 px at 16 px, inside a CMS's
 * 700 px column with its borders, which at 3em (720 px) scrolled by 20 px whatever its figures.
 */
const EM_PER_COLUMN = 2.8
const minWidth = (columns: number): number => Math.round(columns * EM_PER_COLUMN * 10) / 10
/** The most columns a statutory table has: 表四's fifteen. */
const MAX_COLUMNS = Math.max(...formats.flatMap((f) => f.tables.map((t) => placeGrid(t).width)))

/**
 * The body fragment to paste into a CMS editor: title, headings, paragraphs and tables, all styled inline. It
 * carries no 机关类型 (agencyKindMark.ts): it has no head, and what it holds is published as the page.
 */
export function htmlFragment(report: Report): string {
  const format = getFormat(report.format)
  const title = titleLines(documentTitle(report)).map(escapeHtml).join('<br>')
  const out: string[] = [`<h1 style="${STYLE.title}">${title}</h1>`]
  for (const section of format.sections) {
    out.push(`<h2 style="${STYLE.heading}">${escapeHtml(section.heading)}</h2>`)
    for (const p of sectionParagraphs(report, section)) {
      const keep = isSubheading(p) ? `;${STYLE.keepWithNext}` : ''
      out.push(`<p style="${STYLE.paragraph}${keep}">${paragraphHtml(p)}</p>`)
    }
    const table = format.tables.find((t) => t.id === section.table)
    if (table) out.push(htmlTable(report, format, table))
  }
  out.push(...signOffHtml(report))
  return out.join('\n')
}

/** A paragraph's text; a heading run into it (（一）主动公开。) in 楷体, as the Word export sets it. */
function paragraphHtml(text: string): string {
  const lead = runInHeading(text)
  if (!lead) return escapeHtml(text)
  return `<span style="font-family:${CSS_FONTS.heading2}">${escapeHtml(lead.heading)}</span>${escapeHtml(lead.rest)}`
}

/** The 落款 under the last part, one blank line below it; align= for editors that drop style. */
function signOffHtml(report: Report): string[] {
  const sign = signOff(report)
  if (!sign) return []
  const indent = signOffIndents(sign)
  const line = (text: string, right: number, first: boolean): string =>
    `<p align="right" style="margin:${first ? `${LINE_PT}pt 0 0` : '0'};padding-right:${right}em;${STYLE.signOff};${STYLE.keepWithBefore}">${escapeHtml(text)}</p>`
  return sign.agency
    ? [line(sign.agency, indent.agency, true), line(sign.date, indent.date, false)]
    : [line(sign.date, indent.date, true)]
}

export function htmlTable(report: Report, format: FormatDecl, table: TableDecl): string {
  const grid = placeGrid(table)
  // printed, the rows a spanning label needs for its lines end no page (keep.ts)
  const kept = rowsKeptWithNext(report, format, table)
  const rows = grid.rows.map((row, r) => {
    const cells = row.map(({ cell }) => {
      // Headings and row labels are <th>, with the way they head (scope), so that a screen reader names a
      // figure by its row and column (表三's 1.属于国家秘密 under （三）不予公开, 法人或其他组织 商业企业).
      // scope="col" for a heading over several columns too: colgroup would mean the table's one <colgroup>.
      // Every header cell of the declared tables is in a row of headings; a spanned label heads each row
      // it spans.
      const th = cell.kind === 'header' || cell.kind === 'label'
      const tag = th ? 'th' : 'td'
      const scope = cell.kind === 'header' ? ' scope="col"' : cell.kind === 'label' ? ' scope="row"' : ''
      const span =
        (cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
        (cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '')
      // A label looks as it did as a <td>: not bold, whatever a browser or a site makes of <th>.
      const weight =
        cell.kind === 'header' ? ';font-weight:bold' : cell.kind === 'label' ? ';font-weight:normal' : ''
      const style = `${CELL};text-align:${ALIGN[cell.kind]}${weight}`
      // align/valign repeat the style for editors whose whitelist keeps attributes but drops style
      const attrs = `${scope}${span} align="${ALIGN[cell.kind]}" valign="middle" style="${style}"`
      return `<${tag}${attrs}>${escapeHtml(cellText(report, format, table, cell, ''))}</${tag}>`
    })
    return `<tr${kept.has(r) ? ` style="${STYLE.keepWithNext}"` : ''}>${cells.join('')}</tr>`
  })
  // Column headings in <thead>: a printed table repeats them on every page.
  const head = headingRowCount(table)
  const thead = head ? `<thead>\n${rows.slice(0, head).join('\n')}\n</thead>` : ''
  const tbody = `<tbody>\n${rows.slice(head).join('\n')}\n</tbody>`
  // Columns shared out as the Word table shares them: labels their room, numbers theirs.
  const cols = columnShares(report, format, table)
    .map((share) => `<col style="width:${(share * 100).toFixed(2)}%">`)
    .join('')
  const style = `${STYLE.table};min-width:${minWidth(grid.width)}em`
  return `<div style="${STYLE.tableBox}"><table border="1" cellspacing="0" cellpadding="4" width="100%" style="${style}"><colgroup>${cols}</colgroup>${thead}${tbody}</table></div>`
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
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="${AGENCY_KIND_MARK}" content="${report.agencyKind}">`,
    `<title>${escapeHtml(documentTitle(report))}</title>`,
    `<style>@page{size:A4;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}` +
      `@page:right{@bottom-right{${PAGE_NUMBER};padding-right:1em}}` +
      `@page:left{@bottom-left{${PAGE_NUMBER};padding-left:1em}}` +
      // On a phone the text keeps off the screen's edges; on paper the page margins do that. On a wider
      // screen the column is as wide as 表四's fifteen columns need (EM_PER_COLUMN), which the 156 mm of
      // paper would hide behind a sideways scroll.
      `body{margin:0 auto;max-width:max(156mm,${minWidth(MAX_COLUMNS) + 3}em);padding:0 12px}` +
      '@media print{body{max-width:none;padding:0}}' +
      'h1,h2{break-after:avoid;page-break-after:avoid}p{orphans:2;widows:2}' +
      // No row splits over a page; a row of headings (表二's 第二十条第（五）项 and its column headings)
      // never ends one, so a block's figures never start a page without them. Only headings: a row label
      // is a <th> too, and with every row to be kept with the next Chromium finds no break it may take
      // between rows, and breaks inside one (表三's 5.要求行政机关确认或重新出具已获取信息 over two pages).
      'tr{break-inside:avoid;page-break-inside:avoid}' +
      'tr:has(>th[scope=col]){break-after:avoid;page-break-after:avoid}' +
      // A row that starts a label spanning rows holds, for Chromium, the whole span: 表三's 三、本年度办理结果
      // is 22 rows, taller than a page, and kept together it left most of the page before it blank. That
      // row's own cells are kept whole instead, as every other row's are.
      'tr:has(>th[rowspan]){break-inside:auto;page-break-inside:auto}' +
      'td,th:not([rowspan]){break-inside:avoid;page-break-inside:avoid}' +
      // Paper does not scroll, and a table wider than the text block would shrink every page to fit it:
      // printed, tables keep to the text block, their cells closer to their edges (15 columns of 表四 hold
      // four digits each).
      '@media print{div{overflow:visible!important}table{min-width:0!important}' +
      'td,th{padding-left:2px!important;padding-right:2px!important}}</style>',
    '</head>',
    `<body style="font-family:${CSS_FONTS.body};color:#000;background:#fff">`,
    htmlFragment(report),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
