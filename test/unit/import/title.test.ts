// The title line: wrapped anywhere in 政府信息公开工作年度报告 (a PDF's, a browser's or LibreOffice's line
// end), and an agency whose name is quoted (国家“某某”局), as our own exports print them.
import { describe, expect, it } from 'vitest'
import { exportReport } from '@shared/export'
import { titleLines } from '@shared/export/prose'
import { findTitles } from '@shared/import/title'
import { textLines } from '@shared/import/lines'
import { sampleReport } from '@shared/sample'
import { imported } from './imported'

const BODY = '一、总体情况\n本报告根据《条例》编制。\n二、主动公开政府信息情况\n'
const TITLE = '国家某某局2024年政府信息公开工作年度报告'
const PHRASE = '政府信息公开工作年度报告'

describe('a title wrapped inside 政府信息公开工作年度报告', () => {
  const at = TITLE.indexOf(PHRASE)
  // every line end from …2024年 / 政府… to …年度报 / 告, the second line centred as a PDF sets it
  const splits = Array.from({ length: PHRASE.length }, (_, k) => at + k)

  it.each(splits.map((k) => [TITLE.slice(0, k), TITLE.slice(k)]))('%s / %s', async (first, second) => {
    const r = await imported('t.txt', `${first}\n          ${second}\n\n${BODY}`)
    expect([r.report.agency, r.report.year, r.report.title]).toEqual(['国家某某局', 2024, TITLE])
    expect(r.report.sections.overview).toBe('本报告根据《条例》编制。')
  })

  it('joins the line below only when the title goes on into it', () => {
    const titles = (text: string): string[] => findTitles(textLines(text)).map((t) => t.title)
    expect(titles(`${TITLE.slice(0, -1)}\n告\n${BODY}`)).toEqual([TITLE])
    // a line that does not end the title is a paragraph of its own, not the title's end
    expect(titles(`${TITLE.slice(0, -1)}\n告知书已送达。\n${BODY}`)).toEqual([])
    expect(titles(`${TITLE.slice(0, -1)}\n告知事项\n${BODY}`)).toEqual([])
    // a whole title is not lengthened by what follows it
    expect(findTitles(textLines(`${TITLE}\n告\n`))).toMatchObject([{ title: TITLE, index: 0 }])
  })
})

describe('an agency whose name is quoted', () => {
  const AGENCY = '国家“某某”局'

  it.each([
    [`${AGENCY}2024年政府信息公开工作年度报告`, AGENCY],
    ['“某某”县人民政府2023年政府信息公开工作年度报告', '“某某”县人民政府'],
    [`关于${AGENCY}2024年政府信息公开工作年度报告`, AGENCY]
  ])('%s', async (title, agency) => {
    const r = await imported('t.txt', `${title}\n${BODY}`)
    expect(r.report.agency).toBe(agency)
  })

  it('a sentence quoting a report, or a title in quotes, is still no title', () => {
    const titles = (line: string): string[] => findTitles(textLines(`${line}\n${BODY}`)).map((t) => t.title)
    expect(titles('按照“某某”要求编制2024年政府信息公开工作年度报告。')).toEqual([])
    expect(titles('“国家某某局2024年政府信息公开工作年度报告”')).toEqual([])
    expect(titles('国家“某某”局2024年政府信息公开工作年度报告的说明！')).toEqual([])
    expect(titles('现将“某某”局2024年政府信息公开工作年度报告')).toEqual([])
    expect(titles('关于印发《某某局2024年政府信息公开工作年度报告》')).toEqual([])
    // a line of prose a PDF wrapped just after the phrase: no agency holds a comma
    expect(titles('“三审三校”制度，认真编制2023年政府信息公开工作年度报告')).toEqual([])
    expect(titles('严格落实审核制度，认真编制2023年政府信息公开工作年度报告')).toEqual([])
  })
})

describe('our own exports read back', () => {
  it.each(['txt', 'html', 'docx'] as const)(
    '%s: a quoted agency, and a title of a full line (40 columns) that breaks before 政府信息公开',
    async (to) => {
      for (const agency of ['国家“某某”局', '国家某某局']) {
        const report = sampleReport(2024)
        report.agency = agency
        report.title = `${agency}2024年政府信息公开工作年度报告`
        const out = await exportReport(report, to)
        const r = await imported(out.fileName, out.data)
        expect([r.report.agency, r.report.year, r.report.title]).toEqual([agency, 2024, report.title])
        expect(r.report.sections.overview).toBe(report.sections.overview)
      }
      expect(titleLines('国家某某局2024年政府信息公开工作年度报告')).toEqual(['国家某某局2024年', PHRASE])
    }
  )
})
