// A table of contents (目录) ahead of the report is left out, in every shape it comes in: Word's own (a TOC
// field, its content control, paragraphs in its styles, as Word and WPS write them), a Word page's, and one
// typed or flattened into text. Each document is the app's own export with the contents put in after the
// title; it must import as the export does without them, its parts starting at the headings after it.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportReport } from '@shared/export'
import { contentsLines } from '@shared/import/contents'
import { textLines } from '@shared/import/lines'
import { wordLines } from '@shared/import/wordml'
import { importText } from '@shared/import/messages'
import { loadFixture } from '../checks/fixtures'
import { essence } from './laid-out'
import { imported, type Imported } from './imported'

const report = loadFixture('valid-2021.json')
const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项'
]
// the pages the contents give
const entries = HEADINGS.map((h, i) => ({ text: h, page: i + 1 }))

/** `r` imports as the export without contents does, and says once that contents were left out. */
async function asWithout(r: Imported, kind: 'txt' | 'html' | 'docx'): Promise<void> {
  const data = (await exportReport(report, kind)).data
  const plain = await imported(`x.${kind}`, data as Uint8Array | string)
  expect(essence(r.report)).toEqual(essence(plain.report))
  expect(r.report.tables).toEqual(report.tables)
  expect(r.problems.map((p) => p.message)).toEqual([
    importText.contentsLeftOut,
    ...plain.problems.map((p) => p.message)
  ])
}

describe('Word’s table of contents in a .docx', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
  const fld = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`
  const code = (text: string): string => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`
  const TOC = ' TOC \\o &quot;1-3&quot; \\h \\z \\u '
  /** An entry as Word writes it: a link to the heading, a tab, a PAGEREF field giving its page. */
  const linked = (text: string, page: number, i: number): string =>
    `<w:hyperlink w:anchor="_Toc${i}" w:history="1">${run(text)}<w:r><w:tab/></w:r>` +
    `${fld('begin')}${code(` PAGEREF _Toc${i} \\h `)}${fld('separate')}${run(String(page))}${fld('end')}</w:hyperlink>`
  const para = (style: string | undefined, body: string): string =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs></w:pPr>${body}</w:p>`

  /** Word 2013 and later: the field in the content control, entries in toc 1, the heading in TOC Heading. */
  const word = (style: string, heading: string): string =>
    '<w:sdt><w:sdtPr><w:id w:val="-1"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
    para(heading, run('目录')) +
    entries
      .map((e, i) =>
        para(style, (i === 0 ? fld('begin') + code(TOC) + fld('separate') : '') + linked(e.text, e.page, i))
      )
      .join('') +
    `<w:p>${fld('end')}</w:p></w:sdtContent></w:sdt>`

  /** The export with `toc` after its title, and `styles` added to its styles. */
  async function withContents(toc: string, styles = ''): Promise<Imported> {
    const zip = await JSZip.loadAsync((await exportReport(report, 'docx')).data as Uint8Array)
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain(W)
    const title = xml.indexOf('</w:p>') + '</w:p>'.length
    zip.file('word/document.xml', xml.slice(0, title) + toc + xml.slice(title))
    const css = await zip.file('word/styles.xml')!.async('string')
    zip.file('word/styles.xml', css.replace('</w:styles>', `${styles}</w:styles>`))
    return imported('x.docx', await zip.generateAsync({ type: 'uint8array' }))
  }
  const style = (id: string, name: string): string =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/></w:style>`

  it('Word’s: a field in its content control, in the styles TOC1 and TOCHeading', async () => {
    const r = await withContents(
      word('TOC1', 'TOCHeading'),
      style('TOC1', 'toc 1') + style('TOCHeading', 'TOC Heading')
    )
    await asWithout(r, 'docx')
  })

  it('a Chinese Word’s or WPS’s: the styles named toc 1 under ids of digits', async () => {
    const r = await withContents(word('10', '11'), style('10', 'toc 1') + style('11', 'TOC Heading'))
    await asWithout(r, 'docx')
  })

  it('the content control alone, holding entries typed in no style', async () => {
    const toc =
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>' +
      [
        para(undefined, run('目录')),
        ...entries.map((e) => para(undefined, run(`${e.text}\t${e.page}`)))
      ].join('') +
      '</w:sdtContent></w:sdt>'
    await asWithout(await withContents(toc), 'docx')
  })

  it('the field alone, its entries in no style of contents', async () => {
    const toc =
      entries
        .map((e, i) =>
          para(
            undefined,
            (i === 0 ? fld('begin') + code(TOC) + fld('separate') : '') + linked(e.text, e.page, i)
          )
        )
        .join('') + `<w:p>${fld('end')}</w:p>`
    await asWithout(await withContents(toc), 'docx')
  })

  it('the field ended in the first heading’s paragraph: the heading is the report’s', async () => {
    const toc = entries
      .map((e, i) =>
        para(
          undefined,
          (i === 0 ? fld('begin') + code(TOC) + fld('separate') : '') + linked(e.text, e.page, i)
        )
      )
      .join('')
    const zip = await JSZip.loadAsync((await exportReport(report, 'docx')).data as Uint8Array)
    const xml = await zip.file('word/document.xml')!.async('string')
    const title = xml.indexOf('</w:p>') + '</w:p>'.length
    const heading = xml.indexOf('<w:r>', xml.indexOf('一、总体情况') - 80)
    zip.file(
      'word/document.xml',
      xml.slice(0, title) + toc + xml.slice(title, heading) + fld('end') + xml.slice(heading)
    )
    await asWithout(await imported('x.docx', await zip.generateAsync({ type: 'uint8array' })), 'docx')
  })

  it('without its styles at hand, its styles known by their ids TOC1…, 目录1…', () => {
    const styled = (id: string, text: string): string =>
      `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr>${run(text)}</w:p>`
    const lines = wordLines(
      `<w:body>${styled('TOC1', '一、总体情况\t1')}${styled('目录2', '（一）主动公开\t1')}${styled('Normal', '一、总体情况')}</w:body>`
    )
    expect(lines.map((l) => l.contents ?? false)).toEqual([true, true, false])
  })

  it('a field never ended: the text after its start is read, contents and all', () => {
    const lines = wordLines(
      `<w:body><w:p>${run('某某局2023年政府信息公开工作年度报告')}</w:p>` +
        `<w:p>${fld('begin')}${code(TOC)}${fld('separate')}${run('一、总体情况')}</w:p>` +
        `<w:p>${run('一、总体情况')}</w:p><w:p>${run('正文。')}</w:p></w:body>`
    )
    expect(lines.map((l) => l.contents ?? false)).toEqual([false, false, false, false])
  })

  it('a field written simple (w:fldSimple), a paragraph each', async () => {
    const toc = entries
      .map(
        (e) =>
          `<w:p><w:fldSimple w:instr="${TOC}">${run(e.text)}<w:r><w:tab/></w:r>${run(String(e.page))}</w:fldSimple></w:p>`
      )
      .join('')
    await asWithout(await withContents(toc), 'docx')
  })

  it('turned into text (its field taken away): known by its styles', async () => {
    const toc =
      para('11', run('目 录')) +
      entries.map((e) => para('10', run(e.text) + '<w:r><w:tab/></w:r>' + run(String(e.page)))).join('')
    await asWithout(await withContents(toc, style('10', 'toc 1') + style('11', 'TOC Heading')), 'docx')
  })

  it('in Word 2003 XML, its styles in the file', async () => {
    const W3 = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"'
    const p = (text: string, style = ''): string =>
      `<w:p>${style && `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`}${run(text)}</w:p>`
    const body = (toc: string): string =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
      `<w:wordDocument ${W3}><w:styles>${style('TOC1', 'toc 1')}</w:styles><w:body><wx:sect>` +
      p('某某局2023年政府信息公开工作年度报告') +
      toc +
      HEADINGS.map((h) => p(h) + p('本部分内容。')).join('') +
      '</wx:sect></w:body></w:wordDocument>'
    const tocs = [
      // the field
      entries
        .map(
          (e, i) =>
            `<w:p>${i === 0 ? fld('begin') + code(TOC) + fld('separate') : ''}${run(e.text)}<w:r><w:tab/></w:r>${run(String(e.page))}</w:p>`
        )
        .join('') + `<w:p>${fld('end')}</w:p>`,
      // the style
      entries
        .map(
          (e) =>
            `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${run(e.text)}<w:r><w:tab/></w:r>${run(String(e.page))}</w:p>`
        )
        .join('')
    ]
    const plain = await imported('x.xml', body(''))
    for (const toc of tocs) {
      const r = await imported('x.doc', body(toc))
      expect(r.report.sections).toEqual(plain.report.sections)
      expect(r.problems.map((p) => p.message)).toEqual([
        importText.contentsLeftOut,
        ...plain.problems.map((p) => p.message)
      ])
    }
  })
})

describe('contents as text', () => {
  /** The text export with `toc` as lines after its title. */
  async function txt(toc: string[]): Promise<Imported> {
    const text = (await exportReport(report, 'txt')).data as string
    const lines = text.split('\n')
    const title = lines.findIndex((l) => l.includes('年度报告'))
    expect(lines[title + 1]).not.toContain('一、总体情况')
    return imported('x.txt', [...lines.slice(0, title + 1), ...toc, ...lines.slice(title + 1)].join('\n'))
  }

  it.each([
    ['dot leaders, no space (read as the headings before)', (h: string, n: number) => `${h}……………………${n}`],
    [
      'dot leaders between spaces, as pdftotext lays them out',
      (h: string, n: number) => `    ${h} ..................... ${n}`
    ],
    ['middle dots', (h: string, n: number) => `${h}·········${n}`]
  ])('%s', async (_, entry) => {
    await asWithout(await txt(entries.map((e) => entry(e.text, e.page))), 'txt')
    await asWithout(await txt(['目    录', ...entries.map((e) => entry(e.text, e.page))]), 'txt')
  })

  it('under its title 目录, page numbers after a space or a tab', async () => {
    await asWithout(await txt(['目录', ...entries.map((e) => `${e.text}  ${e.page}`)]), 'txt')
    await asWithout(await txt(['目 录：', ...entries.map((e) => `${e.text}\t${e.page}`)]), 'txt')
  })

  it('the headings alone, without pages, under 目录 or not: the report’s parts start where they come again', async () => {
    await asWithout(await txt(['目录', ...HEADINGS]), 'txt')
    await asWithout(await txt(HEADINGS), 'txt')
    await asWithout(await txt(HEADINGS.slice(0, 3)), 'txt')
    // Word's contents copied as text: each entry its page after a tab
    await asWithout(await txt(entries.map((e) => `${e.text}\t${e.page}`)), 'txt')
  })

  it('in a web page: Word’s (class=MsoToc1, its page numbers hidden), or typed with leaders', async () => {
    const html = (await exportReport(report, 'html')).data as string
    const title = html.indexOf('</h1>') + '</h1>'.length
    expect(title).toBeGreaterThan(4)
    const word = entries
      .map(
        (e) =>
          `<p class=MsoToc1><span><a href="#_Toc${e.page}">${e.text}<span style='display:none;mso-hide:screen'><span style='mso-tab-count:1 dotted'>. </span></span><span style='display:none;mso-hide:screen'>${e.page}</span></a></span></p>`
      )
      .join('\n')
    const typed = `<p>目录</p>${entries.map((e) => `<p>${e.text}……${e.page}</p>`).join('')}`
    for (const toc of [`<p class=MsoTocHeading>目录</p>${word}`, typed])
      await asWithout(await imported('x.html', html.slice(0, title) + toc + html.slice(title)), 'html')
  })

  it('is not found in a sentence, a lone line of leaders or a list under no title', () => {
    const text = [
      '某某局2023年政府信息公开工作年度报告',
      '依申请公开……27',
      '一、总体情况',
      '本年度主动公开目录更新3次。',
      '（一）主动公开 3',
      '（二）依申请公开 5'
    ].join('\n')
    expect([...contentsLines(textLines(text))]).toEqual([])
  })

  it('is not found in a report whose parts are all empty: each heading is there once', () => {
    const text = ['某某局2023年政府信息公开工作年度报告', '目录', ...HEADINGS].join('\n')
    expect([...contentsLines(textLines(text))]).toEqual([])
    expect([...contentsLines(textLines(text.replace('目录\n', '')))]).toEqual([])
  })
})
