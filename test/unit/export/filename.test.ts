import { describe, expect, it } from 'vitest'
import { exportFileName, exportReport, safeFileStem } from '@shared/export'
import { parseReportJson, serializeReport } from '@shared/model/json'
import type { Report } from '@shared/model/report'
import { filledReport } from './reports'

describe('export file names', () => {
  it('use the title and the kind’s extension', () => {
    const r = filledReport(2024)
    expect(exportFileName(r, 'txt')).toBe('某某市某某区人民政府2024年政府信息公开工作年度报告.txt')
    expect(exportFileName(r, 'html')).toBe('某某市某某区人民政府2024年政府信息公开工作年度报告.html')
    expect(exportFileName(r, 'docx')).toBe('某某市某某区人民政府2024年政府信息公开工作年度报告.docx')
    expect(exportFileName(r, 'json')).toBe('某某市某某区人民政府2024年政府信息公开工作年度报告.json')
  })

  it('replace every character Windows forbids, and control characters', () => {
    const stem = safeFileStem('a<b>c:d"e/f\\g|h?i*j\u0001k\tl')
    expect(stem).toBe('a_b_c_d_e_f_g_h_i_j_k_l')
    expect([...stem].every((ch) => ch.charCodeAt(0) >= 0x20 && !'<>:"/\\|?*'.includes(ch))).toBe(true)
  })

  it('never end in a dot or space, avoid reserved device names, stay short, never empty', () => {
    expect(safeFileStem('报告. . ')).toBe('报告')
    expect(safeFileStem('年报\u202Excod.exe')).toBe('年报_xcod.exe')
    expect(safeFileStem('CON')).toBe('_CON')
    expect(safeFileStem('lpt1')).toBe('_lpt1')
    expect([...safeFileStem('long'.repeat(100))]).toHaveLength(120)
    expect(safeFileStem('')).toBe('政府信息公开工作年度报告')
    expect(safeFileStem('???')).toBe('政府信息公开工作年度报告')
    expect(safeFileStem('  ')).toBe('政府信息公开工作年度报告')
  })
})

describe('a long agency’s file names', () => {
  const bytes = (s: string) => new TextEncoder().encode(s).length
  const named = (agency: string, year: number) => ({ ...filledReport(year), agency, title: '' })

  it('fit ext4’s 255 bytes with room for a numbered suffix, the year kept and the agency’s name cut', () => {
    const agency = '某某省某某市某某区住房和城乡建设局（区人民防空办公室）'.repeat(10)
    const names = [2023, 2024].map((year) => exportFileName(named(agency, year), 'docx'))
    for (const name of names) {
      expect(bytes(name) + bytes(' (12)')).toBeLessThanOrEqual(255)
      expect(name.startsWith('某某省某某市')).toBe(true)
    }
    expect(names[0]).toMatch(/2023年政府信息公开工作年度报告\.docx$/)
    expect(names[1]).toMatch(/2024年政府信息公开工作年度报告\.docx$/)
  })

  it('never cut a character written as a surrogate pair', () => {
    // 𠀀 (U+20000), as a rare character of a place's name is typed: four bytes, two UTF-16 units.
    const name = exportFileName(named('𠀀'.repeat(200), 2024), 'json')
    expect(name).toMatch(/^(?:𠀀)+2024年政府信息公开工作年度报告\.json$/)
    expect(bytes(name)).toBeLessThanOrEqual(255 - 5)
  })
})

describe('json export', () => {
  it('is report-json v1 as the model writes it, and reads back to the same report', async () => {
    const r = filledReport(2020)
    const out = await exportReport(r, 'json')
    expect(out.data).toBe(serializeReport(r))
    expect(out.mime).toBe('application/json')
    const back = parseReportJson(out.data as string)
    expect(back.report).toEqual(r)
  })
})

describe('export failures', () => {
  it('reject with a Chinese message for a report in a format this version does not know', async () => {
    const r = { ...filledReport(2024), format: '2030' } as unknown as Report
    await expect(exportReport(r, 'html')).rejects.toThrow('无法导出：不认识的报告格式“2030”')
  })
})
