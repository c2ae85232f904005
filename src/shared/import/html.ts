// HTML → lines. Paragraph-like elements become text lines; a data table becomes one line per <tr>
// whose pieces are its cells, located by grid row and column (rowspan/colspan expanded). A table whose
// cells hold tables is page layout, not data: its content is read as ordinary blocks.
import { NodeType, parse } from 'node-html-parser'
import type { HTMLElement, Node } from 'node-html-parser'
import { paragraphPieces, tableRowLines, type Line, type RowCell } from './lines'
import { importText } from './messages'
import { ImportRefusal } from './refusal'
import { withoutInvisibles } from '../text/invisible'

const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'center',
  'dd',
  'dt',
  'dl',
  'main',
  'body',
  'html',
  'form',
  'hr',
  'caption'
])
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'svg', 'object'])

// Inline markup carries nothing the reader uses (its text is read as if it were not there), and a page
// that leaves thousands of it unclosed (<span> after <span>) costs the parser time growing with their
// square: 100,000 took over a minute. Dropped before parsing, after the comments (a script commented out,
// <!--<script src=…>-->, would otherwise run to the page's last </script>) and the scripts and styles
// whose text could hold tag-like strings. An attribute's quoted value may hold a “>” (onclick="a>0").
const ATTRIBUTES = `(?:\\s(?:[^>"']|"[^"]*"|'[^']*')*)?`
const INLINE = new RegExp(
  `<\\/?(?:span|font|b|i|u|s|em|strong|small|big|sub|sup|a|abbr|ins|del|strike|mark|nobr|label|o:p|st1:[\\w-]+)${ATTRIBUTES}\\/?>`,
  'gi'
)
const COMMENTS = /<!--[\s\S]*?-->/g
const SCRIPTS = /<(script|style)\b[\s\S]*?<\/\1\s*>/gi
// Elements that close themselves or that the parser closes at the next of their kind.
const NOT_NESTING =
  /^(?:br|img|hr|meta|link|input|col|area|base|wbr|source|embed|param|track|p|li|td|th|tr|option|dt|dd)$/i
// A tag: its name begins with a letter, so that <!doctype> and Word's <![if !supportLists]> are none.
const TAG = new RegExp(`<(\\/?)([a-zA-Z][\\w:-]*)${ATTRIBUTES}>`, 'g')
/** A page nested deeper than any real one: the parser's time and the reader's stack would not hold. */
export const MAX_DEPTH = 1000

function nestingDepth(html: string): number {
  let depth = 0
  let max = 0
  for (const m of html.matchAll(TAG)) {
    if (NOT_NESTING.test(m[2]) || m[0].endsWith('/>')) continue
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1
    if (depth > max) max = depth
  }
  return max
}

const clean = (s: string): string =>
  withoutInvisibles(s)
    .replace(/[\u00A0\u3000\s]+/g, ' ')
    .trim()

const span = (el: HTMLElement, name: string): number => {
  const n = Number.parseInt(el.getAttribute(name) ?? '1', 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 200) : 1
}

const rowsOf = (table: HTMLElement): HTMLElement[] => {
  const out: HTMLElement[] = []
  for (const child of table.childNodes) {
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue
    const el = child as HTMLElement
    const tag = el.tagName?.toLowerCase()
    if (tag === 'tr') out.push(el)
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') out.push(...rowsOf(el))
  }
  return out
}

const cellsOf = (tr: HTMLElement): HTMLElement[] =>
  tr.childNodes.filter(
    (c): c is HTMLElement =>
      c.nodeType === NodeType.ELEMENT_NODE && ['td', 'th'].includes((c as HTMLElement).tagName?.toLowerCase())
  )

const hasTable = (el: HTMLElement): boolean =>
  el.childNodes.some(
    (c) =>
      c.nodeType === NodeType.ELEMENT_NODE &&
      ((c as HTMLElement).tagName?.toLowerCase() === 'table' || hasTable(c as HTMLElement))
  )

const TEXT_INDENT = /text-indent\s*:\s*(?:0*[1-9]|0*\.\d*[1-9])/i

/**
 * The content of the document's <meta name=`name`> in its head, before its <body>: no text of a page, which
 * is escaped or in its body, can put one there. A page of a site that published the report has its own head.
 */
export function headMeta(source: string, name: string): string | undefined {
  // the head alone is cleaned and parsed: a long page is read once, by htmlLines
  const start = source.search(/<head[\s>]/i)
  const body = source.search(/<body[\s>]/i)
  if (start < 0 || (body >= 0 && body < start)) return undefined
  const end = source.slice(start).search(/<\/head\s*>|<body[\s>]/i)
  const head = source.slice(start, end < 0 ? undefined : start + end)
  const meta = parse(head.replace(COMMENTS, '').replace(SCRIPTS, ''))
    .querySelectorAll('meta')
    .find((m) => m.getAttribute('name')?.toLowerCase() === name)
  return meta?.getAttribute('content')
}

export function htmlLines(source: string): Line[] {
  const html = source.replace(COMMENTS, '').replace(SCRIPTS, '').replace(INLINE, '')
  if (nestingDepth(html) > MAX_DEPTH) throw new ImportRefusal(importText.htmlTooDeep(MAX_DEPTH))
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true } })
  const lines: Line[] = []
  let buffer = ''
  let tableNo = 0
  // Inside a Word page's table of contents (<p class=MsoToc1>, MsoTocHeading): its entries' page numbers
  // may be hidden there (display:none), leaving no shape to know them by (contents.ts).
  let contents = 0
  // The first line of a block indented by its style (text-indent:2em, as a 公文's paragraphs are, ours
  // included) starts a paragraph, as two spaces start one in a text file: it is no hard-wrapped line of the
  // one before. Lines after a <br> in it are not indented.
  let indented = false
  const flush = (): void => {
    const text = clean(buffer)
    const raw = buffer
    buffer = ''
    if (!text) return
    const loc = { line: lines.length + 1 }
    const indent = indented ? 2 : 0
    indented = false
    lines.push({
      text,
      pieces: paragraphPieces(raw, loc.line),
      loc,
      indent,
      ...(contents > 0 && { contents: true })
    })
  }
  const table = (el: HTMLElement): void => {
    const rows = rowsOf(el)
    const nested = rows.some((tr) => cellsOf(tr).some(hasTable))
    if (nested) {
      for (const tr of rows)
        for (const td of cellsOf(tr)) {
          walk(td)
          flush()
        }
      return
    }
    const taken: boolean[][] = []
    const cells = rows.map((tr, r) => {
      const out: RowCell[] = []
      let c = 0
      for (const td of cellsOf(tr)) {
        while (taken[r]?.[c]) c++
        const rs = span(td, 'rowspan')
        const cs = span(td, 'colspan')
        for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) (taken[r + i] ??= [])[c + j] = true
        out.push({ text: clean(td.textContent), col: c })
        c += cs
      }
      return out
    })
    lines.push(...tableRowLines(cells, tableNo++))
  }
  // Inside <pre> a line break is a line, as in a text file (a page that shows a report as typed).
  let pre = 0
  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = withoutInvisibles(node.textContent)
      if (!pre) buffer += text
      else
        text.split(/\r?\n/).forEach((part, i) => {
          if (i > 0) flush()
          buffer += part
        })
      return
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return
    const el = node as HTMLElement
    const tag = el.tagName?.toLowerCase() ?? ''
    if (SKIP.has(tag)) return
    if (tag === 'table') {
      flush()
      table(el)
      return
    }
    if (tag === 'br') {
      flush()
      return
    }
    const block = BLOCK.has(tag) || tag === 'tr' || tag === 'td' || tag === 'th'
    if (block) {
      flush()
      indented = TEXT_INDENT.test(el.rawAttrs)
    }
    // (the raw attributes first: parsing them for every paragraph costs a long page a fifth of its time)
    const toc =
      block && /MsoToc/i.test(el.rawAttrs) && /\bMsoToc(?:\d|Heading)\b/i.test(el.getAttribute('class') ?? '')
    if (tag === 'pre') pre++
    if (toc) contents++
    for (const child of el.childNodes) walk(child)
    if (tag === 'pre') pre--
    if (block) {
      flush()
      indented = false
    }
    if (toc) contents--
  }
  walk(root)
  flush()
  return lines
}
