import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { getFormat } from '@shared/formats'
import { sampleReport, sampleYear, SAMPLE_YEAR } from '@shared/sample'

describe('the sample report', () => {
  const report = sampleReport()

  it('is a 2024 区人民政府 report in the 2021 format with every cell filled and all six sections written', () => {
    expect(report.year).toBe(SAMPLE_YEAR)
    expect(report.year).toBe(2024)
    expect(report.format).toBe('2021')
    expect(report.agencyKind).toBe('government')
    expect(report.agency).toMatch(/区人民政府$/)
    for (const t of getFormat('2021').tables)
      for (const c of t.cells) expect(report.tables[t.id][c.key], `${t.id}:${c.key}`).not.toBeNull()
    for (const [id, text] of Object.entries(report.sections)) expect(text.length, id).toBeGreaterThan(40)
  })

  it('gives exactly the two deliberate errors and nothing else', () => {
    const findings = checkReport(report)
    expect(findings.map((f) => [f.rule, f.severity]).sort()).toEqual([
      ['prose.quantity', 'error'],
      ['review.total', 'error']
    ])
    expect(findings.find((f) => f.rule === 'review.total')?.cells).toContain('review:rev.total')
    expect(findings.find((f) => f.rule === 'prose.quantity')?.cells).toContain('requests:new.tot')
  })

  it('fixing either error removes exactly that finding', () => {
    const fixedTable = sampleReport()
    fixedTable.tables.review['rev.total'] = 2
    expect(checkReport(fixedTable).map((f) => f.rule)).toEqual(['prose.quantity'])
    const fixedProse = sampleReport()
    fixedProse.sections.overview = fixedProse.sections.overview.replace('申请170件', '申请169件')
    expect(checkReport(fixedProse).map((f) => f.rule)).toEqual(['review.total'])
  })

  it('is dated the year whose report is still to publish, and its prose names that year', () => {
    // A 人民政府 publishes by 3月31日 of the next year: until then last year's report is the one due.
    expect(sampleYear('2027-03-31')).toBe(2026)
    expect(sampleYear('2027-04-01')).toBe(2027)
    expect(sampleYear('2026-12-01')).toBe(2026)
    expect(sampleYear('2027-01-01')).toBe(2026)
    const later = sampleReport(2026)
    expect(later.year).toBe(2026)
    expect(later.title).toContain('2026年')
    expect(later.sections.overview.startsWith('2026年，')).toBe(true)
    expect(later.sections.problems.startsWith('2026年，')).toBe(true)
    expect(Object.values(later.sections).join('')).not.toContain('2024')
    expect(
      checkReport(later)
        .map((f) => f.rule)
        .sort()
    ).toEqual(['prose.quantity', 'review.total'])
  })
})
