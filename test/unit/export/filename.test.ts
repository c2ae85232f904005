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
    expect([...safeFileStem('长'.repeat(500))]).toHaveLength(120)
    expect(safeFileStem('')).toBe('政府信息公开工作年度报告')
    expect(safeFileStem('???')).toBe('政府信息公开工作年度报告')
    expect(safeFileStem('  ')).toBe('政府信息公开工作年度报告')
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
