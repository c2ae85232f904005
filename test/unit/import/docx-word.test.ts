// What Word itself leaves in a .docx besides the text as shown — tracked moves, hidden text, text boxes, a main
// part named otherwise, HTML embedded whole — read as the page shows it. Each document is the app's own export
// with one place rewritten as Word writes it.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportReport } from '@shared/export'
import { tableRowLines } from '@shared/import/lines'
import { wordLines } from '@shared/import/wordml'
import type { Report } from '@shared/model/report'
import { loadFixture } from '../checks/fixtures'
import { imported, type Imported } from './imported'

const MARK = 987654

/** The report exported as .docx with MARK in `key` of 表三, and its document.xml. */
async function exported(
  key: string,
  report = loadFixture('valid-2021.json')
): Promise<{ zip: JSZip; xml: string; report: Report }> {
  report.tables.requests[key] = MARK
  const zip = await JSZip.loadAsync((await exportReport(report, 'docx')).data as Uint8Array)
  const xml = await zip.file('word/document.xml')!.async('string')
  return { zip, xml, report }
}

/** The whole run holding `text` (its properties too), to be replaced by what Word would write there. */
const runOf = (xml: string, text: string): string => {
  const at = xml.indexOf(`>${text}</w:t>`)
  expect(at).toBeGreaterThan(0)
  const start = xml.lastIndexOf('<w:r>', at)
  return xml.slice(start, xml.indexOf('</w:r>', at) + '</w:r>'.length)
}

/** The run holding MARK replaced by `runs`, `{rPr}` in them standing for the run's own properties. */
async function withCell(key: string, runs: string): Promise<{ r: Imported; report: Report }> {
  const { zip, xml, report } = await exported(key)
  const run = runOf(xml, String(MARK))
  const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? ''
  zip.file('word/document.xml', xml.replace(run, runs.replaceAll('{rPr}', rPr)))
  return { r: await imported('x.docx', await zip.generateAsync({ type: 'uint8array' })), report }
}

const t = (text: string, rPr = '{rPr}'): string => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`

/** Every cell of 表三 but `key` as in `report`. */
function othersKept(r: Imported, report: Report, key: string): void {
  for (const [k, v] of Object.entries(report.tables.requests))
    if (k !== key) expect(r.report.tables.requests[k], k).toBe(v)
}

describe('tracked changes', () => {
  it('a figure moved (w:moveFrom, w:moveTo) is read once, where it was moved to', async () => {
    const by = 'w:author="张三" w:date="2025-01-10T10:00:00Z"'
    const { r, report } = await withCell(
      'new.biz',
      `<w:moveFromRangeStart w:id="1" ${by} w:name="move1"/><w:moveFrom w:id="2" ${by}>${t('53')}</w:moveFrom><w:moveFromRangeEnd w:id="1"/>` +
        `<w:moveToRangeStart w:id="3" ${by} w:name="move1"/><w:moveTo w:id="4" ${by}>${t('53')}</w:moveTo><w:moveToRangeEnd w:id="3"/>`
    )
    expect(r.report.tables.requests['new.biz']).toBe(53)
    othersKept(r, report, 'new.biz')
  })
})

describe('hidden text (w:vanish)', () => {
  it('a figure hidden before the one shown is not read; one whose w:vanish is turned off is', async () => {
    const hidden = await withCell('new.np', t('2999', '<w:rPr><w:vanish/></w:rPr>') + t('3001'))
    expect(hidden.r.report.tables.requests['new.np']).toBe(3001)
    othersKept(hidden.r, hidden.report, 'new.np')
    const shown = await withCell('new.np', t('3', '<w:rPr><w:vanish w:val="0"/></w:rPr>') + t('001'))
    expect(shown.r.report.tables.requests['new.np']).toBe(3001)
  })

  it('a hidden paragraph of instructions, or text in a hidden style, is not part of the report', async () => {
    const { zip, xml } = await exported('new.np')
    const note = '（填报说明：本部分应包括主动公开、依申请公开等情况，字数不超过1000字。）'
    const styles = await zip.file('word/styles.xml')!.async('string')
    zip.file(
      'word/styles.xml',
      styles.replace(
        '</w:styles>',
        '<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="填报说明"/><w:rPr><w:vanish/></w:rPr></w:style>' +
          '<w:style w:type="paragraph" w:styleId="NoteChild"><w:basedOn w:val="Note"/></w:style>' +
          '<w:style w:type="character" w:styleId="Tip"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>'
      )
    )
    const heading = xml.indexOf('一、总体情况')
    const after = xml.indexOf('</w:p>', heading) + '</w:p>'.length
    const hidden =
      `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>${note}</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="NoteChild"/></w:pPr><w:r><w:t>（样式隐藏的说明）</w:t></w:r></w:p>` +
      `<w:p><w:r><w:rPr><w:rStyle w:val="Tip"/></w:rPr><w:t>（字符样式隐藏的提示）</w:t></w:r></w:p>`
    zip.file('word/document.xml', xml.slice(0, after) + hidden + xml.slice(after))
    const r = await imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    const plain = await imported(
      'x.docx',
      (await exportReport(loadFixture('valid-2021.json'), 'docx')).data as Uint8Array
    )
    expect(r.report.sections.overview).toBe(plain.report.sections.overview)
  })
})

describe('a hidden paragraph mark', () => {
  const by = 'w:id="9" w:author="张三" w:date="2025-01-10T10:00:00Z"'
  const part = '（二）依申请公开。'

  /** 总体情况's （二） in two paragraphs, the first's mark with `markRPr` as its properties. */
  async function split(markRPr: string): Promise<Imported> {
    const { zip, xml } = await exported('new.np')
    const at = xml.indexOf(`>${part}</w:t>`)
    const start = xml.lastIndexOf('<w:p>', at)
    const pPr = /^<w:p>(<w:pPr>.*?)<\/w:pPr>/.exec(xml.slice(start))![1]
    const cut = xml.indexOf('</w:r>', at) + '</w:r>'.length
    zip.file(
      'word/document.xml',
      xml.slice(0, start) +
        `<w:p>${pPr}<w:rPr>${markRPr}</w:rPr></w:pPr>` +
        xml.slice(start + `<w:p>${pPr}</w:pPr>`.length, cut) +
        `</w:p><w:p>${pPr}</w:pPr>` +
        xml.slice(cut)
    )
    return imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
  }

  it.each([
    ['hidden, as Word’s style separator (Ctrl+Alt+Enter) writes it', '<w:vanish/><w:specVanish/>'],
    ['hidden', '<w:vanish w:val="true"/>'],
    ['deleted with changes tracked', `<w:del ${by}/>`]
  ])('%s: the paragraph runs on into the next, as Word shows it', async (_, markRPr) => {
    const r = await split(markRPr)
    const plain = await exported('new.np')
    const want = await imported('x.docx', await plain.zip.generateAsync({ type: 'uint8array' }))
    expect(r.report.sections.overview).toBe(want.report.sections.overview)
    expect(r.report.sections.overview).toContain(`${part}本年新收`)
  })

  it('a part’s heading run in with its first words by the style separator is still its heading', async () => {
    const { zip, xml } = await exported('new.np')
    const heading = '<w:keepLines/></w:pPr><w:r><w:t xml:space="preserve">一、总体情况<'
    expect(xml).toContain(heading)
    zip.file(
      'word/document.xml',
      xml.replace(heading, heading.replace('</w:pPr>', '<w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>'))
    )
    const r = await imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    const plain = await exported('new.np')
    const want = await imported('x.docx', await plain.zip.generateAsync({ type: 'uint8array' }))
    expect(r.report.sections).toEqual(want.report.sections)
    expect(r.problems).toEqual(want.problems)
  })

  it.each([
    ['shown again (w:val="0")', '<w:vanish w:val="0"/>'],
    ['hidden only before a tracked change', `<w:rPrChange ${by}><w:rPr><w:vanish/></w:rPr></w:rPrChange>`],
    ['inserted with changes tracked', `<w:ins ${by}/>`]
  ])('%s: the paragraph ends at its mark', async (_, markRPr) => {
    const r = await split(markRPr)
    expect(r.report.sections.overview).toContain(`${part}\n本年新收`)
  })

  const p = (text: string, mark = ''): string =>
    `<w:p><w:pPr><w:rPr>${mark}</w:rPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
  const hiddenMark = '<w:vanish/>'
  const lineTexts = (body: string): string[] => wordLines(`<w:body>${body}</w:body>`).map((l) => l.text)

  it('runs on through several paragraphs, and into an empty one', () => {
    expect(lineTexts(p('本年', hiddenMark) + p('新收申请', hiddenMark) + p('27件。') + p('下一段'))).toEqual([
      '本年新收申请27件。',
      '下一段'
    ])
    expect(lineTexts(p('本年新收申请27件。', hiddenMark) + '<w:p/>' + '<w:p></w:p>' + p('下一段'))).toEqual([
      '本年新收申请27件。',
      '下一段'
    ])
  })

  it('not into a table, nor out of a cell: there the paragraph stands alone', () => {
    const cell = (...paras: string[]): string => `<w:tc>${paras.join('')}</w:tc>`
    const lines = wordLines(
      `<w:body>${p('表前一段', hiddenMark)}<w:tbl><w:tr>${cell(p('规章'))}${cell(p('1', hiddenMark), p('2'))}</w:tr>` +
        `<w:tr>${cell(p('行政规范性文件'))}${cell(p('3', hiddenMark))}</w:tr></w:tbl>${p('表后一段')}</w:body>`
    )
    expect(lines.map((l) => (l.row ? l.pieces.map((x) => x.text).join('|') : l.text))).toEqual([
      '表前一段',
      '规章|12',
      '行政规范性文件|3',
      '表后一段'
    ])
  })
})

describe('a main part named otherwise', () => {
  it('word/document2.xml as Word Online saves it, found by _rels/.rels; its styles by its own rels', async () => {
    const { zip, xml, report } = await exported('new.np')
    const run = runOf(xml, String(MARK))
    zip.file(
      'word/document2.xml',
      xml.replace(run, t('2999', '<w:rPr><w:rStyle w:val="Tip"/></w:rPr>') + t('3001'))
    )
    zip.remove('word/document.xml')
    for (const part of ['_rels/.rels', '[Content_Types].xml'])
      zip.file(part, (await zip.file(part)!.async('string')).replace('document.xml', 'document2.xml'))
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string')
    expect(rels).toContain('Target="styles.xml"')
    zip.remove('word/_rels/document.xml.rels')
    zip.file('word/_rels/document2.xml.rels', rels.replace('Target="styles.xml"', 'Target="styles2.xml"'))
    const styles = await zip.file('word/styles.xml')!.async('string')
    zip.remove('word/styles.xml')
    zip.file(
      'word/styles2.xml',
      styles.replace(
        '</w:styles>',
        '<w:style w:type="character" w:styleId="Tip"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>'
      )
    )
    const r = await imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    expect(r.report.tables.requests['new.np']).toBe(3001)
    othersKept(r, report, 'new.np')
    expect(r.report.sections).toEqual(report.sections)
  })
})

describe('text boxes', () => {
  it('表三 in a text box anchored in its heading is read under that heading', async () => {
    const { zip, xml, report } = await exported('new.np')
    const at = xml.indexOf(`>${MARK}<`)
    const start = xml.lastIndexOf('<w:tbl>', at)
    const end = xml.indexOf('</w:tbl>', at) + '</w:tbl>'.length
    const table = xml.slice(start, end)
    const rest = xml.slice(0, start) + xml.slice(end)
    const heading = /<w:p>(?:(?!<w:p>).)*?三、收到和处理政府信息公开申请情况.*?<\/w:p>/s.exec(rest)![0]
    const box = `<w:r><w:pict><v:shape id="tb1" type="#_x0000_t202"><v:textbox><w:txbxContent>${table}<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
    zip.file('word/document.xml', rest.replace(heading, heading.replace(/<\/w:p>$/, `${box}</w:p>`)))
    const r = await imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    expect(r.report.tables.requests).toEqual(report.tables.requests)
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
  })
})

describe('characters Word writes without w:t', () => {
  it('a non-breaking hyphen (w:noBreakHyphen) alone in a cell is a dash written for a figure (VAL-06)', async () => {
    const { r, report } = await withCell('r5_3.np', '<w:r>{rPr}<w:noBreakHyphen/></w:r>')
    expect(r.report.tables.requests['r5_3.np']).toBeNull()
    othersKept(r, report, 'r5_3.np')
    const dash = r.problems.filter((p) => p.finding?.rule === 'cell.placeholder')
    expect(dash.map((p) => p.ref)).toEqual(['requests:r5_3.np'])
  })
})

describe('a sentence in a figure’s cell', () => {
  it.each(['单击或点击此处输入文字。', '详见附件中的情况说明材料'])(
    '“%s” is refused at its cell, its row kept',
    async (text) => {
      const { r, report } = await withCell('new.sci', t(text))
      expect(r.report.tables.requests['new.sci']).toBeNull()
      othersKept(r, report, 'new.sci')
      const errors = r.problems.filter((p) => p.level === 'error').map((p) => p.message)
      expect(errors).toEqual([expect.stringContaining(`“${text}”无法读作数字`)])
    }
  )

  it('a long text in a column no other row prints figures in is no figure', () => {
    const row = (...texts: string[]) => texts.map((text, col) => ({ text, col }))
    const lines = tableRowLines(
      [row('规章', '0', '0', '5', ''), row('行政规范性文件', '12', '3', '40', '其中含废止后重新制定的文件')],
      0
    )
    expect(lines[1].pieces.map((p) => p.value)).toEqual([false, true, true, true, false])
  })
})

describe('row labels numbered by Word’s lists', () => {
  it('“其他” and “总计” printed without 3. and （七） are the rows 3.其他 and （七）总计', async () => {
    const { zip, xml, report } = await exported('new.np')
    expect(xml).toContain('>3.其他<')
    expect(xml).toContain('>（七）总计<')
    zip.file('word/document.xml', xml.replace('>3.其他<', '>其他<').replace('>（七）总计<', '>总计<'))
    const r = await imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    expect(r.report.tables.requests).toEqual(report.tables.requests)
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
  })
})

describe('a page embedded whole (w:altChunk)', () => {
  it('a document that is only an HTML chunk imports as that page does', async () => {
    const report = loadFixture('valid-2021.json')
    const page = (await exportReport(report, 'html')).data as string
    const zip = await JSZip.loadAsync((await exportReport(report, 'docx')).data as Uint8Array)
    const xml = await zip.file('word/document.xml')!.async('string')
    const body = xml.indexOf('<w:body>') + '<w:body>'.length
    zip.file(
      'word/document.xml',
      xml.slice(0, body) + '<w:altChunk r:id="htmlChunk"/>' + xml.slice(xml.indexOf('<w:sectPr', body))
    )
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string')
    zip.file(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm"/></Relationships>'
      )
    )
    zip.file('word/afchunk.htm', page)
    const r = await imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    const asPage = await imported('x.html', page)
    expect(r.report.tables).toEqual(asPage.report.tables)
    expect(r.report.sections).toEqual(asPage.report.sections)
    expect(r.report.title).toBe(asPage.report.title)
    expect(r.report.tables.requests).toEqual(report.tables.requests)
  })

  it('is read at its place, its tables numbered among the document’s', () => {
    const p = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
    const tbl = (text: string): string =>
      `<w:tbl><w:tr><w:tc>${p(text)}</w:tc><w:tc>${p('1')}</w:tc></w:tr></w:tbl>`
    const page =
      '&lt;p&gt;页中文字&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;行政许可&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;'
    const lines = wordLines(
      `<w:body>${p('前文')}${tbl('规章')}<w:altChunk>${page}</w:altChunk>${tbl('行政处罚')}${p('后文')}</w:body>`
    )
    expect(lines.map((l) => [l.text, 'table' in l.loc ? l.loc.table : 'text'])).toEqual([
      ['前文', 'text'],
      ['规章 1', 0],
      ['页中文字', 'text'],
      ['行政许可 2', 1],
      ['行政处罚 1', 2],
      ['后文', 'text']
    ])
  })

  it('reads a chunk of 150,000 lines without overflowing the stack', () => {
    const page = '&lt;p&gt;一行&lt;/p&gt;'.repeat(150_000)
    const lines = wordLines(`<w:body><w:altChunk>${page}</w:altChunk></w:body>`)
    expect(lines).toHaveLength(150_000)
    // a big input on a shared machine: the limit is for a hang, not a speed (bench measures that)
  }, 60_000)
})

describe('Word’s namespace under another prefix', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  it.each([
    [
      'ns0:, as Python’s XML writer names it',
      (xml: string) =>
        xml
          .replace(W, W.replace('xmlns:w=', 'xmlns:ns0='))
          .replace(/(<\/?)w:/g, '$1ns0:')
          .replace(/ w:([a-zA-Z]+=)/g, ' ns0:$1')
    ],
    [
      'the default namespace',
      (xml: string) =>
        xml
          .replace(W, W.replace('xmlns:w=', 'xmlns='))
          .replace(/(<\/?)w:/g, '$1')
          .replace(/ w:([a-zA-Z]+=)/g, ' $1')
    ]
  ])('%s: read as with w:', async (_, rename) => {
    const report = loadFixture('valid-2021.json')
    const zip = await JSZip.loadAsync((await exportReport(report, 'docx')).data as Uint8Array)
    const plain = await imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain(W)
    zip.file('word/document.xml', rename(xml))
    const r = await imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    expect(r.report.tables).toEqual(report.tables)
    expect(r.report.sections).toEqual(plain.report.sections)
    expect(r.report.title).toBe(plain.report.title)
  })
})
