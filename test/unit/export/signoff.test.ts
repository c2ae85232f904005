// The 落款 under section 六 once a report has a 发布日期: the agency, then the date as GB/T 9704 prints it,
// right-aligned in html and Word (date 右空四字). Without the date every export is what it was.
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { parse } from 'node-html-parser'
import { exportDocx, exportReport, exportTxt, htmlDocument, htmlFragment } from '@shared/export'
import type { Report } from '@shared/model/report'
import { filledReport } from './reports'

const dated = (agency?: string): Report => ({ ...filledReport(2024, agency), published: '2025-01-20' })

async function documentXml(report: Report): Promise<string> {
  const zip = await JSZip.loadAsync(await exportDocx(report))
  return zip.file('word/document.xml')!.async('string')
}

/** The paragraphs of document.xml after its last table, with their properties and text. */
function closingParagraphs(xml: string): { props: string; text: string }[] {
  const body = xml.slice(xml.lastIndexOf('</w:tbl>'))
  return [...body.matchAll(/<w:p\/>|<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p = '']) => ({
    props: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
  }))
}

describe('txt', () => {
  it('ends with a blank line, the agency and the date in Chinese, after everything the report had', () => {
    const plain = exportTxt(filledReport(2024))
    expect(exportTxt(dated())).toBe(`${plain}\r\n某某市某某区人民政府\r\n2025年1月20日\r\n`)
  })

  it('without an agency, the date alone; without a valid date, nothing', () => {
    expect(exportTxt(dated('')).endsWith('\r\n\r\n2025年1月20日\r\n')).toBe(true)
    const bad = { ...filledReport(2024), published: '2025-02-30' }
    expect(exportTxt(bad)).toBe(exportTxt(filledReport(2024)))
  })
})

describe('html', () => {
  it('adds two right-aligned paragraphs after section 六 and changes nothing else', () => {
    const plain = htmlFragment(filledReport(2024))
    const html = htmlFragment(dated())
    expect(html.startsWith(`${plain}\n`)).toBe(true)
    const ps = parse(html.slice(plain.length)).querySelectorAll('p')
    expect(ps.map((p) => p.text)).toEqual(['某某市某某区人民政府', '2025年1月20日'])
    for (const p of ps) {
      expect(p.getAttribute('align')).toBe('right')
      expect(p.getAttribute('style')).toMatch(/text-align:right/)
    }
    // the date 右空四字; the agency (10 characters, the date 6½) centred over it
    expect(ps[1].getAttribute('style')).toMatch(/padding-right:4em/)
    expect(ps[0].getAttribute('style')).toMatch(/padding-right:2.25em/)
  })

  it('escapes the agency like all user text', () => {
    const html = htmlDocument(dated('某某局<script>alert(1)</script>&"办"'))
    expect(html).not.toContain('<script')
    expect(html).toContain('某某局&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;办&quot;</p>')
    const ps = parse(html).querySelectorAll('p')
    expect(ps.at(-2)!.text).toBe('某某局<script>alert(1)</script>&"办"')
  })

  it('is byte-identical to before when the report has no 发布日期', async () => {
    const r = filledReport(2024)
    const before = (await exportReport(r, 'html')).data
    expect((await exportReport({ ...r, published: undefined }, 'html')).data).toBe(before)
    expect(before).not.toMatch(/align="right"/)
  })
})

describe('docx', () => {
  it('closes with a blank line, the agency and the date paragraph, right-aligned, the date 右空四字', async () => {
    const closing = closingParagraphs(await documentXml(dated()))
    const sign = closing.slice(-3)
    expect(sign.map((p) => p.text)).toEqual(['', '某某市某某区人民政府', '2025年1月20日'])
    const date = sign[2].props
    expect(date).toMatch(/<w:jc w:val="right"\/>/)
    // four characters of 3号 (16 pt = 320 twips each)
    expect(date).toMatch(/<w:ind w:right="1280"\/>/)
    expect(sign[1].props).toMatch(/<w:jc w:val="right"\/>/)
    expect(sign[1].props).toMatch(/<w:ind w:right="720"\/>/)
  })

  it('ties the last paragraph of 六 to it, so that the 落款 never stands alone on the last page', async () => {
    const closing = closingParagraphs(await documentXml(dated()))
    const lastBody = closing.at(-4)!
    expect(lastBody.text).toBe('本年度发出信息处理费收费通知2件，收费通知总金额300元，实际收取总金额200元。')
    expect(lastBody.props).toContain('<w:keepNext/>')
    // and only with a 落款 to keep it with
    const plain = closingParagraphs(await documentXml(filledReport(2024)))
    expect(plain.at(-1)!.props).not.toContain('<w:keepNext/>')
  })

  it('has no 落款 without a 发布日期', async () => {
    const closing = closingParagraphs(await documentXml(filledReport(2024)))
    expect(closing.map((p) => p.text).at(-1)).toBe(
      '本年度发出信息处理费收费通知2件，收费通知总金额300元，实际收取总金额200元。'
    )
    expect(closing.some((p) => /<w:jc w:val="right"\/>/.test(p.props))).toBe(false)
  })
})

describe('json', () => {
  it('has no key for the date (report-json v1): the same document with or without it', async () => {
    const r = filledReport(2024)
    const withDate = (await exportReport({ ...r, published: '2025-01-20', publishBy: '02-28' }, 'json')).data
    expect(withDate).toBe((await exportReport(r, 'json')).data)
    expect(withDate).not.toMatch(/2025-01-20|publish/)
  })
})
