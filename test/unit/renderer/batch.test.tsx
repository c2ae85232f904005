// 批量检查 in jsdom, with the drafts module on fake-indexeddb: many files checked, none kept unless asked.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { AppApi, OpenedFile, UnopenedFile } from '@shared/api'
import { serializeReport } from '@shared/model/json'
import { BatchScreen } from '@renderer/batch/BatchScreen'
import { db } from '@renderer/drafts/db'
import { freshDb } from '../drafts/helpers'
import { loadFixture } from '../checks/fixtures'
import type {} from '@renderer/env'

beforeEach(freshDb)

const files: OpenedFile[] = [
  { name: '下陆区2016.txt', data: new Uint8Array(readFileSync('../shared/seeds/001_b8f27916e8f9841a.txt')) },
  {
    name: '某某市2024.json',
    data: new TextEncoder().encode(serializeReport(loadFixture('valid-2021.json')))
  },
  { name: '损坏.docx', data: new Uint8Array([0x50, 0x4b, 1, 2]) }
]

const hongze: OpenedFile = {
  name: '洪泽区2024.txt',
  data: new Uint8Array(readFileSync('../shared/fixtures/2024_hongze_qu_rawtext.txt'))
}

const fixture = (path: string, name = path.split('/').at(-1)!): OpenedFile => ({
  name,
  data: new Uint8Array(readFileSync(`../shared/fixtures/${path}`))
})

function stubApi(chosen: (OpenedFile | UnopenedFile)[] = files): AppApi {
  const api = {
    openFiles: vi.fn(async () => chosen),
    saveFile: vi.fn(async () => ({ saved: true, path: '/tmp/批量检查结果.txt' })),
    onMenuCommand: vi.fn(() => () => {})
  } as unknown as AppApi
  ;(window as unknown as { api: AppApi }).api = api
  return api
}

describe('批量检查', () => {
  it('checks every chosen file, one row each, and says how many have errors', async () => {
    stubApi()
    const drafts = await db.drafts.count()
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText('共 3 份：1 份有错误，1 份无法读取')
    // a report named .wps, or with no extension, can be chosen too: the importer reads it by its content
    expect(vi.mocked(window.api.openFiles).mock.calls[0][0].filters.at(-1)).toEqual({
      name: '所有文件',
      extensions: ['*']
    })
    const rows = screen.getAllByRole('row').slice(1) as HTMLTableRowElement[]
    expect(rows.map((r) => r.cells[0].textContent)).toEqual([
      '下陆区2016.txt',
      '某某市2024.json',
      '损坏.docx'
    ])
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '文件',
      '机关名称',
      '年度',
      '错误',
      '提示',
      '未能读取',
      '操作'
    ])
    expect(rows[0].cells[1].textContent).toBe('下陆区人民政府')
    expect(Number(rows[0].cells[3].textContent)).toBeGreaterThan(0)
    expect(rows[0].cells[5].textContent).toBe('0')
    expect(rows[1].cells[3].textContent).toBe('0')
    expect(rows[2].textContent).toMatch(/无法读取：/)
    // The unreadable file's reason spans the cells from 机关名称 to 未能读取.
    expect(rows[2].cells).toHaveLength(3)
    expect(rows[2].cells[1].colSpan).toBe(5)
    // Nothing was kept.
    expect(await db.drafts.count()).toBe(drafts)
  })

  it('comes back to the last review after a report was opened as a draft, its exports still working', async () => {
    const api = stubApi()
    const onReviewed = vi.fn()
    const first = render(<BatchScreen onHome={() => {}} onOpen={() => {}} onReviewed={onReviewed} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText('共 3 份：1 份有错误，1 份无法读取')
    expect(onReviewed).toHaveBeenCalledTimes(1)
    first.unmount()
    // the app keeps the review while it runs, and hands it back
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} kept={onReviewed.mock.calls[0][0]} />)
    expect(screen.getByText('共 3 份：1 份有错误，1 份无法读取')).toBeTruthy()
    expect((await screen.findAllByRole('row')).slice(1)).toHaveLength(3)
    vi.mocked(api.openFiles).mockClear()
    fireEvent.click(screen.getByRole('button', { name: '导出汇总表（Excel）' }))
    await waitFor(() => expect(api.saveFile).toHaveBeenCalledTimes(1))
    expect(api.openFiles).not.toHaveBeenCalled()
  })

  it('comes back with the rows open as left and the keyboard at the report opened', async () => {
    stubApi()
    const onReviewed = vi.fn()
    const first = render(<BatchScreen onHome={() => {}} onOpen={() => {}} onReviewed={onReviewed} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText(/^共 3 份/)
    fireEvent.click(screen.getAllByRole('button', { name: '查看问题' })[0])
    fireEvent.click(screen.getAllByRole('button', { name: '保存为草稿并打开' })[1])
    await waitFor(() => expect(onReviewed).toHaveBeenCalledTimes(2))
    first.unmount()
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} kept={onReviewed.mock.calls[1][0]} />)
    expect(await screen.findByRole('list', { name: '下陆区2016.txt 的问题' })).toBeTruthy()
    const opened = screen.getAllByRole('button', { name: '保存为草稿并打开' })[1]
    await waitFor(() => expect(document.activeElement).toBe(opened))
  })

  it('shows a file’s problems on demand, errors first', async () => {
    stubApi()
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText(/^共 3 份/)
    const show = screen.getAllByRole('button', { name: '查看问题' })[0]
    fireEvent.click(show)
    expect(show.getAttribute('aria-expanded')).toBe('true')
    const list = screen.getByRole('list', { name: '下陆区2016.txt 的问题' })
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '')
    expect(items[0]).toMatch(/^错误/)
    expect(items.some((t) => /发布日期2016年12月30日早于2016年结束/.test(t))).toBe(true)
  })

  it('exports the review as text for Notepad, and saves one report as a draft to open', async () => {
    const api = stubApi()
    const onOpen = vi.fn()
    render(<BatchScreen onHome={() => {}} onOpen={onOpen} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText(/^共 3 份/)
    fireEvent.click(screen.getByRole('button', { name: '导出检查结果' }))
    await screen.findByText('已导出检查结果：/tmp/批量检查结果.txt')
    const [req] = vi.mocked(api.saveFile).mock.calls[0]!
    const text = req.data as string
    expect(text.startsWith('\uFEFF== 下陆区2016.txt：下陆区人民政府 2016年度')).toBe(true)
    expect(text).toContain('\r\n共 3 份：1 份有错误，1 份无法读取\r\n')
    fireEvent.click(screen.getByRole('button', { name: '导出汇总表（Excel）' }))
    await waitFor(() => expect(api.saveFile).toHaveBeenCalledTimes(2))
    const [table] = vi.mocked(api.saveFile).mock.calls[1]!
    expect(table.suggestedName).toBe('批量检查汇总表.csv')
    expect((table.data as string).startsWith('\uFEFF序号,文件,机关名称,')).toBe(true)
    expect((table.data as string).split('\r\n')).toHaveLength(5)
    fireEvent.click(screen.getAllByRole('button', { name: '保存为草稿并打开' })[1])
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1))
    const draft = await db.drafts.get(onOpen.mock.calls[0][0] as string)
    expect(draft?.report.agency).toBe('某某市人民政府')
    expect(draft?.origin).toBe('批量检查 某某市2024.json')
  })

  it('counts the checks’ errors (as the editor’s 问题 panel) apart from what could not be read', async () => {
    stubApi([hongze])
    const onOpen = vi.fn()
    render(<BatchScreen onHome={() => {}} onOpen={onOpen} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText('共 1 份：1 份有错误，1 份有未能读取的内容')
    const row = screen.getAllByRole('row')[1] as HTMLTableRowElement
    // The sums with cells that could not be read are not judged (the editor, once they are filled, does).
    expect([row.cells[3].textContent, row.cells[5].textContent]).toEqual(['2', '24'])
    fireEvent.click(within(row).getByRole('button', { name: '查看问题' }))
    const items = within(screen.getByRole('list', { name: '洪泽区2024.txt 的问题' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '')
    expect(items.filter((t) => t.startsWith('未能读取'))).toHaveLength(24)
    // read with a pause after the label (未能读取：表二…), as the editor's 问题 are
    expect(items[0]).toBe('未能读取：表二没有找到“行政事业性收费”这一行，该行各格留空')
    expect(items.filter((t) => t.startsWith('错误：'))).toHaveLength(2)
    // and what the importer asks to check: the table words left in the prose of 二, 三 and 四
    expect(items.filter((t) => t.startsWith('需要核对')).map((t) => t.slice(5, 10))).toEqual([
      '“二、主动',
      '“三、收到',
      '“四、政府'
    ])
    // Saved as a draft, all the importer said goes with it, for the editor's 导入说明, as an import keeps it:
    // what could not be read, and what is to be checked (the table words left in the prose, …).
    fireEvent.click(within(row).getByRole('button', { name: '保存为草稿并打开' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1))
    const draft = await db.drafts.get(onOpen.mock.calls[0][0] as string)
    const notes = draft?.importProblems as { level: string; message: string }[]
    expect(notes.filter((p) => p.level === 'error')).toHaveLength(24)
    // with its place, so that 导入说明 goes there when clicked
    expect(notes).toContainEqual({
      level: 'error',
      message: '表二没有找到“行政事业性收费”这一行，该行各格留空',
      ref: 'active:fees.*'
    })
    // Saved again while unchanged: the same draft, not a second alike.
    fireEvent.click(within(row).getByRole('button', { name: '保存为草稿并打开' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(2))
    expect(onOpen.mock.calls[1][0]).toBe(onOpen.mock.calls[0][0])
    expect(notes.filter((p) => p.level === 'warning').map((p) => p.message.slice(0, 12))).toEqual([
      '“二、主动公开政府信息情',
      '“三、收到和处理政府信息',
      '“四、政府信息公开行政复'
    ])
  })

  it('adds files chosen later to the review, a file chosen again replacing its row; 清空结果 starts afresh', async () => {
    const api = stubApi([files[0], files[1]])
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText(/^共 2 份/)
    vi.mocked(api.openFiles).mockResolvedValueOnce([files[1], hongze])
    fireEvent.click(screen.getByRole('button', { name: '再选择报告…' }))
    await screen.findByText(/^共 3 份/)
    const names = () =>
      (screen.queryAllByRole('row').slice(1) as HTMLTableRowElement[]).map((r) => r.cells[0].textContent)
    expect(names()).toEqual(['下陆区2016.txt', '某某市2024.json', '洪泽区2024.txt'])
    fireEvent.click(screen.getByRole('button', { name: '清空结果' }))
    expect(names()).toEqual([])
    expect(screen.getByRole('status').textContent).toBe('已清空检查结果。')
  })

  it('says in its row a file that could not be opened, and checks the others', async () => {
    stubApi([{ name: '太大.pdf', error: '文件过大（超过 50 MB），无法导入。' }, files[1]])
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText('共 2 份：0 份有错误，1 份无法读取')
    const rows = screen.getAllByRole('row').slice(1) as HTMLTableRowElement[]
    expect(rows[0].textContent).toContain('无法读取：文件过大（超过 50 MB），无法导入。')
    expect(rows[1].cells[1].textContent).toBe('某某市人民政府')
  })

  it('makes one draft of a double click on 保存为草稿并打开', async () => {
    stubApi([files[1]])
    const onOpen = vi.fn()
    render(<BatchScreen onHome={() => {}} onOpen={onOpen} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    const save = await screen.findByRole('button', { name: '保存为草稿并打开' })
    const before = await db.drafts.count()
    fireEvent.click(save)
    fireEvent.click(save)
    await waitFor(() => expect(onOpen).toHaveBeenCalled())
    await new Promise((ok) => setTimeout(ok, 50))
    expect(await db.drafts.count()).toBe(before + 1)
  })

  it('keeps two agencies’ files of the same name apart: a file replaces its row only as the same report', async () => {
    const json = (agency: string) =>
      new TextEncoder().encode(serializeReport({ ...loadFixture('valid-2021.json'), agency }))
    const api = stubApi([{ name: '2024年度报告.json', data: json('甲区人民政府') }])
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText(/^共 1 份/)
    vi.mocked(api.openFiles).mockResolvedValueOnce([
      { name: '2024年度报告.json', data: json('乙区人民政府') }
    ])
    fireEvent.click(screen.getByRole('button', { name: '再选择报告…' }))
    await screen.findByText(/^共 2 份/)
    vi.mocked(api.openFiles).mockResolvedValueOnce([
      { name: '2024年度报告.json', data: json('乙区人民政府') }
    ])
    fireEvent.click(screen.getByRole('button', { name: '再选择报告…' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^共 2 份/))
    expect(screen.getAllByRole('row')).toHaveLength(3)
  })

  it('says in its row that a file is the same report as another, and which file was checked as its 上年报告', async () => {
    const api = stubApi([
      fixture('2024_huaian_shi.txt'),
      fixture('2024_huaian_shi.txt', '淮安市 2024年报 (副本).txt'),
      fixture('2023_hongze_qu.txt'),
      fixture('2024_hongze_qu.txt')
    ])
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText(/^共 4 份/)
    const rows = screen.getAllByRole('row').slice(1) as HTMLTableRowElement[]
    const notes = rows.map((r) => [...r.cells[0].querySelectorAll('.batch-note')].map((p) => p.textContent))
    expect(notes).toEqual([
      [],
      ['与“2024_huaian_shi.txt”是同一机关同一年度的报告，请核对是否重复'],
      [],
      ['已与上年报告“2023_hongze_qu.txt”对照检查（上年结转等跨年规则）']
    ])
    // The row's buttons are still described by the file's name alone.
    const copy = within(rows[1]).getByRole('button', { name: '保存为草稿并打开' })
    expect(document.getElementById(copy.getAttribute('aria-describedby')!)?.textContent).toBe(
      '淮安市 2024年报 (副本).txt'
    )
    // The table for Excel has both, the text export as before.
    fireEvent.click(screen.getByRole('button', { name: '导出汇总表（Excel）' }))
    await waitFor(() => expect(api.saveFile).toHaveBeenCalledTimes(1))
    const csv = (vi.mocked(api.saveFile).mock.calls[0]![0].data as string).split('\r\n')
    expect(csv[2]).toMatch(/^2,淮安市 2024年报 \(副本\)\.txt,淮安市人民政府,2024,2024_huaian_shi\.txt,,/)
    expect(csv[4]).toMatch(/^4,2024_hongze_qu\.txt,淮安市洪泽区人民政府,2024,,2023_hongze_qu\.txt,/)
    fireEvent.click(screen.getByRole('button', { name: '导出检查结果' }))
    await waitFor(() => expect(api.saveFile).toHaveBeenCalledTimes(2))
    const text = vi.mocked(api.saveFile).mock.calls[1]![0].data as string
    expect(text).toContain('\r\n   与“2024_huaian_shi.txt”是同一机关同一年度的报告，请核对是否重复\r\n')
    expect(text).toContain('\r\n   已与上年报告“2023_hongze_qu.txt”对照检查（上年结转等跨年规则）\r\n')
  })

  it('replaces the row of a file that could not be read when it is chosen again, corrected', async () => {
    const api = stubApi([{ name: '洪泽区2024.txt', data: new Uint8Array() }, files[1]])
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    await screen.findByText('共 2 份：0 份有错误，1 份无法读取')
    vi.mocked(api.openFiles).mockResolvedValueOnce([hongze])
    fireEvent.click(screen.getByRole('button', { name: '再选择报告…' }))
    await screen.findByText('共 2 份：1 份有错误，1 份有未能读取的内容')
    const rows = screen.getAllByRole('row').slice(1) as HTMLTableRowElement[]
    expect(rows.map((r) => r.cells[0].textContent)).toEqual(['某某市2024.json', '洪泽区2024.txt'])
    expect(rows[1].cells[1].textContent).toBe('淮安市洪泽区人民政府')
  })
})
