// The 机关类型 our own html and Word exports carry (export/agencyKindMark.ts) is taken back only from where the
// export puts it: the head of the document, a custom property of the Word file. A page's text or body says
// nothing of it, nor a value the app does not know: the name decides then, as it does for any other file.
// (That the kind comes back through both exports is in roundtrip.test.ts.)
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportReport } from '@shared/export'
import { AGENCY_KIND_MARK } from '@shared/export/agencyKindMark'
import { importReport } from '@shared/import'
import type { Report } from '@shared/model/report'
import { filledReport } from '../export/reports'

/** Named a 管理委员会, which the name alone takes for a department; set by its official as a 人民政府. */
const chosen = (): Report => ({
  ...filledReport(2024, '某某市经济技术开发区管理委员会'),
  agencyKind: 'government'
})

async function kindOf(name: string, data: string | Uint8Array): Promise<Report['agencyKind']> {
  const r = await importReport({ name, data })
  if (!r.ok) throw new Error(r.message)
  return r.report.agencyKind
}

const html = async (): Promise<string> => (await exportReport(chosen(), 'html')).data as string
const meta = `<meta name="${AGENCY_KIND_MARK}" content="government">`

describe('html', () => {
  it('takes the kind from the meta in the head of our document, and from nowhere else in a page', async () => {
    const page = await html()
    expect(page).toContain(meta)
    expect(await kindOf('年报.html', page)).toBe('government')
    // a CMS page that pasted our document whole into its body, a page whose words name the mark
    const bare = page.replace(meta, '')
    const pasted = bare.replace('<body', `<body>${meta}<div`).replace('</body>', '</div></body>')
    const written = bare.replace('<body', `<body><p>${meta.replace(/</g, '&lt;')}</p><div`)
    expect(await kindOf('年报.html', pasted)).toBe('department')
    expect(await kindOf('年报.html', written)).toBe('department')
  })

  it('takes a kind it knows against the name, and leaves one it does not know to the name', async () => {
    const page = (await exportReport(filledReport(2024), 'html')).data as string
    const set = (content: string) =>
      page.replace(
        `name="${AGENCY_KIND_MARK}" content="government"`,
        `name="${AGENCY_KIND_MARK}" content="${content}"`
      )
    expect(await kindOf('年报.html', set('department'))).toBe('department')
    expect(await kindOf('年报.html', set('人民政府部门'))).toBe('government')
  })
})

describe('Word', () => {
  const withCustom = async (edit: (xml: string) => string): Promise<Uint8Array> => {
    const zip = await JSZip.loadAsync((await exportReport(chosen(), 'docx')).data as Uint8Array)
    const xml = await zip.file('docProps/custom.xml')!.async('string')
    zip.file('docProps/custom.xml', edit(xml))
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  }

  it('takes the kind from our custom property, as Word keeps it', async () => {
    expect(await kindOf('年报.docx', await withCustom((xml) => xml))).toBe('government')
  })

  it('takes a kind it knows, and leaves one it does not know, or another property, to the name', async () => {
    const set = (value: string) => withCustom((xml) => xml.replace('>government<', `>${value}<`))
    expect(await kindOf('年报.docx', await set(' government '))).toBe('government')
    expect(await kindOf('年报.docx', await set('人民政府'))).toBe('department')
    const other = await withCustom((xml) => xml.replace(`name="${AGENCY_KIND_MARK}"`, 'name="机关类型"'))
    expect(await kindOf('年报.docx', other)).toBe('department')
  })
})
