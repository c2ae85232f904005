// OFD import: a report laid out on OFD pages (made here, ofd-make.ts) comes back with every cell and every
// section's words; templates (running heads) are not the report; a package of pictures or a broken one is
// refused with its reason.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportReport } from '@shared/export'
import { importReport } from '@shared/import'
import { importText } from '@shared/import/messages'
import type { Report } from '@shared/model/report'
import { essence, fixtureReport } from './laid-out'
import { ofdOf, RUNNING_HEAD } from './ofd-make'

async function ofdOfReport(report: Report): Promise<Uint8Array> {
  return ofdOf((await exportReport(report, 'txt')).data as string)
}

describe('a report laid out on OFD pages', () => {
  it.each(['valid-2021', 'valid-2019', 'seed002-jilin-commerce-2020'])(
    '%s comes back cell for cell, without the template’s running head',
    async (name) => {
      const report = fixtureReport(name)
      const data = await ofdOfReport(report)
      const r = await importReport({ name: `${name}.ofd`, data })
      if (!r.ok) throw new Error(r.message)
      expect(essence(r.report)).toEqual(essence(report))
      expect(r.problems[0]?.message).toMatch(/^从 OFD（\d+页）中读取文字导入/)
      expect(JSON.stringify(r.report.sections)).not.toContain(RUNNING_HEAD)
    }
  )

  it('is recognised by its content whatever the file is called', async () => {
    const r = await importReport({ name: '报告.zip', data: await ofdOfReport(fixtureReport('valid-2021')) })
    expect(r.ok && r.report.tables.requests['new.tot']).toBe(27)
  })
})

describe('an OFD that cannot be read', () => {
  it('pages of pictures (a scan) are refused, saying why', async () => {
    const data = await ofdOf('某某市人民政府2024年政府信息公开工作年度报告\n一、总体情况', { pictures: true })
    expect(await importReport({ name: 'scan.ofd', data })).toEqual({
      ok: false,
      message: importText.ofdScanned,
      problems: []
    })
  })

  it('a package whose OFD.xml names no document', async () => {
    const zip = new JSZip()
    zip.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>')
    const r = await importReport({ name: 'x.ofd', data: await zip.generateAsync({ type: 'uint8array' }) })
    expect(!r.ok && r.message).toBe(importText.ofdBroken('OFD.xml names no DocRoot'))
  })
})
