// What the QA pass found in the screens' layout that can be asserted without a browser: a cell shows the value
// it took once left, an offered sum stays in its own cell, one read-only warning, no stale 移到回收站 banner,
// a long toolbar status whole, and 没有发现问题 apart from the link after it. (What only a browser
// can show, where a message opens and what it covers, was checked in Chromium with screenshots.)
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { AppApi, OpenedFile } from '@shared/api'
import { serializeReport } from '@shared/model/json'
import { emptyReport, type Report } from '@shared/model/report'
import { BatchScreen } from '@renderer/batch/BatchScreen'
import { Editor } from '@renderer/editor/Editor'
import { EditorScreen } from '@renderer/editor/EditorScreen'
import { acquireDraftLock } from '@renderer/drafts/lock'
import { createDraft, createDraftFromReport } from '@renderer/drafts/store'
import { Home } from '@renderer/home/Home'
import { freshDb } from '../drafts/helpers'
import { loadFixture } from '../checks/fixtures'
// window.api's type (the renderer's ambient declaration, outside this project's include list).
import type {} from '@renderer/env'

beforeEach(freshDb)

const REQ = '三、收到和处理政府信息公开申请情况'
const REVIEW = '四、政府信息公开行政复议、行政诉讼情况'
const NEW_NP = '表三 一、本年新收政府信息公开申请数量 自然人'

function stubApi(extra: Partial<AppApi> = {}): AppApi {
  const api = {
    openFile: vi.fn(async () => null),
    openFiles: vi.fn(async () => []),
    saveFile: vi.fn(async () => ({ saved: false })),
    printPdf: vi.fn(async () => ({ saved: false })),
    onMenuCommand: vi.fn(() => () => {}),
    ...extra
  } as unknown as AppApi
  ;(window as unknown as { api: AppApi }).api = api
  return api
}

function editor() {
  const onChange = vi.fn<(r: Report) => void>()
  render(<Editor report={emptyReport('2021', 2024, '某某区人民政府', 'government')} onChange={onChange} />)
  return { last: (): Report => onChange.mock.calls.at(-1)![0] }
}
const show = (heading: string): void => {
  fireEvent.click(screen.getByRole('button', { name: heading }))
}
const cell = (name: string): HTMLInputElement => screen.getByRole('textbox', { name }) as HTMLInputElement
const type = (el: HTMLElement, value: string): void => {
  fireEvent.focus(el)
  fireEvent.change(el, { target: { value } })
}

describe('a cell once left', () => {
  it('shows the value a full-width or suffixed text was taken as; the name of the input stays', () => {
    const { last } = editor()
    show(REQ)
    const c = cell(NEW_NP)
    type(c, '１２')
    // While it is edited, what was typed.
    expect(c.value).toBe('１２')
    fireEvent.blur(c)
    expect(c.value).toBe('12')
    expect(c.getAttribute('aria-label')).toBe(NEW_NP)
    expect(last().tables.requests['new.np']).toBe(12)
    type(c, '7件')
    fireEvent.blur(c)
    expect(c.value).toBe('7')
    type(c, '\u3000')
    fireEvent.blur(c)
    expect(c.value).toBe('')
    expect(last().tables.requests['new.np']).toBeNull()
  })

  it('keeps a refused text as typed, with its message', () => {
    const { last } = editor()
    show(REQ)
    const c = cell(NEW_NP)
    type(c, '8')
    type(c, '１２ａ')
    fireEvent.blur(c)
    expect(c.value).toBe('１２ａ')
    expect(c.getAttribute('aria-invalid')).toBe('true')
    expect(last().tables.requests['new.np']).toBe(8)
  })

  it('does not stop 撤销 from taking back a paste', () => {
    const { last } = editor()
    show(REQ)
    const c = cell(NEW_NP)
    type(c, '３')
    fireEvent.blur(c)
    c.focus()
    fireEvent.paste(c, { clipboardData: { getData: (t: string) => (t === 'text/plain' ? '１０\t２' : '') } })
    fireEvent.blur(c)
    expect(c.value).toBe('10')
    fireEvent.click(screen.getByRole('button', { name: '撤销' }))
    const t = last().tables.requests
    expect([t['new.np'], t['new.biz']]).toEqual([3, null])
    expect(c.value).toBe('3')
  })
})

describe('an offered sum', () => {
  it('sits in the total’s own cell, under its value', () => {
    editor()
    show(REVIEW)
    type(cell('表四 行政复议 结果维持'), '2')
    type(cell('表四 行政复议 结果纠正'), '1')
    type(cell('表四 行政复议 其他结果'), '0')
    type(cell('表四 行政复议 尚未审结'), '0')
    const total = cell('表四 行政复议 总计')
    type(total, '5')
    const offer = screen.getByRole('button', { name: '改为 3' })
    const td = total.closest('td')!
    expect(td.contains(offer)).toBe(true)
    // After the input in the cell: under the value, not over the row above.
    expect(total.compareDocumentPosition(offer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // The message is the cell's description and only a tooltip: the offer is a button of its own.
    const msg = document.getElementById(total.getAttribute('aria-describedby')!)!
    expect(msg.getAttribute('role')).toBe('tooltip')
    expect(msg.contains(offer)).toBe(false)
  })
})

describe('a cell’s message', () => {
  it('is shown under its table for the cell being edited, else the one under the pointer', () => {
    editor()
    show(REVIEW)
    for (const [col, v] of [
      ['结果维持', '2'],
      ['结果纠正', '1'],
      ['其他结果', '0'],
      ['尚未审结', '0'],
      ['总计', '5']
    ])
      type(cell(`表四 行政复议 ${col}`), v)
    const total = cell('表四 行政复议 总计')
    const grid = total.closest('table')!
    const line = (): Element | null => grid.closest('.table-block')!.querySelector('.cell-line')
    const said = document.getElementById(total.getAttribute('aria-describedby')!)!.textContent
    act(() => total.focus())
    expect(line()?.textContent).toBe(said)
    // the cell's own message is what a screen reader says: the line is for the eye
    expect(line()?.getAttribute('aria-hidden')).toBe('true')
    // a blank cell's: the line follows the focus
    const blank = cell('表四 未经复议直接起诉 结果维持')
    const blankSaid = document.getElementById(blank.getAttribute('aria-describedby')!)!.textContent
    act(() => blank.focus())
    expect(line()?.textContent).toBe(blankSaid)
    expect(blankSaid).not.toBe(said)
    // while a cell is edited, only its message: not that of the cell under the pointer
    fireEvent.pointerOver(total)
    expect(line()?.textContent).toBe(blankSaid)
    act(() => screen.getByRole('textbox', { name: REVIEW }).focus())
    expect(line()?.textContent).toBe(said)
    fireEvent.pointerLeave(grid)
    expect(line()).toBeNull()
  })
})

describe('the editor screen', () => {
  it('a second window on the same draft says once that it is read-only', async () => {
    stubApi()
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    // The other window: it holds the draft's lock.
    const other = await acquireDraftLock(id)
    try {
      render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
      await screen.findByRole('button', { name: REQ })
      expect(screen.getAllByText(/此报告已在另一个窗口中打开/)).toHaveLength(1)
      expect(screen.getByRole('button', { name: '保存快照' })).toHaveProperty('disabled', true)
    } finally {
      other.release()
    }
  })

  it('says a copy whole under the toolbar when it warns of errors left, and in the toolbar when all is well', async () => {
    const api = stubApi()
    api.copyToClipboard = vi.fn(async () => ({ written: true }))
    const id = await createDraftFromReport(emptyReport('2021', 2024, '某某局', 'department'), '测试')
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const copy = await screen.findByRole('button', { name: '复制到网站' })
    copy.focus()
    fireEvent.click(copy)
    const said = await screen.findByText(/^注意：报告还有 \d+ 个错误，发布前请改正。已复制全文（含表格）/)
    // not in the toolbar, beside the buttons, where a warning is not looked for
    expect(said.closest('.toolbar')).toBeNull()
    expect(said.getAttribute('role')).toBe('status')
    fireEvent.click(within(said).getByRole('button', { name: '关闭' }))
    expect(screen.queryByText(/已复制全文/)).toBeNull()
    // back to the button that brought the message, not to the page
    expect(document.activeElement).toBe(copy)
  })

  it('lets a long status go down a line with 已保存, whole, rather than cut it short', async () => {
    stubApi()
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    render(
      <EditorScreen
        id={id}
        onHome={() => {}}
        onOpen={() => {}}
        initialStatus="已导入“004_f38c235b9a3e9290.txt”。导入说明列出 4 处未能读取、4 处需要核对。"
      />
    )
    const status = await screen.findByText(/^已导入“004_f38c235b9a3e9290\.txt”/)
    // the status and 已保存 go together: where one goes down a line, so does the other
    const end = status.parentElement!
    expect(end.className).toBe('toolbar-end')
    expect(within(end).getByText('已保存')).toBeTruthy()
    const css = readFileSync('src/renderer/src/styles.css', 'utf8')
    const rule = (selector: string): string =>
      new RegExp(`\\n${selector.replace('.', '\\.')} \\{([^}]*)\\}`).exec(css)?.[1] ?? ''
    expect(rule('.toolbar-status')).not.toMatch(/ellipsis|nowrap/)
    expect(rule('.toolbar-end')).toMatch(/flex: 1 1 auto/)
  })
})

describe('the home screen', () => {
  it('drops the 移到回收站 message and its 撤销 when that report is restored from the trash', async () => {
    await createDraft({ agency: '甲局', year: 2023, agencyKind: 'department' })
    render(<Home onOpen={() => {}} />)
    const row = (await screen.findByRole('button', { name: '甲局' })).closest('tr')!
    fireEvent.click(within(row).getByRole('button', { name: '删除' }))
    await screen.findByText(/已将“甲局”2023年度的报告移到回收站/)
    fireEvent.click(await screen.findByRole('button', { name: '恢复 甲局' }))
    expect(await screen.findByRole('button', { name: '甲局' })).toBeTruthy()
    await waitFor(() => expect(screen.queryByText(/移到回收站/)).toBeNull())
    expect(screen.queryByRole('button', { name: '撤销' })).toBeNull()
  })

  it('keeps the message about another report restored from the trash', async () => {
    await createDraft({ agency: '甲局', year: 2023, agencyKind: 'department' })
    await createDraft({ agency: '乙局', year: 2023, agencyKind: 'department' })
    render(<Home onOpen={() => {}} />)
    for (const name of ['甲局', '乙局']) {
      const row = (await screen.findByRole('button', { name })).closest('tr')!
      fireEvent.click(within(row).getByRole('button', { name: '删除' }))
      await screen.findByText(new RegExp(`已将“${name}”2023年度的报告移到回收站`))
    }
    fireEvent.click(await screen.findByRole('button', { name: '恢复 甲局' }))
    expect(await screen.findByRole('button', { name: '甲局' })).toBeTruthy()
    expect(screen.getByText(/已将“乙局”2023年度的报告移到回收站/)).toBeTruthy()
  })
})

describe('批量检查', () => {
  it('keeps 没有发现问题 apart from the link after it', async () => {
    const valid: OpenedFile = {
      name: '某某市2024.json',
      data: new TextEncoder().encode(serializeReport(loadFixture('valid-2021.json')))
    }
    stubApi({ openFiles: vi.fn(async () => [valid]) } as Partial<AppApi>)
    render(<BatchScreen onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: '选择报告并检查…' }))
    const none = await screen.findByText('没有发现问题')
    // An element of its own, spaced from the next by the stylesheet, not a bare text run against the link.
    expect(none.tagName).toBe('SPAN')
    expect(none.nextElementSibling?.textContent).toBe('保存为草稿并打开')
  })
})
