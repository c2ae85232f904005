// What the wording pass found on the home screen: 新建报告's messages, the list's format and publication
// cells, the 删除 message's 年度, and the sample's errors said to be on purpose. (How the list lays out at
// 1024 px was checked in Chromium with screenshots; here, what the stylesheet is asked to keep whole.)
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import type { DraftSummary } from '@renderer/drafts'
import { createDraft } from '@renderer/drafts/store'
import { DraftRow } from '@renderer/home/DraftRow'
import { Home } from '@renderer/home/Home'
import { freshDb } from '../drafts/helpers'

beforeEach(freshDb)

const SAMPLE = '清河市滨江区人民政府'
const SUMMARY: DraftSummary = {
  id: 'x',
  agency: '甲局',
  year: 2024,
  format: '2021',
  agencyKind: 'department',
  title: '',
  updatedAt: 0,
  errorCount: 3,
  warningCount: 0,
  sample: false
}

describe('新建报告', () => {
  it('takes a field’s message away once that field is edited, and then says a report is already there', async () => {
    await createDraft({ agency: '某某县教育局', year: 2025, agencyKind: 'department' })
    render(<Home onOpen={() => {}} />)
    await screen.findByRole('button', { name: '某某县教育局' })
    fireEvent.click(screen.getByRole('button', { name: '新建报告' }))
    fireEvent.click(screen.getByRole('button', { name: '创建' }))
    expect((await screen.findByRole('alert')).textContent).toBe('请填写机关名称')
    fireEvent.change(screen.getByLabelText('机关名称'), { target: { value: '某某县教育局' } })
    // the name is there now: 请填写机关名称 would speak of a field put right
    expect(screen.queryByText('请填写机关名称')).toBeNull()
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } })
    const note = screen.getByText(/已有“某某县教育局”2025年度的报告/)
    // what to do, in the words of the buttons and the list on the screen
    expect(note.textContent).toBe(
      '已有“某某县教育局”2025年度的报告。如需继续编写，请点“取消”，在下方列表中打开那份报告，不必再新建。'
    )
  })

  it('keeps a message about the year while the name is edited, and takes it away when the year is', async () => {
    render(<Home onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: '新建报告' }))
    fireEvent.change(screen.getByLabelText('机关名称'), { target: { value: '甲局' } })
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '20' } })
    fireEvent.click(screen.getByRole('button', { name: '创建' }))
    const year = screen.getByLabelText('年度')
    expect((await screen.findByRole('alert')).textContent).toMatch(/^请填写四位数字的年份/)
    fireEvent.change(screen.getByLabelText('机关名称'), { target: { value: '乙局' } })
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(year.getAttribute('aria-invalid')).toBe('true')
    fireEvent.change(year, { target: { value: '2024' } })
    expect(screen.queryByRole('alert')).toBeNull()
    expect(year.getAttribute('aria-invalid')).toBeNull()
  })
})

describe('the list', () => {
  const rowOf = async (name: string): Promise<HTMLElement> =>
    (await screen.findByRole('button', { name })).closest('tr')!

  it('names the format short, with the document it is from as its tooltip', async () => {
    await createDraft({ agency: '甲局', year: 2020, agencyKind: 'department' })
    await createDraft({ agency: '乙局', year: 2014, agencyKind: 'department' })
    render(<Home onOpen={() => {}} />)
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell')
    const [, , f2021] = cells(await rowOf(SAMPLE))
    expect(f2021.textContent).toBe('2021版')
    expect(f2021.title).toBe('国办公开办函〔2021〕30号')
    const [, , f2019] = cells(await rowOf('甲局'))
    expect([f2019.textContent, f2019.title]).toEqual(['2019版', '国办公开办函〔2019〕60号'])
    const [, , legacy] = cells(await rowOf('乙局'))
    expect(legacy.textContent).toBe('2019年以前')
    expect(legacy.title).toMatch(/第492号/)
  })

  it('keeps the format and the publication’s dates and phrases on one line each', async () => {
    render(<Home onOpen={() => {}} />)
    const publication = within(await rowOf(SAMPLE))
      .getByText(/前发布/)
      .closest('td')!
    expect(publication.classList.contains('publication')).toBe(true)
    const css = readFileSync('src/renderer/src/home/home.css', 'utf8')
    const rule = /\.draft-list \.publication,\s*\.draft-list \.format\s*\{([^}]*)\}/.exec(css)
    expect(rule?.[1]).toMatch(/white-space:\s*nowrap/)
  })

  it('says 年度 in the 删除 message, as everywhere else', async () => {
    await createDraft({ agency: '甲局', year: 2023, agencyKind: 'department' })
    render(<Home onOpen={() => {}} />)
    fireEvent.click(within(await rowOf('甲局')).getByRole('button', { name: '删除' }))
    expect(await screen.findByText('已将“甲局”2023年度的报告移到回收站，30 天内可恢复。')).toBeTruthy()
  })
})

describe('the sample', () => {
  it('says its errors are there on purpose, in its row and as it opens', async () => {
    const onOpen = vi.fn()
    render(<Home onOpen={onOpen} />)
    const open = await screen.findByRole('button', { name: SAMPLE })
    const row = open.closest('tr')!
    expect(within(row).getByText('2 个错误')).toBeTruthy()
    expect(within(row).getByText('留有几处错误，供试用检查功能')).toBeTruthy()
    fireEvent.click(open)
    expect(onOpen).toHaveBeenCalledWith(expect.any(String), '示例中的错误是特意留下的')
  })

  it('says nothing of the kind for another report, nor once the sample’s errors are put right', () => {
    const onOpen = vi.fn()
    const row = (d: Partial<DraftSummary>) => (
      <DraftRow
        draft={{ ...SUMMARY, ...d }}
        twin={false}
        onOpen={onOpen}
        onTrashed={() => {}}
        onCopied={() => {}}
        onError={() => {}}
        onDone={() => {}}
      />
    )
    render(
      <table>
        <tbody>
          {row({ id: 'a', agency: '甲局' })}
          {row({ id: 'b', agency: SAMPLE, sample: true, errorCount: 0, warningCount: 1 })}
        </tbody>
      </table>
    )
    expect(screen.getByText('示例')).toBeTruthy()
    expect(screen.queryByText(/留有几处错误/)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '甲局' }))
    fireEvent.click(screen.getByRole('button', { name: SAMPLE }))
    expect(onOpen.mock.calls).toEqual([['a'], ['b']])
  })
})
