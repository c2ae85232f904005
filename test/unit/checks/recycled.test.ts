import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { getFormat } from '@shared/formats'
import type { Report } from '@shared/model/report'
import { summarizeTable } from '@shared/summary'
import { loadFixture } from './fixtures'

const base = loadFixture('valid-2021.json')
const format = getFormat(base.format)

/** Section 二 as 生成文字说明 writes it from the report's own 表二. */
function generated(r: Report): string {
  const s = summarizeTable(r, format, 'active')
  if (!s?.ok) throw new Error('the fixture has blanks in 表二')
  return s.text
}

const sameText = (r: Report, last: Report): string[] =>
  checkReport(r, last)
    .filter((f) => f.rule === 'crossYear.sameText' && f.cells.includes('sections:active'))
    .map((f) => f.message)

describe('crossYear.sameText (STR-09)', () => {
  const pair = (edit: (r: Report, last: Report) => void): [Report, Report] => {
    const r = structuredClone(base)
    const last = structuredClone(base)
    last.year = r.year - 1
    Object.assign(last.tables.active, { 'reg.new': 3, 'norm.new': 9, 'norm.valid': 41 })
    edit(r, last)
    return [r, last]
  }

  it('does not take the paragraph 生成文字说明 writes each year for a copy of last year’s', () => {
    const [r, last] = pair((r, last) => {
      r.sections.active = generated(r)
      last.sections.active = generated(last)
    })
    expect(r.sections.active.length).toBeGreaterThan(80)
    expect(r.sections.active).not.toBe(last.sections.active)
    expect(sameText(r, last)).toEqual([])
  })

  it('still finds the official’s own words copied, with the generated paragraph beside them', () => {
    const own =
      '本机关坚持以公开为常态、不公开为例外，围绕中心工作，及时主动公开各类政府信息，重点做好政策文件、规划计划、财政预决算、重大建设项目等领域信息公开，不断提升公开的针对性和实效性，回应社会关切。'
    const [r, last] = pair((r, last) => {
      r.sections.active = `${own}\n${generated(r)}`
      last.sections.active = `${own}\n${generated(last)}`
    })
    expect(sameText(r, last)).toHaveLength(1)
    expect(sameText(r, last)[0]).toContain('主动公开政府信息情况')
  })
})
