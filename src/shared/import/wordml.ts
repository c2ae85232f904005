// word/document.xml → lines: paragraphs become text lines, tables rows whose pieces are their cells
// (w:gridSpan widens a cell, a w:vMerge continuation is covered like an HTML rowspan); a layout table is
// read as the text and tables it holds. A scanner, not a DOM: a report's document.xml is a few hundred KB
// and a DOM of it costs more than the whole import.
// Word 2003 XML (WordML, one file, often published named .doc) is read by the same scanner: its body has
// the same elements, with headers, footers, footnotes and comments inline (left out) and w:vmerge and
// w:hmerge in lower case.
import { htmlLines } from './html'
import { isLayoutTable } from './layoutTable'
import { paragraphPieces, tableRowLines, type Line } from './lines'
import { headingOf } from './sections'
import type { SourceLoc } from './types'
import { attr, decodeXml } from './xml'
import { withoutInvisibles } from '../text/invisible'

const TAG = /<(\/?)([a-zA-Z]+:[a-zA-Z]+|[a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g
const clean = (s: string): string => s.replace(/[\u00A0\u3000\s]+/g, ' ').trim()

const SKIPPED = new Set([
  'mc:Fallback',
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:hdr',
  'w:ftr',
  'w:footnote',
  'w:endnote',
  // a property as it was before a tracked change: not the text's as shown (a w:vanish since taken off)
  'w:rPrChange',
  'w:pPrChange'
])

const MAIN_NS =
  /\sxmlns(?::([A-Za-z_][\w.-]*))?="(?:http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main)"/

/**
 * A part whose writer bound Word's namespace to another prefix (ns0:, as Python's XML writer does) or made
 * it the default one, with its elements and their attributes as w: — the names this scanner knows them by.
 */
export function withWordPrefix(xml: string): string {
  const m = MAIN_NS.exec(xml)
  if (!m || m[1] === 'w') return xml
  const prefix = m[1]
  if (prefix)
    return xml
      .replace(new RegExp(`(</?)${prefix}:`, 'g'), '$1w:')
      .replace(new RegExp(`(\\s)${prefix}:(?=[A-Za-z]+=)`, 'g'), '$1w:')
  // Unprefixed elements are Word's; so are their unprefixed attributes, which a writer may leave so.
  return xml.replace(
    /<(\/?)([A-Za-z][\w-]*)(\s[^>]*?)?(\/?)>/g,
    (_, close: string, name: string, attrs = '', self: string) =>
      `<${close}w:${name}${attrs.replace(/(\s)(?!xmlns\b)([A-Za-z]+)=/g, '$1w:$2=')}${self}>`
  )
}

/** w:vanish, w:b and the like are on unless their w:val says off. */
const on = (attrs: string): boolean => !/^(?:0|false|off)$/.test(attr(attrs, 'w:val') ?? 'true')

/** Styles (w:styleId) that hide the text set in them; a .docx declares them in styles.xml. */
export type HiddenStyles = ReadonlySet<string>

/** The ids of the styles in `stylesXml` whose text is hidden (w:vanish), themselves or by the style they are based on. */
export function hiddenStyles(stylesXml: string): HiddenStyles {
  const own = new Map<string, { vanish?: boolean; basedOn?: string }>()
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1], 'w:styleId')
    if (!id) continue
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[2])?.[1] ?? ''
    const vanish = /<w:vanish\b([^>]*?)\/?>/.exec(rPr)
    own.set(id, {
      vanish: vanish ? on(vanish[1]) : undefined,
      basedOn: attr(/<w:basedOn\b([^>]*)>/.exec(m[2])?.[1] ?? '', 'w:val')
    })
  }
  const hidden = new Set<string>()
  for (const id of own.keys()) {
    let s = own.get(id)
    // a chain of basedOn is short; the bound keeps a loop in a broken file finite
    for (let depth = 0; s && s.vanish === undefined && s.basedOn && depth < 20; depth++)
      s = own.get(s.basedOn)
    if (s?.vanish) hidden.add(id)
  }
  return hidden
}

/** Styles (w:styleId) of a table of contents' entries and heading: Word's toc 1…toc 9 and TOC Heading. */
export type ContentsStyles = ReadonlySet<string>

// By name, as a localized Word names the ids otherwise (a Chinese Word's toc 1 is w:styleId="10"); WPS
// names them so too, and some copies 目录 1.
const CONTENTS_STYLE = /^(?:toc|目录)\s*(?:[1-9]|heading|标题)$/i

/** The ids of the styles in `stylesXml` that set a table of contents. */
export function contentsStyles(stylesXml: string): ContentsStyles {
  const ids = new Set<string>()
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1], 'w:styleId')
    const name = attr(/<w:name\b([^>]*)>/.exec(m[2])?.[1] ?? '', 'w:val')
    if (id && name && CONTENTS_STYLE.test(name.trim())) ids.add(id)
  }
  return ids
}

/**
 * What a cell holds, in order: its paragraphs' text, and the tables inside it, whose lines are made once
 * the table is known to be the document's (a table is numbered as it is read as data).
 */
type Block = { paragraph: string; contents?: boolean; indented?: boolean } | { table: (no: number) => Line[] }

interface Cell {
  blocks: Block[]
  col: number
  span: number
  merge: 'restart' | 'continue' | undefined
}

interface Table {
  rows: Cell[][]
  row?: Cell[]
  cell?: Cell
  col: number
  /** How many paragraphs were open where it began: more are open inside one of its cells' text boxes. */
  depth: number
}

// Page layout or data (layoutTable.ts); a w:vMerge continuation fills no column of its own.
const isLayout = (t: Table): boolean =>
  isLayoutTable(
    t.rows.map((cells) =>
      cells
        .filter((c) => c.merge !== 'continue')
        .map((c) => ({ holdsTable: c.blocks.some((b) => 'table' in b), parts: c.blocks.length }))
    )
  )

const blockText = (b: Block): string =>
  'paragraph' in b
    ? clean(b.paragraph)
    : b
        .table(-1)
        .map((l) => l.text)
        .join(' ')

const moved = (loc: SourceLoc, table: number, line: number): SourceLoc =>
  'table' in loc ? { ...loc, table: table + loc.table } : { line: line + loc.line }

/**
 * An embedded page's lines placed among the document's: its tables numbered from the document's next, its
 * text lines after the document's so far.
 */
const placed = (chunk: Line[], table: number, line: number): Line[] =>
  chunk.map((l) => ({
    ...l,
    loc: moved(l.loc, table, line),
    pieces: l.pieces.map((p) => ({ ...p, loc: moved(p.loc, table, line) }))
  }))

export function wordLines(
  xml: string,
  hidden: HiddenStyles = new Set(),
  contentsStyled: ContentsStyles = new Set()
): Line[] {
  const lines: Line[] = []
  let tableNo = 0
  // Paragraphs nest (a text box inside a paragraph), tables too (a cell may hold a table).
  const paras: string[] = []
  // What a text box anchored in an open paragraph holds comes after that paragraph: a 表三 in a text box
  // anchored in its heading belongs under the heading, not before it.
  const boxed: Block[][] = []
  // Hidden text (w:vanish: a template's 填报说明, a figure hidden for a former one) is not on the page. A
  // run's own property decides, else its character style, else its paragraph's style.
  const paraHidden: boolean[] = []
  let run: { vanish?: boolean; styled: boolean } | undefined
  let inPPr = false
  // The paragraph mark's own properties (w:pPr/w:rPr). Hidden, as Word's style separator hides it, or
  // deleted with changes tracked, the mark is not on the page: Word runs the paragraph on into the next.
  const marks: { vanish?: boolean; styled: boolean; deleted: boolean }[] = []
  let inMarkRPr = false
  const shown = (): boolean => !(run?.vanish ?? (run?.styled || paraHidden[paraHidden.length - 1]))
  let inText = false
  // A table of contents: the result of a TOC field (its code in w:instrText, or w:fldSimple's w:instr),
  // the content control Word puts it in (docPartGallery “Table of Contents”), paragraphs in its styles.
  // Its lines are marked, for contents.ts to leave out with the 目录 typed as text.
  const fields: { code: string; result: boolean; from: number }[] = []
  let inCode = false
  const galleries: boolean[] = []
  const paraContents: boolean[] = []
  // A first-line indent (w:ind w:firstLine, as every body paragraph of a 公文 has, ours included) starts a
  // paragraph as two spaces start a line of text: its paragraph is not a hard-wrapped line of the one before.
  const paraIndented: boolean[] = []
  const inContents = (): boolean =>
    galleries.includes(true) || fields.some((f) => f.result && /^\s*TOC\b/i.test(f.code))
  // (by its id too, where the styles are not at hand: Word's TOC1, a copy's 目录1)
  const contentsStyle = (id: string): boolean => contentsStyled.has(id) || /^(?:TOC|目录)\s*[1-9]$/i.test(id)
  // A part of another format embedded at its place (w:altChunk: a report pasted in as a web page), which
  // docx.ts has put inline as the text of the element: read as the HTML it is.
  let chunk: string | undefined
  let skip = 0
  const annotations: boolean[] = []
  const tables: Table[] = []
  const BODY: Block[] = []
  /** Where a block ends now: a text box's blocks, a cell's, or the body's lines (BODY). */
  const target = (): Block[] => {
    const top = tables[tables.length - 1]
    if (paras.length > (top?.depth ?? 0)) return boxed[paras.length - 1]
    return top?.cell?.blocks ?? BODY
  }
  // The text of paragraphs whose mark is hidden, by where they are, waiting for the paragraph they run
  // into: the next one there. A table there, or the end of the cell or text box, has it stand alone, as
  // Word cannot run a paragraph into a table. So does a part's heading run in with its first words (Word's
  // style separator is made for that): the parts are found by their headings' lines.
  const held = new Map<Block[], string>()
  const place = (block: Block, into: Block[]): void => {
    const before = held.get(into)
    if (before !== undefined) {
      held.delete(into)
      if ('paragraph' in block && !headingOf(clean(before)))
        block = { ...block, paragraph: before + block.paragraph }
      else place({ paragraph: before }, into)
    }
    if ('paragraph' in block && !clean(block.paragraph)) return
    if (into !== BODY) into.push(block)
    // (a loop, not push(...): a spread of a page's 100,000 lines overflows the stack)
    else if ('table' in block) for (const l of block.table(tableNo++)) lines.push(l)
    else {
      const loc = { line: lines.length + 1 }
      lines.push({
        text: clean(block.paragraph),
        pieces: paragraphPieces(block.paragraph, loc.line),
        loc,
        indent: block.indented ? 2 : 0,
        ...(block.contents && { contents: true })
      })
    }
  }
  const emit = (block: Block): void => place(block, target())
  const release = (into: Block[]): void => {
    if (held.has(into)) place({ paragraph: '' }, into)
  }
  // An embedded page's tables take numbers after the one its block is given; a cell's text takes none (-1).
  const chunkLines = (chunk: Line[], no: number): Line[] => {
    if (no < 0) return chunk
    tableNo = no + chunk.reduce((n, l) => Math.max(n, 'table' in l.loc ? l.loc.table + 1 : 0), 1)
    return placed(chunk, no, lines.length)
  }
  const flushTable = (t: Table): void => {
    if (isLayout(t)) {
      for (const cells of t.rows) for (const c of cells) c.blocks.forEach(emit)
      return
    }
    const rows = t.rows.map((cells) =>
      cells
        .filter((c) => c.merge !== 'continue')
        .map((c) => ({ col: c.col, text: clean(c.blocks.map(blockText).join(' ')) }))
    )
    emit({ table: (no) => tableRowLines(rows, no) })
  }
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs, selfClose, text] = m
    if (text !== undefined) {
      if (chunk !== undefined && !skip) chunk += text
      if (inCode && fields.length) fields[fields.length - 1].code += decodeXml(text)
      if (inText && !skip && paras.length && shown()) {
        paras[paras.length - 1] += decodeXml(text)
        if (inContents() && /\S/.test(text)) paraContents[paraContents.length - 1] = true
      }
      continue
    }
    // mc:Fallback repeats mc:Choice (text boxes); deleted text is not the document's, nor text moved
    // away (its w:moveTo twin is, where it went), nor what runs beside the body (WordML keeps headers, footers and notes inline).
    if (name === 'w:instrText' && !skip) inCode = !close && !selfClose
    if (SKIPPED.has(name)) {
      // a deleted paragraph mark: <w:del …/> among the mark's properties
      if (name === 'w:del' && selfClose && inMarkRPr && !skip && marks.length)
        marks[marks.length - 1].deleted = true
      if (!selfClose) skip += close ? -1 : 1
      continue
    }
    // A WordML comment is an annotation holding paragraphs; other annotations (an insertion) hold the text.
    if (name === 'aml:annotation' && !selfClose) {
      const comment = close ? annotations.pop() : attr(attrs, 'w:type') === 'Word.Comment'
      if (!close) annotations.push(comment ?? false)
      if (comment) skip += close ? -1 : 1
      continue
    }
    if (skip) continue
    switch (name) {
      case 'w:p':
        if (close) {
          const mark = marks.pop()
          const hiddenMark = !!mark && (mark.deleted || (mark.vanish ?? (mark.styled || !!paraHidden.at(-1))))
          paraHidden.pop()
          const text = withoutInvisibles(paras.pop() ?? '')
          const contents = paraContents.pop()
          const indented = paraIndented.pop()
          const inBoxes = boxed.pop() ?? []
          release(inBoxes)
          // A paragraph anchoring a text box stays whole, the box's text after it.
          if (hiddenMark && !inBoxes.length) held.set(target(), (held.get(target()) ?? '') + text)
          else emit({ paragraph: text, contents, indented })
          inBoxes.forEach(emit)
        } else if (!selfClose) {
          paras.push('')
          boxed.push([])
          paraHidden.push(false)
          marks.push({ styled: false, deleted: false })
          paraContents.push(false)
          paraIndented.push(false)
        }
        break
      case 'w:pPr':
        inPPr = !close && !selfClose
        inMarkRPr = false
        break
      case 'w:rPr':
        if (inPPr) inMarkRPr = !close && !selfClose
        break
      case 'w:pStyle':
        if (inPPr && paraHidden.length) {
          paraHidden[paraHidden.length - 1] = hidden.has(attr(attrs, 'w:val') ?? '')
          paraContents[paraContents.length - 1] ||= contentsStyle(attr(attrs, 'w:val') ?? '')
        }
        break
      case 'w:ind':
        if (inPPr && !inMarkRPr && paraIndented.length)
          paraIndented[paraIndented.length - 1] =
            Number(attr(attrs, 'w:firstLineChars') ?? 0) > 0 || Number(attr(attrs, 'w:firstLine') ?? 0) > 0
        break
      case 'w:fldChar': {
        if (close) break
        const type = attr(attrs, 'w:fldCharType')
        if (type === 'begin') fields.push({ code: '', result: false, from: lines.length })
        else if (type === 'separate' && fields.length) fields[fields.length - 1].result = true
        else if (type === 'end') fields.pop()
        break
      }
      case 'w:fldSimple':
        if (selfClose) break
        if (close) fields.pop()
        else fields.push({ code: decodeXml(attr(attrs, 'w:instr') ?? ''), result: true, from: lines.length })
        break
      case 'w:sdt':
        if (selfClose) break
        if (close) galleries.pop()
        else galleries.push(false)
        break
      case 'w:docPartGallery':
        if (galleries.length && /^Table of Contents$/i.test(attr(attrs, 'w:val') ?? ''))
          galleries[galleries.length - 1] = true
        break
      case 'w:r':
        run = !close && !selfClose ? { styled: false } : undefined
        break
      case 'w:rStyle':
        if (run && !inPPr) run.styled = hidden.has(attr(attrs, 'w:val') ?? '')
        else if (inMarkRPr && marks.length)
          marks[marks.length - 1].styled = hidden.has(attr(attrs, 'w:val') ?? '')
        break
      // The paragraph mark's own (in w:pPr) hides the mark alone, not the paragraph's text: it runs on.
      case 'w:vanish':
        if (run && !inPPr) run.vanish = on(attrs)
        else if (inMarkRPr && marks.length) marks[marks.length - 1].vanish = on(attrs)
        break
      case 'w:t':
        inText = !close && !selfClose
        break
      case 'w:altChunk':
        if (selfClose) break
        if (!close) chunk = ''
        else if (chunk !== undefined) {
          const html = decodeXml(chunk)
          chunk = undefined
          emit({ table: (no) => chunkLines(htmlLines(html), no) })
        }
        break
      // A tab may separate the cells of a table typed with tabs (lines.ts paragraphPieces).
      case 'w:tab':
        if (paras.length && !close && shown()) paras[paras.length - 1] += '\t'
        break
      // Word's non-breaking hyphen (Ctrl+Shift+-) is a character without a w:t: a dash written for a
      // figure, or a minus
      case 'w:noBreakHyphen':
        if (paras.length && !close && shown()) paras[paras.length - 1] += '-'
        break
      case 'w:br':
      case 'w:cr':
        if (paras.length && !close && shown()) paras[paras.length - 1] += ' '
        break
      case 'w:tbl':
        if (!close) tables.push({ rows: [], col: 0, depth: paras.length })
        else {
          const t = tables.pop()
          if (t) flushTable(t)
        }
        break
      case 'w:tr': {
        const t = tables[tables.length - 1]
        if (!t) break
        if (!close) {
          t.row = []
          t.col = 0
        } else if (t.row) {
          t.rows.push(t.row)
          t.row = undefined
        }
        break
      }
      case 'w:gridBefore': {
        const t = tables[tables.length - 1]
        if (t && !close) t.col += Number(attr(attrs, 'w:val') ?? 0) || 0
        break
      }
      case 'w:tc': {
        const t = tables[tables.length - 1]
        if (!t?.row) break
        if (!close) {
          t.cell = { blocks: [], col: t.col, span: 1, merge: undefined }
        } else if (t.cell) {
          release(t.cell.blocks)
          t.row.push(t.cell)
          t.col += t.cell.span
          t.cell = undefined
        }
        break
      }
      case 'w:gridSpan': {
        const c = tables[tables.length - 1]?.cell
        if (c) c.span = Math.max(1, Math.min(200, Number(attr(attrs, 'w:val') ?? 1) || 1))
        break
      }
      case 'w:vMerge':
      case 'w:vmerge': {
        const c = tables[tables.length - 1]?.cell
        if (c) c.merge = attr(attrs, 'w:val') === 'restart' ? 'restart' : 'continue'
        break
      }
      // WordML's horizontal merge: the cells merged into the first are covered, as a w:gridSpan would.
      case 'w:hmerge': {
        const c = tables[tables.length - 1]?.cell
        if (c && attr(attrs, 'w:val') !== 'restart') c.merge = 'continue'
        break
      }
    }
  }
  release(BODY)
  // A TOC field never ended (its end lost, or deleted alone with changes tracked) would make the rest of
  // the document its contents: what follows its start is read as text, the contents with it.
  const open = fields.find((f) => /^\s*TOC\b/i.test(f.code))
  if (open) for (let i = open.from; i < lines.length; i++) delete lines[i].contents
  return lines
}

/**
 * Word's XML saved as one file: Word 2003 XML, whose body is read as is, or Word 2007's flat package, of
 * whose parts only the document is the report (not its headers, footers or styles).
 */
export function flatWordLines(xml: string): Line[] {
  const part = /<pkg:part\b[^>]*pkg:name="\/word\/document\.xml"[\s\S]*?<\/pkg:part>/.exec(xml)
  // the styles are in the same file: WordML's w:styles, the package's styles part
  return wordLines(part ? part[0] : xml, hiddenStyles(xml), contentsStyles(xml))
}
