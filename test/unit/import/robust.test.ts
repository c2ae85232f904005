// Bad input never throws past importReport: it gets a Chinese message, or a report with its problems.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importReport } from '@shared/import'
import type { ImportResult } from '@shared/import'
import { SHARED } from './expect'
import { big5Bytes, gbkBytes } from './gbk'

const seeds = ['000_2ce564af3c6c5d5d', '002_3653a5693d759def', '004_f38c235b9a3e9290'].map((s) =>
  readFileSync(join(SHARED, 'seeds', `${s}.txt`), 'utf8')
)
const hongze = readFileSync(join(SHARED, 'fixtures/2023_hongze_qu.txt'), 'utf8')
const CHINESE = /[\u4e00-\u9fff]/

const refused = async (name: string, data: Uint8Array | string): Promise<string> => {
  const r = await importReport({ name, data })
  if (r.ok) throw new Error('imported something that is not a report')
  expect(r.message).toMatch(CHINESE)
  return r.message
}

/** Whatever came back is well formed: a message, or a report whose cells are numbers or null. */
function wellFormed(r: ImportResult): void {
  if (!r.ok) {
    expect(r.message).toMatch(CHINESE)
    // importReport catches everything; a caught exception is still a bug.
    expect(r.message).not.toContain('内部错误')
    return
  }
  for (const cells of Object.values(r.report.tables))
    for (const v of Object.values(cells)) expect(v === null || Number.isFinite(v)).toBe(true)
  for (const p of r.problems) expect(p.message).toMatch(CHINESE)
}

const BODY = /<body[^>]*>/

/** The sample's HTML export, and a check that a page made from it reads as the page itself does. */
async function samplePage() {
  const { exportReport } = await import('@shared/export')
  const { sampleReport } = await import('@shared/sample')
  const page = (await exportReport(sampleReport(), 'html')).data as string
  expect(page).toMatch(BODY)
  const plain = await importReport({ name: '年报.html', data: page })
  if (!plain.ok) throw new Error(plain.message)
  const readsAsPage = async (html: string) => {
    const r = await importReport({ name: '年报.html', data: html })
    if (!r.ok) throw new Error(r.message)
    expect(r.report).toEqual(plain.report)
  }
  return { page, readsAsPage }
}

describe('inputs that are not a report', () => {
  it('empty, blank, a picture, a damaged PDF or .doc, a zip that is not Word', async () => {
    expect(await refused('a.txt', new Uint8Array())).toContain('空')
    expect(await refused('a.txt', ' \n\t \n')).toContain('空')
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(await refused('scan.png', png)).toContain('PNG')
    expect(await refused('x.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toContain('PDF')
    expect(await refused('x.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'Word 文件结构损坏，无法读取'
    )
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('photos/cat.jpg'), 0, 0])
    expect(await refused('x.docx', zip)).toContain('不是 Word（.docx）或 OFD')
  })
  it('a broken .docx: Word’s name inside, garbage around it', async () => {
    const bytes = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new TextEncoder().encode('word/document.xml'),
      1,
      2,
      3
    ])
    expect(await refused('x.docx', bytes)).toContain('Word')
  })
  it('binary junk', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    expect(await refused('junk.txt', junk)).toMatch(/不是文本|无法识别/)
    // named as a document, it is not said to be “not text”, which the person never thought it was
    expect(await refused('年报.pdf', junk)).toMatch(/^文件名是 \.pdf，但内容不是 PDF 文件：可能已损坏/)
    expect(await refused('年报.docx', junk)).toMatch(/^文件名是 \.docx，但内容不是 Word 文件/)
  })
  it('a .docx cut short in a download is said to be incomplete, in Chinese only', async () => {
    const { exportReport } = await import('@shared/export')
    const { sampleReport } = await import('@shared/sample')
    const whole = (await exportReport(sampleReport(), 'docx')).data as Uint8Array
    const message = await refused('年报.docx', whole.subarray(0, Math.floor(whole.length / 2)))
    expect(message).toMatch(/^Word 文件不完整或已损坏，无法读取：可能没有下载完整/)
    expect(message.replace(/Word|WPS|docx/g, '')).not.toMatch(/[A-Za-z]{3}/)
  })
  it('a .docx whose text unpacks past the limit is refused as too large, even when its directory lies', async () => {
    const JSZip = (await import('jszip')).default
    const { MAX_MEMBER_BYTES } = await import('@shared/import/zip')
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('word/document.xml', `<w:document><w:body>${' '.repeat(MAX_MEMBER_BYTES)}</w:body></w:document>`)
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const message = await refused('年报.docx', bomb)
    expect(message).toMatch(/^这个 Word 文件解压后的正文超过 16\.0 MB/)
    // The central directory claims 100 bytes: the inflating stops at the limit all the same.
    const lying = bomb.slice()
    const view = new DataView(lying.buffer)
    for (let i = lying.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) !== 0x02014b50) continue
      const name = new TextDecoder().decode(lying.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)))
      if (name === 'word/document.xml') view.setUint32(i + 24, 100, true)
    }
    expect(await refused('年报.docx', lying)).toBe(message)
  })
  it('a page that leaves its inline tags unclosed is read as fast as any; one nested past reason is refused', async () => {
    const { page, readsAsPage } = await samplePage()
    await readsAsPage(page.replace(BODY, (tag) => tag + '<span><font>'.repeat(50_000)))
    const deep = page.replace(BODY, (tag) => tag + '<div>'.repeat(5000))
    expect(await refused('年报.html', deep)).toMatch(/^这个网页的标签嵌套超过 1000 层/)
  })
  it('what is stripped before parsing takes nothing else with it (a code review’s cases)', async () => {
    const { page, readsAsPage } = await samplePage()
    // A script commented out, with a real one further on: the comment ends where it ends.
    await readsAsPage(
      page
        .replace(BODY, (tag) => `${tag}<!--<script src="/js/share.js">-->`)
        .replace('</body>', '<script>var _hmt=1;</script></body>')
    )
    // Comments and Word's conditionals are no levels of nesting.
    await readsAsPage(
      page.replace(BODY, (tag) => tag + '<!-- 栏目 -->'.repeat(1001) + '<![if !supportLists]>'.repeat(1001))
    )
    // A “>” in a quoted attribute of an inline tag ends no tag.
    const figure = /<td([^>]*)>(\d+)<\/td>/
    expect(page).toMatch(figure)
    await readsAsPage(page.replace(figure, '<td$1><span title="x>0" onclick=\'if(a>0)go()\'>$2</span></td>'))
  })
  it('a zero-width space after each figure (as some CMS editors leave) is not read as text', async () => {
    const { page, readsAsPage } = await samplePage()
    let n = 0
    const marked = page.replace(/>(\d+)</g, (_, d: string) => (n++ % 2 ? `>${d}&#8203;<` : `>&shy;${d}<`))
    expect(marked).toContain('&#8203;')
    expect(marked).toContain('&shy;')
    await readsAsPage(marked)
  })
  it('50 MB of text is refused at once with its size', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61)
    expect(await refused('big.txt', big)).toContain('50.0 MB')
    expect(await refused('big.txt', 'a'.repeat(50 * 1024 * 1024))).toContain('MB')
  })
  it('text that is no report', async () => {
    expect(await refused('note.txt', '今天天气很好。\n明天开会。')).toContain('年度报告')
  })
  it('a report’s parts with no year anywhere: says the year is what is missing, not the headings', async () => {
    const message = await refused('x.txt', '一、总体情况\n今年我们做了很多工作。\n二、主动公开政府信息情况\n')
    expect(message).toMatch(/找到了年度报告的章节标题，但.*没有报告的年度/)
  })
  it('GBK text is read as such', async () => {
    // 某乡人民政府2022年政府信息公开工作年度报告 / 一、总体情况, in GBK bytes (iconv -t gbk).
    const gbk = Uint8Array.from(
      Buffer.from(
        'c4b3cfe7c8cbc3f1d5feb8ae32303232c4ead5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e60ad2bba1a2d7dccce5c7e9bff60a',
        'hex'
      )
    )
    const r = await importReport({ name: 'gbk.txt', data: gbk })
    expect(r.ok && r.report.agency).toBe('某乡人民政府')
  })
  it('UTF-16 text without its byte order mark is read as the same text with it', async () => {
    const utf16 = (text: string, order: 'le' | 'be', mark: boolean) => {
      const le = Buffer.from(`${mark ? '\uFEFF' : ''}${text}`, 'utf16le')
      return Uint8Array.from(order === 'le' ? le : le.swap16())
    }
    const utf8 = await importReport({ name: 'utf8.txt', data: hongze })
    if (!utf8.ok) throw new Error('not imported')
    for (const order of ['le', 'be'] as const)
      for (const mark of [true, false]) {
        const r = await importReport({ name: '报告.txt', data: utf16(hongze, order, mark) })
        expect([order, mark, r.ok && r.report]).toEqual([order, mark, utf8.report])
      }
  })
  it('Big5 text (a Traditional mirror saved as such) reads as its UTF-8 copy does, not as GBK', async () => {
    const seed004 = seeds[2]
    const [big5, utf8] = await Promise.all([
      importReport({ name: 'big5.txt', data: big5Bytes(seed004) }),
      importReport({ name: 'utf8.txt', data: seed004 })
    ])
    if (!big5.ok || !utf8.ok) throw new Error('not imported')
    expect(big5.report).toEqual(utf8.report)
    expect(big5.problems.map((p) => p.message)).toContain(
      '这个文本文件不是 UTF-8 格式，已按繁体中文（Big5）编码读取；如有个别乱码，请对照原文件核对'
    )
    // and GBK stays GBK: the same text in GBK is not taken for Big5
    const simplified = '某乡人民政府2022年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息120条。\n'
    const gb = await importReport({ name: 'gbk.txt', data: gbkBytes(simplified) })
    expect(gb.ok && gb.report.agency).toBe('某乡人民政府')
    expect(gb.ok && gb.problems.map((p) => p.message)).toContain(
      '这个文本文件不是 UTF-8 格式，已按简体中文（GBK/GB18030）编码读取；如有个别乱码，请对照原文件核对'
    )
  })
})

describe('fuzzed inputs never throw', () => {
  const run = (name: string, data: Uint8Array | string) => importReport({ name, data }).then(wellFormed)

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('a.txt', 'a.html', 'a.docx', 'a'),
        (b, n) => run(n, b)
      ),
      { numRuns: 150 }
    )
  })
  it('random strings, including table-like lines and heading-like lines', async () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '一、总体情况',
        '三、收到和处理政府信息公开申请情况',
        '（六）其他处理',
        '<td rowspan="0">',
        '<table>',
        '-3-',
        '\t'
      ),
      fc.integer({ min: -5, max: 99999 }).map(String)
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 60 }),
        fc.constantFrom(' ', '\n', '  ', '\t'),
        (parts, sep) => run('x.txt', `2021年某局政府信息公开工作年度报告\n${parts.join(sep)}`)
      ),
      { numRuns: 200 }
    )
  })
  it('random HTML tables (spans of any size, nesting, empty cells)', async () => {
    const cell = fc.record({
      text: fc.oneof(
        fc.constantFrom('', '&nbsp;', '0', '12', '/', '（七）总计', '行政许可', '一、总体情况'),
        fc.string({ maxLength: 8 })
      ),
      rowspan: fc.integer({ min: -1, max: 1000 }),
      colspan: fc.integer({ min: -1, max: 1000 }),
      nested: fc.boolean()
    })
    const table = fc
      .array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 })
      .map(
        (rows) =>
          `<table>${rows
            .map(
              (r) =>
                `<tr>${r
                  .map(
                    (c) =>
                      `<td rowspan="${c.rowspan}" colspan="${c.colspan}">${c.nested ? '<table><tr><td>1</td></tr></table>' : ''}${c.text}</td>`
                  )
                  .join('')}`
            )
            .join('')}</table>`
      )
    await fc.assert(
      fc.asyncProperty(fc.array(table, { maxLength: 3 }), (tables) =>
        run(
          'x.html',
          `<h1>2021年某局政府信息公开工作年度报告</h1><p>一、总体情况</p>${tables.join('<p>三、收到和处理政府信息公开申请情况</p>')}`
        )
      ),
      { numRuns: 100 }
    )
  })
  it('truncated seeds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds, hongze),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, f) => run('t.txt', s.slice(0, Math.floor(s.length * f)))
      ),
      { numRuns: 60 }
    )
  })
  it('shuffled lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds, hongze).chain((s) => fc.shuffledSubarray(s.split('\n'), { minLength: 0 })),
        (lines) => run('s.txt', lines.join('\n'))
      ),
      { numRuns: 60 }
    )
  })
})
