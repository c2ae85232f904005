// Word 97–2003 .doc: a .doc imports as the .docx it was made from (LibreOffice made the fixtures, see
// test/fixtures/import/doc/README.md); fields, empty cells, merges, notes and tracked changes are read as
// Word shows them; a damaged or foreign compound file ends in a Chinese message, never in a hang.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getFormat } from '@shared/formats'
import { paragraphs } from '@shared/export/prose'
import { importReport } from '@shared/import'
import { openCfb } from '@shared/import/cfb'
import { docLines, docToHtml } from '@shared/import/doc'
import { importText } from '@shared/import/messages'
import { contentsLines } from '@shared/import/contents'
import { docxLines } from '@shared/import/docx'
import { htmlLines } from '@shared/import/html'
import type { Piece } from '@shared/import/lines'
import { parseReportJson } from '@shared/model/json'
import type { Report } from '@shared/model/report'
import { buildCfb, buildDoc } from './doc-make'
import { IMPORT_FIXTURES } from './expect'
import { imported } from './imported'

const DOC = join(IMPORT_FIXTURES, 'doc')
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DOC, name)))
const CHINESE = /[\u4e00-\u9fff]/
const REPORTS = ['valid-2021', 'valid-2019', 'seed002-jilin-commerce-2020']

/** What a reader of the report sees: format, year, title, every declared cell, each section by paragraph. */
function essence(report: Report) {
  const format = getFormat(report.format)
  return {
    format: report.format,
    year: report.year,
    title: report.title,
    cells: Object.fromEntries(
      format.tables.map((t) => [
        t.id,
        Object.fromEntries(t.cells.map((c) => [c.key, report.tables[t.id][c.key] ?? null]))
      ])
    ),
    sections: Object.fromEntries(format.sections.map((s) => [s.id, paragraphs(report.sections[s.id])]))
  }
}

/** A table row's piece: its grid column. */
const colOf = (p: Piece): number | undefined => ('col' in p.loc ? p.loc.col : undefined)

/** The lines of the HTML docToHtml writes, as text: a table row is its cells joined by “|”. */
const linesOf = (bytes: Uint8Array): string[] =>
  htmlLines(docToHtml(bytes)).map((l) => (l.row ? l.pieces.map((p) => p.text).join('|') : l.text))

describe.each(REPORTS)('%s.doc (LibreOffice, from the app’s Word export)', (name) => {
  it('reads into the very lines the .docx reader gives: text, cells, their grid columns', async () => {
    const doc = docLines(bytesOf(`${name}.doc`))
    const docx = await docxLines(bytesOf(`${name}.docx`))
    const lines = doc.lines(doc.text)
    expect(lines.filter((l) => l.row).length).toBeGreaterThan(30)
    expect(lines).toEqual(docx.lines(docx.text))
  })

  it('imports as the .docx does, every cell as in the report it was exported from', async () => {
    const fromDoc = await imported(`${name}.doc`, bytesOf(`${name}.doc`))
    const fromDocx = await imported(`${name}.docx`, bytesOf(`${name}.docx`))
    expect(essence(fromDoc.report)).toEqual(essence(fromDocx.report))
    const source = parseReportJson(
      readFileSync(join(IMPORT_FIXTURES, `../reports/${name}.json`), 'utf8')
    ).report
    if (!source) throw new Error('fixture')
    expect(essence(fromDoc.report).cells).toEqual(essence(source).cells)
  })
})

describe('features.doc (from features.fodt)', () => {
  const lines = linesOf(bytesOf('features.doc'))

  it('keeps only the main text: no header, no footnote, nor the note’s reference mark', () => {
    expect(lines.join('\n')).not.toMatch(/页眉|脚注文字/)
    expect(lines).toContain('正文带脚注。')
  })

  it('keeps a field’s result, not its code', () => {
    expect(lines).toContain('第1页，见政府网站。')
    expect(lines.join('\n')).not.toMatch(/PAGE|HYPERLINK|example/)
  })

  it('reads a line break and a tab as spaces, and text that looks like markup as text', () => {
    expect(lines).toContain('Plain ASCII line & <tags> "quoted"')
    expect(lines).toContain('第一行 第二行 制表符后')
  })

  const rows = htmlLines(docToHtml(bytesOf('features.doc')))
    .filter((l) => l.row)
    .map((l) => l.pieces.map((p) => `${colOf(p)}:${p.text}`))

  it('keeps an empty cell where it is, in the middle or at the end of a row', () => {
    expect(rows.slice(0, 3)).toEqual([
      ['0:项目', '1:甲', '2:乙', '3:丙'],
      ['0:规章', '1:1', '2:', '3:3'],
      ['0:规范性文件', '1:4', '2:5', '3:']
    ])
  })

  it('joins a cell’s paragraphs, spans merged columns, flattens a nested table into its cell', () => {
    expect(rows[3]).toEqual(['0:两段 内容', '1:合并', '3:内1 内2'])
  })

  it('leaves out text deleted with changes tracked, keeps what was inserted', () => {
    expect(lines).toContain('修订：保留，新增的文字。')
    expect(lines.join('\n')).not.toContain('已删除')
  })

  it('goes on after the table and the page break', () => {
    expect(lines.slice(-3)).toEqual(['分页后的段落', '修订：保留，新增的文字。', '最后一段'])
  })
})

describe('education2022.doc (a plain text report saved as .doc)', () => {
  it('has every line of the text as a paragraph (its small table stream is in the mini stream)', () => {
    const text = readFileSync(join(IMPORT_FIXTURES, 'education2022.txt'), 'utf8')
    const want = text
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
    expect(linesOf(bytesOf('education2022.doc'))).toEqual(want)
  })

  it.each(['doc', 'docx'])('its tables typed with tabs read as the .txt reads them (.%s)', async (ext) => {
    const text = await imported('e.txt', readFileSync(join(IMPORT_FIXTURES, 'education2022.txt')))
    const word = await imported(`e.${ext}`, bytesOf(`education2022.${ext}`))
    expect(essence(word.report).cells).toEqual(essence(text.report).cells)
    // not blank: the text has every cell of table 三
    expect(Object.values(essence(word.report).cells.requests).every((v) => v !== null)).toBe(true)
  })
})

// Compound files and Word streams built here (./doc-make), for what LibreOffice does not write.

describe('Word streams built here', () => {
  it('reads 8-bit (cp1252) and UTF-16 pieces in order', () => {
    const doc = buildDoc({
      pieces: [
        { text: 'Café “€5” ', compressed: true },
        { text: '信息公开\r' },
        { text: 'fin\r', compressed: true }
      ]
    })
    expect(linesOf(doc)).toEqual(['Café “€5” 信息公开', 'fin'])
  })

  it('keeps the result of nested fields, and the text around them', () => {
    const text = '结果：\x13 IF \x13 PAGE \x141\x15 = 1 "是" \x14是\x15；\x13 TOC \\o \x14\x15完\r'
    expect(linesOf(buildDoc({ pieces: [{ text }] }))).toEqual(['结果：是；完'])
  })

  // sprmCFVanish and sprmCFRMarkDel, on
  const HIDDEN = [0x3c, 0x08, 0x01]
  const DELETED = [0x00, 0x08, 0x01]
  /** `text`'s characters at each `at` with `grpprl`: for a mark, one of `text`'s \r. */
  const marked = (text: string, at: number[], grpprl: number[], papx?: number[][]): Uint8Array =>
    buildDoc({ pieces: [{ text }], chpx: at.map((k) => ({ from: k, to: k + 1, grpprl })), papx })
  const marks = (text: string): number[] => [...text].flatMap((c, k) => (c === '\r' ? [k] : []))

  it('runs a paragraph whose mark is hidden or deleted on into the next, as Word shows it', () => {
    const text = '本年新收申请\r27件，\r办结28件。\r下一段\r'
    const [first, second] = marks(text)
    for (const grpprl of [HIDDEN, DELETED])
      expect(linesOf(marked(text, [first, second], grpprl))).toEqual([
        '本年新收申请27件，办结28件。',
        '下一段'
      ])
    // a part's heading run in with its first words (Word's style separator) stays the heading's line
    const headed = '一、总体情况\r本年度，本局认真贯彻条例。\r'
    expect(linesOf(marked(headed, marks(headed).slice(0, 1), HIDDEN))).toEqual([
      '一、总体情况',
      '本年度，本局认真贯彻条例。'
    ])
    // sprmCFVanish off, or as its style (none hides): the mark ends its paragraph
    for (const off of [0x00, 0x80])
      expect(linesOf(marked(text, [first], [0x3c, 0x08, off]))).toEqual([
        '本年新收申请',
        '27件，',
        '办结28件。',
        '下一段'
      ])
  })

  it('leaves hidden text out, as the .docx reader does: a hidden paragraph with its mark is gone', () => {
    const text = '（填报说明：请填写本年度情况）\r正文第一段。\r'
    const doc = buildDoc({
      pieces: [{ text }],
      chpx: [{ from: 0, to: text.indexOf('\r') + 1, grpprl: HIDDEN }]
    })
    expect(linesOf(doc)).toEqual(['正文第一段。'])
  })

  it('does not run a paragraph into a table: before one it stands alone', () => {
    const IN_TABLE = [0x16, 0x24, 0x01]
    const ROW_END = [...IN_TABLE, 0x17, 0x24, 0x01]
    const text = '表前一段\r规章\x071\x07\x07表后一段\r'
    const papx = [[], IN_TABLE, IN_TABLE, ROW_END, []]
    expect(linesOf(marked(text, [text.indexOf('\r')], HIDDEN, papx))).toEqual([
      '表前一段',
      '规章|1',
      '表后一段'
    ])
  })

  it('marks a TOC field’s paragraphs as a table of contents, not the text after its end', () => {
    const text =
      '目录\r\x13 TOC \\o "1-3" \\h \x14一、总体情况\t\x13 PAGEREF _Toc1 \\h \x141\x15\r' +
      '二、主动公开政府信息情况\t2\r\x15一、总体情况\r正文。\r'
    const lines = htmlLines(docToHtml(buildDoc({ pieces: [{ text }] })))
    expect(lines.map((l) => [l.text, !!l.contents])).toEqual([
      ['目录', false],
      ['一、总体情况 1', true],
      ['二、主动公开政府信息情况 2', true],
      ['一、总体情况', false],
      ['正文。', false]
    ])
    expect([...contentsLines(lines)]).toEqual([0, 1, 2])
    // a TOC field never ended: what follows its start is text
    const open = htmlLines(
      docToHtml(buildDoc({ pieces: [{ text: '\x13 TOC \x14一、总体情况\t1\r一、总体情况\r正文。\r' }] }))
    )
    expect(open.map((l) => !!l.contents)).toEqual([false, false, false])
  })

  it('without paragraph properties, takes an empty \\x07 after a cell end for the row end', () => {
    const doc = buildDoc({ pieces: [{ text: '前\r项目\x07数\x07\x07规章\x071\x07\x07后\r' }] })
    expect(linesOf(doc)).toEqual(['前', '项目|数', '规章|1', '后'])
  })

  it('reads a file without a Clx from fcMin, 8-bit unless fExtChar', () => {
    expect(
      linesOf(buildDoc({ pieces: [{ text: 'plain\r', compressed: true }], noClx: true, flags: 0x0200 }))
    ).toEqual(['plain'])
    expect(linesOf(buildDoc({ pieces: [{ text: '正文\r' }], noClx: true }))).toEqual(['正文'])
  })

  it('reads 4096-byte sectors', () => {
    const doc = buildDoc({ pieces: [{ text: '正文\r' }] })
    const cfb = openCfb(doc)
    const big = buildCfb(
      {
        WordDocument: cfb.stream('WordDocument') as Uint8Array,
        '1Table': cfb.stream('1Table') as Uint8Array
      },
      12
    )
    expect(linesOf(big)).toEqual(['正文'])
  })

  it('reads a file larger than 109 FAT sectors can map, through DIFAT sectors', () => {
    const large = new Uint8Array(8 * 1024 * 1024).map((_, i) => i % 251)
    const file = buildCfb({ Padding: large, Tail: new Uint8Array([1, 2, 3, 4]) })
    expect(new DataView(file.buffer).getUint32(0x48, true)).toBeGreaterThan(0)
    const cfb = openCfb(file)
    // Buffer.equals: a deep comparison of 8 MB takes the matcher tens of seconds.
    expect(Buffer.from(cfb.stream('Padding') as Uint8Array).equals(large)).toBe(true)
    expect(cfb.stream('tail')?.subarray(0, 4)).toEqual(new Uint8Array([1, 2, 3, 4]))
  })

  it('refuses, in Chinese, a compound file that is not Word, a Word 95 file, an encrypted one', () => {
    const excel = buildCfb({ Workbook: new Uint8Array(100) })
    expect(() => docToHtml(excel)).toThrow(importText.doc.notWord)
    expect(() => docToHtml(buildDoc({ pieces: [{ text: 'x\r' }], nFib: 0x68 }))).toThrow(
      importText.doc.tooOld
    )
    expect(() => docToHtml(buildDoc({ pieces: [{ text: 'x\r' }], flags: 0x1300 }))).toThrow(
      importText.doc.encrypted
    )
  })

  it('importReport says so for a compound file that is not Word', async () => {
    const r = await importReport({ name: 'a.doc', data: buildCfb({ Workbook: new Uint8Array(100) }) })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(importText.doc.notWord)
  })
})

describe('damaged files', () => {
  const original = bytesOf('valid-2021.doc')
  const damaged = (change: (b: Uint8Array, view: DataView) => void): Uint8Array => {
    const b = original.slice()
    change(b, new DataView(b.buffer))
    return b
  }
  const fatSector = new DataView(original.buffer, original.byteOffset).getUint32(0x4c, true)
  const fatAt = (fatSector + 1) * 512

  it('a file cut short ends in a Chinese message', () => {
    for (const length of [8, 600, 5000, 20_000, original.length / 2]) {
      expect(() => docToHtml(original.subarray(0, length)), `${length} bytes`).toThrow(CHINESE)
    }
  })

  it('a FAT whose chains loop, or point past the end, ends in “文件结构损坏”', () => {
    const loop = damaged((_, v) => {
      for (let i = 0; i < 128; i++) if (i !== fatSector) v.setUint32(fatAt + 4 * i, i, true)
    })
    expect(() => docToHtml(loop)).toThrow('文件结构损坏')
    const outside = damaged((_, v) => {
      for (let i = 0; i < 128; i++) if (i !== fatSector) v.setUint32(fatAt + 4 * i, 0x00ffffff, true)
    })
    expect(() => docToHtml(outside)).toThrow('文件结构损坏')
  })

  it('a directory whose tree loops ends in “文件结构损坏”', () => {
    const dirAt = (new DataView(original.buffer, original.byteOffset).getUint32(0x30, true) + 1) * 512
    // The root's first child made its own left sibling.
    const loop = damaged((_, v) => {
      const child = v.getUint32(dirAt + 0x4c, true)
      v.setUint32(dirAt + 128 * child + 0x44, child, true)
    })
    expect(() => docToHtml(loop)).toThrow('文件结构损坏')
  })

  it('a DIFAT chain that loops ends in “文件结构损坏”', () => {
    const file = buildCfb({ Padding: new Uint8Array(8 * 1024 * 1024) })
    const view = new DataView(file.buffer)
    const first = view.getUint32(0x44, true)
    view.setUint32((first + 1) * 512 + 508, first, true)
    expect(() => openCfb(file)).toThrow('文件结构损坏')
  })

  it('any bytes changed anywhere: HTML or a Chinese message, quickly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(original.length - 1), value: fc.nat(255) }), {
          minLength: 1,
          maxLength: 40
        }),
        fc.oneof(fc.constant(original.length), fc.nat(original.length)),
        (changes, length) => {
          const b = original.slice(0, length)
          for (const { at, value } of changes) if (at < b.length) b[at] = value
          const started = performance.now()
          try {
            expect(typeof docToHtml(b)).toBe('string')
          } catch (e) {
            expect(e).toBeInstanceOf(Error)
            expect((e as Error).message).toMatch(CHINESE)
          }
          expect(performance.now() - started).toBeLessThan(1000)
        }
      ),
      { numRuns: 300 }
    )
  })
})
