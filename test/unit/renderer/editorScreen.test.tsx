// The editor screen with the drafts module (fake-indexeddb): last year's values beside the cells, what an
// import could not read, the revision kept before an import, and Home's import button.
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { AppApi } from '@shared/api'
import { emptyReport } from '@shared/model/report'
import { parseReportJson, serializeReport } from '@shared/model/json'
import { Editor } from '@renderer/editor/Editor'
import { EditorScreen } from '@renderer/editor/EditorScreen'
import { App } from '@renderer/App'
import { db } from '@renderer/drafts/db'
import { createDraft, createDraftFromReport } from '@renderer/drafts/store'
import { addRevision } from '@renderer/drafts/history'
import { freshDb } from '../drafts/helpers'
// window.api's type (the renderer's ambient declaration, outside this project's include list).
import type {} from '@renderer/env'

const REQ = '三、收到和处理政府信息公开申请情况'
const NEW_NP = '表三 一、本年新收政府信息公开申请数量 自然人'

beforeEach(freshDb)

function stubApi(openFile: AppApi['openFile'] = async () => null): AppApi {
  const api = {
    openFile: vi.fn(openFile),
    saveFile: vi.fn(async () => ({ saved: false })),
    beginSave: vi.fn(async () => null),
    printPdf: vi.fn(async () => ({ saved: false })),
    onMenuCommand: vi.fn(() => () => {})
  } as unknown as AppApi
  ;(window as unknown as { api: AppApi }).api = api
  return api
}

/** This year's editor (2024), with last year's report holding `requests` cells of table 三. */
function renderWithLastYear(requests: Record<string, number | null>) {
  const lastYear = emptyReport('2021', 2023, '某某区人民政府', 'government')
  Object.assign(lastYear.tables.requests, requests)
  render(
    <Editor
      report={emptyReport('2021', 2024, '某某区人民政府', 'government')}
      lastYear={lastYear}
      onChange={() => {}}
    />
  )
}

describe('last year beside each cell', () => {
  it('shows 上年 N under a cell whose key last year has a value, and leaves the accessible name alone', () => {
    renderWithLastYear({ 'new.np': 37, 'new.biz': 0 })
    fireEvent.click(screen.getByRole('button', { name: REQ }))
    const np = screen.getByRole('textbox', { name: NEW_NP })
    expect(np.getAttribute('aria-label')).toBe(NEW_NP)
    expect(within(np.closest('td')!).getByText('上年 37')).toBeTruthy()
    const biz = screen.getByRole('textbox', { name: '表三 一、本年新收政府信息公开申请数量 商业企业' })
    expect(within(biz.closest('td')!).getByText('上年 0')).toBeTruthy()
    // A cell left blank last year shows nothing (blank is not 0).
    const sci = screen.getByRole('textbox', { name: '表三 一、本年新收政府信息公开申请数量 科研机构' })
    expect(sci.closest('td')!.textContent).not.toContain('上年')
  })

  it('beside 上年结转 shows last year’s 结转下年度, the figure the cell must have, and says so', () => {
    // 12 is last year's own 上年结转: not this year's
    renderWithLastYear({ 'carry.np': 12, 'next.np': 6 })
    fireEvent.click(screen.getByRole('button', { name: REQ }))
    const carry = screen.getByRole('textbox', { name: '表三 二、上年结转政府信息公开申请数量 自然人' })
    // said as what it must be: last year's print shows 12 in this cell
    const hint = within(carry.closest('td')!).getByText('应为 6')
    expect(hint.getAttribute('title')).toBe('按上年报告，此格应为上年“四、结转下年度继续办理”的数值')
  })

  it('beside 上年结转 whose 结转下年度 last year left blank shows nothing, not last year’s own 上年结转', () => {
    renderWithLastYear({ 'carry.law': 0, 'next.law': null })
    fireEvent.click(screen.getByRole('button', { name: REQ }))
    const carry = screen.getByRole('textbox', { name: '表三 二、上年结转政府信息公开申请数量 法律服务机构' })
    expect(carry.closest('td')!.querySelector('.last-year')).toBeNull()
  })

  it('shows it only while the report is on the year after last year’s', () => {
    renderWithLastYear({ 'new.np': 37 })
    const year = screen.getByRole('textbox', { name: '年度' })
    fireEvent.change(year, { target: { value: '2027' } })
    fireEvent.click(screen.getByRole('button', { name: REQ }))
    expect(document.querySelector('.last-year')).toBeNull()
    fireEvent.change(year, { target: { value: '2024' } })
    const np = screen.getByRole('textbox', { name: NEW_NP })
    expect(within(np.closest('td')!).getByText('上年 37')).toBeTruthy()
  })

  it('a title as made follows the agency and the year; one of the official’s own is left alone', () => {
    const onChange = vi.fn()
    render(<Editor report={emptyReport('2021', 2024, '某某局', 'department')} onChange={onChange} />)
    const title = screen.getByRole('textbox', { name: '报告标题' }) as HTMLInputElement
    expect(title.value).toBe('某某局2024年政府信息公开工作年度报告')
    fireEvent.change(screen.getByRole('textbox', { name: '年度' }), { target: { value: '2025' } })
    expect(title.value).toBe('某某局2025年政府信息公开工作年度报告')
    fireEvent.change(screen.getByRole('textbox', { name: '机关名称' }), { target: { value: '某某市某某局' } })
    expect(title.value).toBe('某某市某某局2025年政府信息公开工作年度报告')
    expect(onChange.mock.lastCall?.[0].title).toBe('某某市某某局2025年政府信息公开工作年度报告')
    fireEvent.change(title, { target: { value: '关于某某市某某局2025年度政府信息公开工作的报告' } })
    fireEvent.change(screen.getByRole('textbox', { name: '年度' }), { target: { value: '2026' } })
    expect(title.value).toBe('关于某某市某某局2025年度政府信息公开工作的报告')
  })

  it('takes a year typed in full-width digits (２０２５) and shows it as read once left', () => {
    const onChange = vi.fn()
    render(<Editor report={emptyReport('2021', 2024, '某某局', 'department')} onChange={onChange} />)
    const year = screen.getByRole('textbox', { name: '年度' }) as HTMLInputElement
    fireEvent.change(year, { target: { value: '２０２５' } })
    expect(year.getAttribute('aria-invalid')).toBeNull()
    expect(onChange.mock.lastCall?.[0].year).toBe(2025)
    fireEvent.blur(year)
    expect(year.value).toBe('2025')
  })

  it('checks against last year’s report as it is now, when it changes while the editor is open', () => {
    const lastYear = emptyReport('2021', 2023, '某某区人民政府', 'government')
    lastYear.tables.requests['next.np'] = 3
    const report = emptyReport('2021', 2024, '某某区人民政府', 'government')
    report.tables.requests['carry.np'] = 3
    const { rerender } = render(<Editor report={report} lastYear={lastYear} onChange={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: REQ }))
    const carry = () => screen.getByRole('textbox', { name: '表三 二、上年结转政府信息公开申请数量 自然人' })
    expect(carry().getAttribute('aria-invalid')).toBeNull()
    // edited in another window: its 结转下年度 is now 5
    rerender(
      <Editor
        report={report}
        lastYear={{
          ...lastYear,
          tables: { ...lastYear.tables, requests: { ...lastYear.tables.requests, 'next.np': 5 } }
        }}
        onChange={() => {}}
      />
    )
    expect(carry().getAttribute('aria-invalid')).toBe('true')
    // and 上年结转 is offered last year's 结转下年度 as it is now
    expect(within(carry().closest('td')!).getByRole('button', { name: '改为 5' })).toBeTruthy()
  })

  it('shows each part of last year’s report, folded, beside the same part of this year’s', () => {
    const lastYear = emptyReport('2021', 2023, '某某区人民政府', 'government')
    lastYear.sections.overview = '2023年，我区认真贯彻落实条例。\n（一）主动公开。全年主动公开信息1200条。'
    render(
      <Editor
        report={emptyReport('2021', 2024, '某某区人民政府', 'government')}
        lastYear={lastYear}
        onChange={() => {}}
      />
    )
    const folded = screen.getByText('上年报告的这一部分（供参考，不会写入本年报告）').closest('details')!
    expect(folded.open).toBe(false)
    expect(within(folded).getByText('（一）主动公开。全年主动公开信息1200条。')).toBeTruthy()
    // nothing where last year's part is empty, and nothing once the year is not the one after
    fireEvent.click(screen.getByRole('button', { name: '五、存在的主要问题及改进情况' }))
    expect(document.querySelector('.last-year-text')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '一、总体情况' }))
    fireEvent.change(screen.getByRole('textbox', { name: '年度' }), { target: { value: '2027' } })
    expect(document.querySelector('.last-year-text')).toBeNull()
  })

  it('shows nothing without a last year', () => {
    render(<Editor report={emptyReport('2021', 2024, '某某局', 'department')} onChange={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: REQ }))
    expect(document.querySelector('.last-year')).toBeNull()
  })

  it('in the editor screen, takes last year from the draft it was made from', async () => {
    stubApi()
    const last = emptyReport('2021', 2023, '某某局', 'department')
    last.tables.requests['new.np'] = 12
    const lastId = await createDraftFromReport(last, '测试')
    const id = await createDraft({
      agency: '某某局',
      year: 2024,
      agencyKind: 'department',
      format: '2021',
      lastYearId: lastId
    })
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: REQ }))
    const np = screen.getByRole('textbox', { name: NEW_NP })
    expect(within(np.closest('td')!).getByText('上年 12')).toBeTruthy()
  })
})

describe('what leaves the app', () => {
  it('an export, and 复制到网站, say how many errors the report still has', async () => {
    const api = stubApi()
    api.saveFile = vi.fn(async () => ({ saved: true, path: '/tmp/年报.html' }))
    api.copyToClipboard = vi.fn(async () => ({ written: true }))
    const report = emptyReport('2021', 2024, '某某局', 'department')
    report.tables.requests['new.np'] = 5 // 新收 自然人 without its 总计: one broken row sum, among others
    const id = await createDraftFromReport(report, '测试')
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: '网页（.html）' }))
    // the warning first, which a narrow toolbar would otherwise cut off
    const status = await screen.findByText(
      /^注意：报告还有 \d+ 个错误，发布前请改正。已导出：\/tmp\/年报\.html$/
    )
    expect(status.getAttribute('role')).toBe('status')
    fireEvent.click(screen.getByRole('button', { name: '复制到网站' }))
    await screen.findByText(/^注意：报告还有 \d+ 个错误，发布前请改正。已复制全文（含表格）/)
    const [req] = vi.mocked(api.copyToClipboard).mock.calls[0]!
    expect(req.html).toContain('某某局')
    expect(req.text).toBe(req.html)
  })

  it('an entry holding refused text leaves blank, never with its last good figure, and counts as an error', async () => {
    const api = stubApi()
    api.saveFile = vi.fn(async () => ({ saved: true, path: '/tmp/年报.txt' }))
    api.copyToClipboard = vi.fn(async () => ({ written: true }))
    const { report } = parseReportJson(readFileSync('test/fixtures/reports/valid-2021.json', 'utf8'))
    const id = await createDraftFromReport({ ...report!, published: '2025-01-20' }, '测试')
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const exported = async (): Promise<string> => {
      fireEvent.click(await screen.findByRole('button', { name: '纯文本（.txt）' }))
      await waitFor(() => expect(api.saveFile).toHaveBeenCalled())
      const [req] = vi.mocked(api.saveFile).mock.calls.at(-1)!
      vi.mocked(api.saveFile).mockClear()
      return req.data as string
    }
    const licence = /行政许可\s+1200/
    expect(await exported()).toMatch(licence)
    await screen.findByText(/^已导出：\/tmp\/年报\.txt$/)

    fireEvent.click(screen.getByRole('button', { name: '二、主动公开政府信息情况' }))
    const cell = screen.getByRole('textbox', { name: '表二 行政许可 本年处理决定数量' })
    fireEvent.change(cell, { target: { value: '一千二百六十' } })
    expect(cell.getAttribute('aria-invalid')).toBe('true')
    const text = await exported()
    expect(text).toContain('行政许可')
    expect(text).not.toMatch(licence)
    await screen.findByText(/^注意：报告还有 1 个错误，发布前请改正。已导出：\/tmp\/年报\.txt$/)
    fireEvent.click(screen.getByRole('button', { name: '复制到网站' }))
    await screen.findByText(/^注意：报告还有 1 个错误，发布前请改正。已复制全文（含表格）/)
    const [copied] = vi.mocked(api.copyToClipboard).mock.calls[0]!
    expect(copied.html).not.toContain('>1200<')
  })

  it('数据（.json） says that the 发布日期 and the local rules stay behind, when the report has them', async () => {
    const api = stubApi()
    api.saveFile = vi.fn(async () => ({ saved: true, path: '/tmp/年报.json' }))
    const report = { ...emptyReport('2021', 2024, '某某局', 'department'), publishBy: '01-25' }
    const id = await createDraftFromReport(report, '测试')
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: '数据（.json）' }))
    await screen.findByText(
      /已导出：\/tmp\/年报\.json。数据文件不含发布日期、本地发布时限和字数上限.*“备份全部报告”。$/
    )
  })

  it('PDF in a browser opens the print dialog and says so, rather than claiming a file was written', async () => {
    const api = stubApi()
    api.printPdf = vi.fn(async () => ({ saved: true }))
    const id = await createDraftFromReport(emptyReport('2021', 2024, '某某局', 'department'), '测试')
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: 'PDF' }))
    expect(
      await screen.findByText(/已打开打印窗口：请在“目标打印机”中选择“另存为 PDF”后保存。$/)
    ).toBeTruthy()
  })

  it('without errors, asks for the 发布日期 after what goes to the website, not after JSON', async () => {
    const api = stubApi()
    api.saveFile = vi.fn(async () => ({ saved: true, path: '/tmp/年报' }))
    const report = emptyReport('2021', 2024, '某某局', 'department')
    // A report with no error: every cell 0, every section written, the fees stated.
    for (const t of ['active', 'requests', 'review'] as const)
      for (const k of Object.keys(report.tables[t])) report.tables[t][k] = 0
    report.fees = { notices: 0, noticedAmount: 0, collected: 0 }
    for (const s of Object.keys(report.sections) as (keyof typeof report.sections)[])
      report.sections[s] = '2024年，本机关依法做好政府信息公开工作，全年没有收取信息处理费。'
    const id = await createDraftFromReport(report, '测试')
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Word（.docx）' }))
    await screen.findByText('已导出：/tmp/年报发布后请填写“发布日期”，以便核对是否按时发布。')
    fireEvent.click(screen.getByRole('button', { name: '数据（.json）' }))
    await screen.findByText('已导出：/tmp/年报')
  })

  it('tells a failed copy in Chinese, pointing to the HTML export', async () => {
    const api = stubApi()
    api.copyToClipboard = vi.fn(async () => ({ written: false }))
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department', format: '2021' })
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: '复制到网站' }))
    expect(await screen.findByText('复制失败：无法使用系统剪贴板，请改用“导出 网页”。')).toBeTruthy()
  })
})

describe('a version restored', () => {
  it('opens the editor where the person was, not at 一、总体情况', async () => {
    stubApi()
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department', format: '2021' })
    const earlier = emptyReport('2021', 2024, '某某局', 'department')
    earlier.tables.requests['new.np'] = 3
    await addRevision(id, earlier, 'snapshot', '二稿')
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: REQ }))
    fireEvent.click(screen.getByRole('button', { name: '历史版本' }))
    const panel = await screen.findByRole('dialog', { name: '历史版本' })
    fireEvent.click((await within(panel).findAllByRole('button', { name: /^恢复 / }))[0])
    // the restored value, in table 三, without going back to it
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: NEW_NP }) as HTMLInputElement).value).toBe('3')
    )
  })
})

describe('focus when a report opens', () => {
  it('starts in the text of the section shown, not on the page (the screen before took it away)', async () => {
    stubApi()
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department', format: '2021' })
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const overview = await screen.findByRole('textbox', { name: '一、总体情况' })
    await waitFor(() => expect(document.activeElement).toBe(overview))
  })
})

describe('skip links', () => {
  it('take the keyboard straight to the section’s text or to 问题', async () => {
    stubApi()
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department', format: '2021' })
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const links = await screen.findByRole('navigation', { name: '跳到' })
    fireEvent.click(within(links).getByRole('button', { name: '跳到问题列表' }))
    const problems = screen.getByRole('region', { name: '问题' })
    expect(document.activeElement).toBe(within(problems).getByRole('heading', { level: 2 }))
    fireEvent.click(within(links).getByRole('button', { name: '跳到正文' }))
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '一、总体情况' }))
  })
})

describe('历史版本 from the keyboard', () => {
  it('takes focus when opened, closes on Esc and gives focus back to its button', async () => {
    stubApi()
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department', format: '2021' })
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const button = await screen.findByRole('button', { name: '历史版本' })
    fireEvent.click(button)
    const panel = await screen.findByRole('dialog', { name: '历史版本' })
    await waitFor(() => expect(panel.contains(document.activeElement)).toBe(true))
    // it lies over the 问题 panel: Tab goes round its own controls instead of on to ones it hides
    const close = within(panel).getByRole('button', { name: '关闭' })
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true })
    const controls = within(panel).getAllByRole('button')
    expect(document.activeElement).toBe(controls.at(-1))
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' })
    expect(document.activeElement).toBe(close)
    // Esc that ends an IME's composition is the IME's
    fireEvent.keyDown(document.activeElement!, { key: 'Escape', isComposing: true })
    expect(screen.getByRole('dialog', { name: '历史版本' })).toBe(panel)
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(screen.queryByRole('dialog', { name: '历史版本' })).toBeNull()
    expect(document.activeElement).toBe(button)
  })
})

describe('保存快照', () => {
  it('keeps the name being typed in Chinese when Esc drops the pinyin, and closes on the next Esc', async () => {
    stubApi()
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department', format: '2021' })
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: '保存快照' }))
    const dialog = await screen.findByRole('dialog', { name: '保存快照' })
    const name = within(dialog).getByRole('textbox', { name: '快照名称' })
    fireEvent.change(name, { target: { value: '送审稿 songshen' } })
    // Windows IMEs report the key that ends a composition as keyCode 229 rather than isComposing
    fireEvent.keyDown(name, { key: 'Escape', keyCode: 229 })
    fireEvent.keyDown(name, { key: 'Escape', isComposing: true })
    expect(screen.getByRole('dialog', { name: '保存快照' })).toBe(dialog)
    expect(name).toHaveProperty('value', '送审稿 songshen')
    fireEvent.keyDown(name, { key: 'Escape' })
    expect(screen.queryByRole('dialog', { name: '保存快照' })).toBeNull()
  })
})

describe('what was typed and refused', () => {
  it('is kept with the draft and typed back with its message, counted as an error, until put right', async () => {
    stubApi()
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department', format: '2021' })
    const first = render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: REQ }))
    const np = () => screen.getByRole('textbox', { name: NEW_NP }) as HTMLInputElement
    fireEvent.change(np(), { target: { value: '5' } })
    fireEvent.change(np(), { target: { value: '5x' } })
    await waitFor(async () => expect((await db.drafts.get(id))?.inputs).toEqual({ 'requests:new.np': '5x' }))
    // the last value that made sense is kept
    expect((await db.drafts.get(id))?.report.tables.requests['new.np']).toBe(5)
    // a refused date, where there was none: one error more on the home screen than the report alone has
    fireEvent.change(screen.getByRole('textbox', { name: '发布日期' }), { target: { value: '1月20号' } })
    await waitFor(async () => expect((await db.drafts.get(id))?.inputs?.['meta:published']).toBe('1月20号'))
    const saved = (await db.drafts.get(id))!
    const { countFindings } = await import('@renderer/drafts/counts')
    const { withBlank } = await import('@shared/checks/refused')
    expect(saved.errorCount).toBe(countFindings(withBlank(saved.report, 'requests:new.np')).errorCount + 2)
    first.unmount()
    // opened again later (a session is kept 50 ms after its last user, for React's remount)
    await new Promise((done) => setTimeout(done, 120))
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: REQ }))
    await waitFor(() => expect(np().value).toBe('5x'))
    expect(np().getAttribute('aria-invalid')).toBe('true')
    const date = screen.getByRole('textbox', { name: '发布日期' }) as HTMLInputElement
    expect([date.value, date.getAttribute('aria-invalid')]).toEqual(['1月20号', 'true'])
    fireEvent.change(np(), { target: { value: '6' } })
    await waitFor(async () =>
      expect((await db.drafts.get(id))?.inputs).toEqual({ 'meta:published': '1月20号' })
    )
    fireEvent.change(date, { target: { value: '' } })
    await waitFor(async () => expect((await db.drafts.get(id))?.inputs).toBeUndefined())
    expect((await db.drafts.get(id))?.report.tables.requests['new.np']).toBe(6)
  })
})

describe('预览', () => {
  it('shows the report as the website will, user text as text; Esc closes it', async () => {
    stubApi()
    const report = emptyReport('2021', 2024, '某某局<script>x</script>', 'department')
    report.tables.requests['new.np'] = 37
    const id = await createDraftFromReport(report, '测试')
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const open = await screen.findByRole('button', { name: '预览' })
    // A click focuses the button in a browser; jsdom's does not.
    open.focus()
    fireEvent.click(open)
    const dialog = await screen.findByRole('dialog', { name: '预览' })
    expect(within(dialog).getByText('某某局<script>x</script>2024年政府信息公开工作年度报告')).toBeTruthy()
    expect(dialog.querySelector('script')).toBeNull()
    expect(dialog.querySelectorAll('table')).toHaveLength(3)
    expect(within(dialog).getAllByText('37').length).toBeGreaterThan(0)
    // the dialog moves focus into the page once drawn (an effect, which may run after it is found), so
    // that PageDown and the arrows read it
    const page = within(dialog).getByRole('region', { name: '预览' })
    await waitFor(() => expect(document.activeElement).toBe(page))
    // Modal: Tab goes round its close button and its page, and stays inside.
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' })
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '关闭预览' }))
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(page)
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(screen.queryByRole('dialog', { name: '预览' })).toBeNull()
    // Focus goes back to the button that opened it.
    expect(document.activeElement).toBe(open)
  })
})

describe('使用说明', () => {
  it('in the editor lists the rules of the draft’s own format, read from its declaration', async () => {
    stubApi()
    const id = await createDraftFromReport(emptyReport('2019', 2020, '某某局', 'department'), '测试')
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: '使用说明' }))
    const dialog = await screen.findByRole('dialog', { name: '使用说明' })
    expect(within(dialog).getByRole('heading', { name: '表格的勾稽关系（2019年版格式）' })).toBeTruthy()
    // T2-03 is a rule of the 2019 table 二 only
    expect(within(dialog).getByText('本年新公开数量 ≤ 对外公开总数量')).toBeTruthy()
    expect(within(dialog).getByText('一+二 ＝ 三（七）+四')).toBeTruthy()
    // the project's rule codes (T2-03, F6, XY-01) mean nothing to the person reading
    const { describeIdentities } = await import('@shared/formats/describe')
    const { getFormat } = await import('@shared/formats')
    const codes = describeIdentities(getFormat('2019')).map((r) => r.code)
    expect(codes).toContain('T2-03')
    for (const code of codes) expect(within(dialog).queryByText(code)).toBeNull()
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(screen.queryByRole('dialog', { name: '使用说明' })).toBeNull()
  })

  it('from the home screen (button or F1 through the menu) shows the current format', async () => {
    let menu: ((c: string) => void) | undefined
    const api = stubApi()
    api.onMenuCommand = vi.fn((listener) => {
      menu = listener as (c: string) => void
      return () => {}
    })
    render(<App />)
    fireEvent.click(await screen.findByRole('button', { name: '使用说明' }))
    const dialog = await screen.findByRole('dialog', { name: '使用说明' })
    expect(within(dialog).getByRole('heading', { name: '表格的勾稽关系（2021年版格式）' })).toBeTruthy()
    expect(within(dialog).queryByText('本年新公开数量 ≤ 对外公开总数量')).toBeNull()
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }))
    expect(screen.queryByRole('dialog', { name: '使用说明' })).toBeNull()
    await waitFor(() => expect(menu).toBeDefined())
    act(() => menu?.('help'))
    expect(await screen.findByRole('dialog', { name: '使用说明' })).toBeTruthy()
  })
})

describe('文件 → 新建报告, 备份全部报告, 从备份恢复 from the menu', () => {
  it('do on the home screen what its buttons do, and from the editor leave it for that (saved), once each', async () => {
    const listeners: ((c: string) => void)[] = []
    const api = stubApi()
    api.onMenuCommand = vi.fn((listener) => {
      listeners.push(listener as (c: string) => void)
      return () => listeners.splice(listeners.indexOf(listener as (c: string) => void), 1)
    })
    const menu = (c: string) => act(() => [...listeners].forEach((l) => l(c)))
    render(<App />)
    await screen.findByRole('button', { name: '新建报告' })
    await waitFor(() => expect(listeners.length).toBeGreaterThan(0))
    menu('new')
    expect(await screen.findByRole('textbox', { name: '机关名称' })).toBeTruthy()
    menu('backup')
    await waitFor(() => expect(api.beginSave).toHaveBeenCalledTimes(1))
    menu('restore')
    await waitFor(() =>
      expect(api.openFile).toHaveBeenCalledWith(expect.objectContaining({ purpose: 'backup' }))
    )
    // from the editor: home, and there the backup's dialog (not again when home is next shown)
    fireEvent.click((await screen.findAllByRole('button', { name: '清河市滨江区人民政府' }))[0])
    await screen.findByRole('region', { name: '问题' })
    menu('backup')
    await waitFor(() => expect(api.beginSave).toHaveBeenCalledTimes(2))
    await screen.findByRole('button', { name: '备份全部报告' })
    fireEvent.click((await screen.findAllByRole('button', { name: '清河市滨江区人民政府' }))[0])
    await screen.findByRole('region', { name: '问题' })
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }))
    await screen.findByRole('button', { name: '备份全部报告' })
    expect(api.beginSave).toHaveBeenCalledTimes(2)
  })
})

describe('import from the editor screen and the home screen', () => {
  it('shows what the importer could not read in the imported draft', async () => {
    stubApi()
    const id = await createDraftFromReport(emptyReport('2021', 2024, '某某局', 'department'), '导入 a.txt', [
      { level: 'error', message: '表三第 5 行无法识别' }
    ])
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const region = await screen.findByRole('region', { name: '导入说明' })
    expect(region.textContent).toContain('表三第 5 行无法识别')
  })

  it('a note takes the person to its cell; 知道了 closes the notes for good, not only in this window', async () => {
    stubApi()
    const id = await createDraftFromReport(emptyReport('2021', 2024, '某某局', 'department'), '导入 a.txt', [
      { level: 'error', message: '表三 科研机构 无法读取', ref: 'requests:new.sci' }
    ])
    const first = render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const region = await screen.findByRole('region', { name: '导入说明' })
    fireEvent.click(within(region).getByRole('button', { name: '表三 科研机构 无法读取' }))
    expect(document.activeElement).toBe(
      screen.getByRole('textbox', { name: '表三 一、本年新收政府信息公开申请数量 科研机构' })
    )
    fireEvent.click(within(region).getByRole('button', { name: '知道了' }))
    expect(screen.queryByRole('region', { name: '导入说明' })).toBeNull()
    await waitFor(async () => expect((await db.drafts.get(id))?.importNotesClosed).toBe(true))
    first.unmount()
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    await screen.findByRole('textbox', { name: '机关名称' })
    expect(screen.queryByRole('region', { name: '导入说明' })).toBeNull()
    // still kept with the draft
    expect((await db.drafts.get(id))?.importProblems).toHaveLength(1)
  })

  it('a note about a whole row or table takes the person to its first cell, not to the part’s text', async () => {
    stubApi()
    const id = await createDraftFromReport(emptyReport('2021', 2024, '某某局', 'department'), '导入 a.txt', [
      { level: 'error', message: '表三“（六）其他处理”印为一行', ref: 'requests:r6_1.*' },
      { level: 'error', message: '没有找到表四', ref: 'review:*' }
    ])
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const region = await screen.findByRole('region', { name: '导入说明' })
    fireEvent.click(within(region).getByRole('button', { name: '表三“（六）其他处理”印为一行' }))
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^表三 1\.申请人无正当理由.* 自然人$/)
    fireEvent.click(within(region).getByRole('button', { name: '没有找到表四' }))
    expect(document.activeElement?.getAttribute('aria-label')).toBe('表四 行政复议 结果维持')
  })

  it('a note kept by a version without levels shows as to be checked', async () => {
    stubApi()
    const id = await createDraftFromReport(emptyReport('2021', 2024, '某某局', 'department'), '导入 a.txt')
    await db.drafts.update(id, { importProblems: ['旧版本留下的说明'] })
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    const region = await screen.findByRole('region', { name: '导入说明' })
    expect(within(region).getByRole('list', { name: '需要核对' }).textContent).toBe('旧版本留下的说明')
  })

  it('opens the imported report as a new draft, leaving the open one and its history as they were', async () => {
    const json = serializeReport(emptyReport('2021', 2024, '导入来源局', 'department'))
    stubApi(async () => ({ name: 'r.json', data: new TextEncoder().encode(json) }))
    const id = await createDraft({ agency: '原来局', year: 2024, agencyKind: 'department', format: '2021' })
    const onOpen = vi.fn()
    render(<EditorScreen id={id} onHome={() => {}} onOpen={onOpen} />)
    fireEvent.click(await screen.findByRole('button', { name: '导入…' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalled())
    const revisions = await db.revisions.where('draftId').equals(id).toArray()
    expect(revisions.map((r) => r.kind)).not.toContain('before-import')
    expect((await db.drafts.get(id))?.report.agency).toBe('原来局')
    const imported = await db.drafts.get(onOpen.mock.calls[0][0] as string)
    expect(imported?.report.agency).toBe('导入来源局')
  })

  it('the same file imported again opens the draft it gave, untouched since, rather than a second alike', async () => {
    const json = serializeReport(emptyReport('2021', 2024, '重复导入局', 'department'))
    stubApi(async () => ({ name: 'r.json', data: new TextEncoder().encode(json) }))
    const id = await createDraft({ agency: '原来局', year: 2024, agencyKind: 'department', format: '2021' })
    const onOpen = vi.fn()
    render(<EditorScreen id={id} onHome={() => {}} onOpen={onOpen} />)
    fireEvent.click(await screen.findByRole('button', { name: '导入…' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1))
    const first = onOpen.mock.calls[0][0] as string
    fireEvent.click(screen.getByRole('button', { name: '导入…' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(2))
    expect(onOpen.mock.calls[1]).toEqual([
      first,
      expect.stringMatching(/^“r\.json”的内容与 .* 导入的那一份相同/)
    ])
    const alike = await db.drafts.filter((d) => d.report.agency === '重复导入局').count()
    expect(alike).toBe(1)
    // once that draft is changed, the file gives a new draft again
    await db.drafts.update(first, { 'report.title': '改过的标题' })
    fireEvent.click(screen.getByRole('button', { name: '导入…' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(3))
    expect(onOpen.mock.calls[2][0]).not.toBe(first)
    expect(await db.drafts.filter((d) => d.report.agency === '重复导入局').count()).toBe(2)
  })

  it('the same file imported again from the draft it gave stays there, and says so', async () => {
    const json = serializeReport(emptyReport('2021', 2024, '原地导入局', 'department'))
    stubApi(async () => ({ name: 'r.json', data: new TextEncoder().encode(json) }))
    const id = await createDraftFromReport(
      emptyReport('2021', 2024, '原地导入局', 'department'),
      '导入 r.json'
    )
    const onOpen = vi.fn()
    render(<EditorScreen id={id} onHome={() => {}} onOpen={onOpen} />)
    fireEvent.click(await screen.findByRole('button', { name: '导入…' }))
    expect(await screen.findByText(/^“r\.json”的内容与 .* 导入的那一份相同/)).toBeTruthy()
    expect(onOpen).not.toHaveBeenCalled()
  })

  it('a file equal to a draft not imported from it (the draft it was exported from) still gives a new draft', async () => {
    const report = emptyReport('2021', 2024, '导出再导入局', 'department')
    const id = await createDraftFromReport(report, '新建')
    stubApi(async () => ({ name: '年报.json', data: new TextEncoder().encode(serializeReport(report)) }))
    const onOpen = vi.fn()
    render(<EditorScreen id={id} onHome={() => {}} onOpen={onOpen} />)
    fireEvent.click(await screen.findByRole('button', { name: '导入…' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1))
    expect(onOpen.mock.calls[0][0]).not.toBe(id)
    expect(onOpen.mock.calls[0][1]).toMatch(/^已导入“年报\.json”/)
  })

  it('a double click on 导入 opens one file chooser, not a second after the first', async () => {
    window.history.replaceState(null, '', '/')
    let choose: (f: null) => void = () => {}
    const api = stubApi(() => new Promise((resolve) => (choose = resolve)))
    render(<App />)
    const button = await screen.findByRole('button', { name: '导入已发布的报告' })
    fireEvent.click(button)
    fireEvent.click(button)
    await waitFor(() => expect(api.openFile).toHaveBeenCalledTimes(1))
    // every file may be chosen after the kinds it reads: the importer knows a file by its content
    expect(vi.mocked(api.openFile).mock.calls[0][0].filters.map((f) => f.name)).toEqual([
      '年度报告（文本、网页、Word、PDF、OFD、数据）',
      '所有文件'
    ])
    choose(null)
    // once that one is answered, the next click opens one again
    await waitFor(() => {
      fireEvent.click(button)
      expect(api.openFile).toHaveBeenCalledTimes(2)
    })
    choose(null)
  })

  it('the home screen offers import in a plain browser, and the imported draft opens', async () => {
    const json = serializeReport(emptyReport('2021', 2024, '首页导入局', 'department'))
    stubApi(async () => ({ name: 'r.json', data: new TextEncoder().encode(json) }))
    render(<App />)
    fireEvent.click(await screen.findByRole('button', { name: '导入已发布的报告' }))
    const agency = await screen.findByRole('textbox', { name: '机关名称' })
    await waitFor(() => expect((agency as HTMLInputElement).value).toBe('首页导入局'))
    expect(window.location.hash).toMatch(/^#draft=/)
    // The import's own message survives the switch to the new draft's editor.
    expect(screen.getAllByRole('status').some((s) => /已导入“r\.json”/.test(s.textContent ?? ''))).toBe(true)
  })

  it('says what 导入说明 holds with the import’s message (the focus goes to the text, past it)', async () => {
    window.history.replaceState(null, '', '/')
    const seed = readFileSync('../shared/seeds/001_b8f27916e8f9841a.txt')
    stubApi(async () => ({ name: '001.txt', data: new Uint8Array(seed) }))
    render(<App />)
    fireEvent.click(await screen.findByRole('button', { name: '导入已发布的报告' }))
    const region = await screen.findByRole('region', { name: '导入说明' })
    const counts = /(\d+) 处需要核对/.exec(region.textContent ?? '')![1]
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .some((s) => (s.textContent ?? '').includes(`已导入“001.txt”。导入说明列出 ${counts} 处需要核对`))
      ).toBe(true)
    )
  })

  it('a file the home screen cannot import is refused with a Chinese message, nothing opened', async () => {
    window.history.replaceState(null, '', '/')
    stubApi(async () => ({ name: 'r.json', data: new TextEncoder().encode('{ "schema": 1') }))
    render(<App />)
    fireEvent.click(await screen.findByRole('button', { name: '导入已发布的报告' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/^导入“r\.json”失败：/)
    expect(screen.getByRole('button', { name: '新建报告' })).toBeTruthy()
  })

  it('takes an import failure back once another file is read or none is chosen: it never greets the home screen again', async () => {
    window.history.replaceState(null, '', '/')
    const api = stubApi(async () => ({ name: 'empty.txt', data: new Uint8Array() }))
    render(<App />)
    const importButton = await screen.findByRole('button', { name: '导入已发布的报告' })
    fireEvent.click(importButton)
    expect((await screen.findByRole('alert')).textContent).toMatch(/^导入“empty\.txt”失败：/)
    // the chooser closed without a file
    vi.mocked(api.openFile).mockResolvedValueOnce(null)
    fireEvent.click(importButton)
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    // failed again, then a draft opened from the list and left: the home screen comes back without it
    fireEvent.click(importButton)
    await screen.findByRole('alert')
    fireEvent.click(await screen.findByRole('button', { name: '清河市滨江区人民政府' }))
    // once open: while it loads, its 返回首页 is another button, which the editor replaces
    await screen.findByRole('button', { name: '历史版本' }, { timeout: 5000 })
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }))
    await screen.findByRole('button', { name: '导入已发布的报告' }, { timeout: 5000 })
    expect(screen.queryByText(/失败/)).toBeNull()
  }, 15_000)

  it('返回首页 gives the keyboard back to the row of the report left, not to the top of the page', async () => {
    window.history.replaceState(null, '', '/')
    stubApi(async () => null)
    await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department', format: '2021' })
    render(<App />)
    fireEvent.click(await screen.findByRole('button', { name: '某某局' }))
    await screen.findByRole('button', { name: '历史版本' }, { timeout: 5000 })
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }))
    const row = await screen.findByRole('button', { name: '某某局' }, { timeout: 5000 })
    await waitFor(() => expect(document.activeElement).toBe(row))
  }, 15_000)

  it('返回首页 finds the list searched and sorted as it was left, for the next report to open', async () => {
    window.history.replaceState(null, '', '/')
    stubApi(async () => null)
    for (const agency of ['某某局', '某某县交通运输局', '某某县住房和城乡建设局'])
      await createDraft({ agency, year: 2024, agencyKind: 'department', format: '2021' })
    render(<App />)
    fireEvent.change(await screen.findByRole('searchbox', { name: '搜索' }), { target: { value: '某某县' } })
    fireEvent.change(screen.getByRole('combobox', { name: '排序' }), { target: { value: 'agency' } })
    await waitFor(() => expect(screen.queryByRole('button', { name: '某某局' })).toBeNull())
    fireEvent.click(await screen.findByRole('button', { name: '某某县交通运输局' }))
    await screen.findByRole('button', { name: '历史版本' }, { timeout: 5000 })
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }))
    await screen.findByRole('button', { name: '某某县住房和城乡建设局' }, { timeout: 5000 })
    expect((screen.getByRole('searchbox', { name: '搜索' }) as HTMLInputElement).value).toBe('某某县')
    expect((screen.getByRole('combobox', { name: '排序' }) as HTMLSelectElement).value).toBe('agency')
    expect(screen.queryByRole('button', { name: '某某局' })).toBeNull()
  }, 15_000)

  it('a report opened from 批量检查 offers 返回批量检查, back to the review as it was left', async () => {
    window.history.replaceState(null, '', '/')
    const api = stubApi()
    const json = new TextEncoder().encode(serializeReport(emptyReport('2021', 2024, '某某局', 'department')))
    ;(api as unknown as { openFiles: AppApi['openFiles'] }).openFiles = vi.fn(async () => [
      { name: '某某局.json', data: json }
    ])
    render(<App />)
    fireEvent.click(await screen.findByRole('button', { name: '批量检查…' }))
    fireEvent.click(await screen.findByRole('button', { name: '选择报告并检查…' }))
    fireEvent.click(await screen.findByRole('button', { name: '保存为草稿并打开' }, { timeout: 5000 }))
    fireEvent.click(await screen.findByRole('button', { name: '返回批量检查' }, { timeout: 5000 }))
    expect(await screen.findByText('某某局.json', {}, { timeout: 5000 })).toBeTruthy()
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: '保存为草稿并打开' }))
    )
    // Opened from the home list, the editor has no such button.
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }))
    fireEvent.click(await screen.findByRole('button', { name: '某某局' }, { timeout: 5000 }))
    await screen.findByRole('button', { name: '历史版本' }, { timeout: 5000 })
    expect(screen.queryByRole('button', { name: '返回批量检查' })).toBeNull()
  }, 20_000)

  it('in the editor says an import failure whole, under the toolbar, until it is closed', async () => {
    stubApi(async () => ({ name: '年报（终稿）.pdf', data: new TextEncoder().encode('%PDF-1.7 cut short') }))
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department', format: '2021' })
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: '导入…' }))
    const said = await screen.findByText(/^导入“年报（终稿）\.pdf”失败：/, {}, { timeout: 5000 })
    const alert = said.closest<HTMLElement>('[role="alert"]')!
    expect(alert.textContent).toMatch(/失败：.+关闭$/)
    // not also in the toolbar's status, beside the buttons
    expect(document.querySelector('.toolbar-status')!.textContent).toBe('')
    fireEvent.click(within(alert).getByRole('button', { name: '关闭' }))
    expect(screen.queryByText(/失败：/)).toBeNull()
  })

  it('shows one message at a time on the home screen: an import failure replaces a restore’s', async () => {
    window.history.replaceState(null, '', '/')
    stubApi(async () => ({ name: 'x.json', data: new TextEncoder().encode('{ "hello": 1 }') }))
    render(<App />)
    fireEvent.click(await screen.findByRole('button', { name: '从备份恢复' }))
    expect((await screen.findByRole('status')).textContent).toMatch(/不是本软件的备份文件/)
    fireEvent.click(screen.getByRole('button', { name: '导入已发布的报告' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/^导入“x\.json”失败：/)
    expect(screen.queryByText(/不是本软件的备份文件/)).toBeNull()
  })
})
