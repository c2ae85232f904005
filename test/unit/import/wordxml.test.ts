// Word's XML saved as one file — Word 2003 XML (WordML), which government sites publish named .doc, and
// Word 2007's flat package — imports as the .docx does. The fixtures are LibreOffice's “MS Word 2003 XML”
// of the .docx fixtures (test/fixtures/import/doc/README.md); what LibreOffice does not write (vertical
// and horizontal merges, comments and tracked changes as aml:annotation, headers inline) is built here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { flatWordLines } from '@shared/import/wordml'
import { essence, fixtureReport } from './laid-out'
import { IMPORT_FIXTURES } from './expect'
import { imported } from './imported'

const DOC = join(IMPORT_FIXTURES, 'doc')
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DOC, name)))

/** Lines as text: a table row is its cells joined by “|”. */
const linesOf = (xml: string): string[] =>
  flatWordLines(xml).map((l) => (l.row ? l.pieces.map((p) => p.text).join('|') : l.text))

describe.each(['valid-2021', 'valid-2019', 'seed002-jilin-commerce-2020'])('%s in Word 2003 XML', (name) => {
  it('named .doc as sites publish it, or .xml: every cell and part as in the report', async () => {
    const want = essence(fixtureReport(name))
    for (const file of [`${name}.doc`, `${name}.xml`]) {
      const r = await imported(file, bytesOf(`${name}.wordml.xml`))
      expect(essence(r.report)).toEqual(want)
      expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    }
  })
})

describe('features.fodt in Word 2003 XML', () => {
  const lines = linesOf(readFileSync(join(DOC, 'features.wordml.xml'), 'utf8'))

  it('keeps only the main text: its header and footnote are inline in WordML, and left out', () => {
    expect(lines.join('\n')).not.toMatch(/页眉|脚注文字/)
    expect(lines).toContain('正文带脚注。')
    expect(lines[0]).toBe('某某局2023年政府信息公开工作年度报告')
  })

  it('reads the table with its empty cells where they are, and text that looks like markup as text', () => {
    expect(lines).toContain('Plain ASCII line & <tags> "quoted"')
    expect(lines).toContain('项目|甲|乙|丙')
    expect(lines).toContain('规章|1||3')
    expect(lines).toContain('规范性文件|4|5|')
  })
})

const W = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"'
const AML = 'xmlns:aml="http://schemas.microsoft.com/aml/2001/core"'
const p = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
const tc = (text: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`

describe('WordML as Word 2003 writes it', () => {
  const doc = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
    `<w:wordDocument ${W} ${AML}><w:body><wx:sect>${body}</wx:sect></w:body></w:wordDocument>`

  it('covers merged cells (w:vmerge, w:hmerge) as a .docx’s are covered', () => {
    const table =
      '<w:tbl>' +
      `<w:tr>${tc('三、本年度办理结果', '<w:vmerge w:val="restart"/>')}${tc('（一）予以公开', '<w:hmerge w:val="restart"/>')}${tc('', '<w:hmerge/>')}${tc('12')}</w:tr>` +
      `<w:tr>${tc('', '<w:vmerge/>')}${tc('（三）不予公开')}${tc('1.属于国家秘密')}${tc('0')}</w:tr>` +
      '</w:tbl>'
    expect(linesOf(doc(table))).toEqual([
      '三、本年度办理结果|（一）予以公开|12',
      '（三）不予公开|1.属于国家秘密|0'
    ])
  })

  it('leaves out comments, deleted text and the running head; keeps inserted text', () => {
    const body =
      '<w:p><w:r><w:t>本年新收申请</w:t></w:r>' +
      '<aml:annotation aml:id="0" w:type="Word.Deletion"><aml:content><w:r><w:delText>26</w:delText></w:r></aml:content></aml:annotation>' +
      '<aml:annotation aml:id="1" w:type="Word.Insertion"><aml:content><w:r><w:t>27</w:t></w:r></aml:content></aml:annotation>' +
      '<w:r><w:t>件。</w:t></w:r>' +
      `<aml:annotation aml:id="2" w:type="Word.Comment"><aml:content>${p('批注：请核对')}</aml:content></aml:annotation>` +
      '</w:p>' +
      `<w:sectPr><w:hdr w:type="odd">${p('某某局 内部资料')}</w:hdr><w:ftr w:type="odd">${p('第1页')}</w:ftr></w:sectPr>`
    expect(linesOf(doc(body))).toEqual(['本年新收申请27件。'])
  })

  it('runs a paragraph whose mark is hidden on into the next, as Word shows it', () => {
    const body =
      '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>本年新收申请</w:t></w:r></w:p>' +
      p('27件。') +
      '<w:p><w:pPr><w:rPr><w:vanish w:val="off"/></w:rPr></w:pPr><w:r><w:t>上年结转2件。</w:t></w:r></w:p>' +
      p('办结28件。')
    expect(linesOf(doc(body))).toEqual(['本年新收申请27件。', '上年结转2件。', '办结28件。'])
  })
})

describe('Word 2007’s flat package (“Word XML 文档”)', () => {
  const W7 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const part = (name: string, xml: string): string =>
    `<pkg:part pkg:name="${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`
  const flat =
    `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part('/word/header1.xml', `<w:hdr ${W7}>${p('页眉：某某局')}</w:hdr>`) +
    part(
      '/word/document.xml',
      `<w:document ${W7}><w:body>${p('某某局2023年政府信息公开工作年度报告')}${p('一、总体情况')}</w:body></w:document>`
    ) +
    part('/word/footer1.xml', `<w:ftr ${W7}>${p('页脚')}</w:ftr>`) +
    '</pkg:package>'

  it('reads only the document part, not its headers and footers', () => {
    expect(linesOf(flat)).toEqual(['某某局2023年政府信息公开工作年度报告', '一、总体情况'])
  })

  it('imports by its content, named .xml or .doc', async () => {
    for (const name of ['a.xml', 'a.doc']) {
      const r = await imported(name, new TextEncoder().encode(flat))
      expect([r.report.agency, r.report.year]).toEqual(['某某局', 2023])
    }
  })
})
