import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { AppApi } from '@shared/api'
import { Home } from '@renderer/home/Home'
import { backupAll } from '@renderer/home/Backup'
import { defaultYear } from '@renderer/home/NewDraftForm'
import { ImportProblems } from '@renderer/drafts/ImportProblems'
import { HistoryPanel } from '@renderer/history/HistoryPanel'
import { SnapshotDialog } from '@renderer/history/SnapshotDialog'
import { db } from '@renderer/drafts/db'
import { addRevision } from '@renderer/drafts/history'
import { acquireDraftLock } from '@renderer/drafts/lock'
import { createDraft, createFromLastYear, trashDraft } from '@renderer/drafts/store'
import { countFindings } from '@renderer/drafts/counts'
import { emptyReport } from '@shared/model/report'
import { freshDb, savesInMemory } from './helpers'

beforeEach(freshDb)

describe('Home', () => {
  it('lists the sample (示例, the year still to publish, its two errors) on first start', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 11, 1))
    try {
      await freshDb()
      render(<Home onOpen={() => {}} />)
      const open = await screen.findByRole('button', { name: '清河市滨江区人民政府' })
      const row = open.closest('tr')!
      expect(within(row).getByText('示例')).toBeTruthy()
      // On 2026-12-01 the report due next is 2026's, by 2027年3月31日: not one long past.
      expect(within(row).getByText('2026')).toBeTruthy()
      expect(row.textContent).toContain('2027年3月31日前发布还有 120 天')
      expect(within(row).getByText('2 个错误')).toBeTruthy()
      // The sample is never due.
      expect(screen.queryByRole('region', { name: '即将到期的报告' })).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('names a report imported without its agency so that it can still be clicked open', async () => {
    const { createDraftFromReport } = await import('@renderer/drafts/store')
    const id = await createDraftFromReport(emptyReport('2019', 2019, '', 'department'), '导入 003.txt')
    const onOpen = vi.fn()
    render(<Home onOpen={onOpen} />)
    const open = await screen.findByRole('button', { name: '（未写机关名称）' })
    fireEvent.click(open)
    expect(onOpen).toHaveBeenCalledWith(id)
    const row = open.closest('tr')!
    expect(within(row).getByRole('button', { name: '重命名' }).getAttribute('aria-describedby')).toBeTruthy()
    expect(within(row).getByText('（未写机关名称） 2019年', { ignore: 'button' })).toBeTruthy()
  })

  it('从上年报告新建 opens the report on the next year already in the list instead of a second, blank one', async () => {
    await createDraft({ agency: '某某县教育局', year: 2024, agencyKind: 'department' })
    const onOpen = vi.fn()
    render(<Home onOpen={onOpen} />)
    const row = (await screen.findByRole('button', { name: '某某县教育局' })).closest('tr')!
    fireEvent.click(within(row).getByRole('button', { name: '从上年报告新建' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1))
    const [made] = onOpen.mock.calls[0] as [string]
    expect((await db.drafts.get(made))!.report).toMatchObject({ agency: '某某县教育局', year: 2025 })
    // Back on the list: the same click opens that one, says so, and makes nothing.
    await waitFor(async () => expect(await db.drafts.count()).toBe(3))
    await waitFor(() => expect(screen.getAllByRole('button', { name: '某某县教育局' })).toHaveLength(2))
    const lastRow = screen
      .getAllByRole('button', { name: '某某县教育局' })
      .map((b) => b.closest('tr')!)
      .find((tr) => within(tr).queryByText('2024'))!
    fireEvent.click(within(lastRow).getByRole('button', { name: '从上年报告新建' }))
    expect(onOpen).toHaveBeenLastCalledWith(made, '已有2025年度的报告，已打开它，未再新建')
    expect(await db.drafts.count()).toBe(3)
  })

  it('从上年报告新建 and 复制 clicked twice at once make one report each, not two', async () => {
    await createDraft({ agency: '某某县教育局', year: 2024, agencyKind: 'department' })
    const onOpen = vi.fn()
    render(<Home onOpen={onOpen} />)
    const row = (await screen.findByRole('button', { name: '某某县教育局' })).closest('tr')!
    const before = await db.drafts.count()
    const next = within(row).getByRole('button', { name: '从上年报告新建' })
    fireEvent.click(next)
    fireEvent.click(next)
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1))
    expect(await db.drafts.count()).toBe(before + 1)
    const copy = within(row).getByRole('button', { name: '复制' })
    fireEvent.click(copy)
    fireEvent.click(copy)
    await waitFor(async () => expect(await db.drafts.count()).toBe(before + 2))
    await new Promise((r) => setTimeout(r, 50))
    expect(await db.drafts.count()).toBe(before + 2)
  })

  it('从上年报告新建 on a report without an agency makes a new one: no agency is not one agency', async () => {
    const { createDraftFromReport } = await import('@renderer/drafts/store')
    await createDraftFromReport(emptyReport('2021', 2023, '', 'department'), '导入 甲.pdf')
    await createDraftFromReport(emptyReport('2021', 2024, '', 'department'), '导入 乙.pdf')
    const onOpen = vi.fn()
    render(<Home onOpen={onOpen} />)
    const rows = await screen.findAllByRole('button', { name: '（未写机关名称）' })
    const of2023 = rows.map((b) => b.closest('tr')!).find((tr) => within(tr).queryByText('2023'))!
    const before = await db.drafts.count()
    fireEvent.click(within(of2023).getByRole('button', { name: '从上年报告新建' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1))
    expect(onOpen.mock.calls[0]).toHaveLength(1)
    expect(await db.drafts.count()).toBe(before + 1)
  })

  it('shows by when each report must be published and how long is left, or when it was', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2025, 0, 21))
    try {
      await freshDb()
      await createDraft({ agency: '某某市教育局', year: 2024, agencyKind: 'department' })
      await createDraft({ agency: '某某镇人民政府', year: 2024, agencyKind: 'government' })
      await createDraft({ agency: '某某县人民政府', year: 2022, agencyKind: 'government' })
      const done = await createDraft({ agency: '某某市人民政府', year: 2023, agencyKind: 'government' })
      const rec = await db.drafts.get(done)
      await db.drafts.update(done, { report: { ...rec!.report, published: '2024-03-28' } })
      render(<Home onOpen={() => {}} />)
      const row = async (agency: string) =>
        (await screen.findByRole('button', { name: agency })).closest('tr')!.textContent
      expect(await row('某某市教育局')).toContain('2025年1月31日前发布还有 10 天')
      expect(await row('某某镇人民政府')).toContain('按本地规定')
      // Due 2023年3月31日: long past, no count of days, and most often published (imported without its
      // date): not said in red.
      expect(await row('某某县人民政府')).toContain('2023年3月31日前发布未填发布日期')
      const undated = screen.getByText('未填发布日期')
      expect([undated.className, undated.title]).toEqual(['home-muted', '如已发布，请在报告中填写发布日期'])
      expect(await row('某某市人民政府')).toContain('已于2024年3月28日发布')
      // The sample (a 人民政府's report on 2024) is due by 3月31日.
      expect(await row('清河市滨江区人民政府')).toContain('2025年3月31日前发布还有 69 天')
      // Above the list: only what is due within 30 days (or just past), not published, not the sample.
      const due = screen.getByRole('region', { name: '即将到期的报告' })
      expect(
        within(due)
          .getAllByRole('listitem')
          .map((li) => li.textContent)
      ).toEqual(['某某市教育局 2024年度：2025年1月31日前发布，还有 10 天'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('新建报告 → 机关名称, 年度, 创建 creates the draft and opens it', async () => {
    const onOpen = vi.fn()
    render(<Home onOpen={onOpen} />)
    fireEvent.click(screen.getByRole('button', { name: '新建报告' }))
    fireEvent.change(screen.getByLabelText('机关名称'), { target: { value: '某某县人民政府' } })
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '２０２０' } })
    // The format follows the year (2019–2020 → 2019 format) and the kind follows the name.
    expect((screen.getByLabelText('表格格式') as HTMLSelectElement).value).toBe('2019')
    expect((screen.getByRole('radio', { name: '人民政府' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: '创建' }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1))
    const rec = await db.drafts.get(onOpen.mock.calls[0][0] as string)
    expect(rec?.report).toMatchObject({
      agency: '某某县人民政府',
      year: 2020,
      format: '2019',
      agencyKind: 'government'
    })
    expect(await screen.findByRole('button', { name: '某某县人民政府' })).toBeTruthy()
  })

  it('新建报告 starts in 年度, its default selected, and the keyboard goes down the form as it is shown', async () => {
    render(<Home onOpen={() => {}} />)
    // The sample's year: last year's report for a new one a year on.
    const sample = await screen.findByRole('button', { name: '清河市滨江区人民政府' })
    const year = Number(within(sample.closest('tr')!).getByText(/^\d{4}$/).textContent) + 1
    fireEvent.click(screen.getByRole('button', { name: '新建报告' }))
    const form = screen.getByRole('form', { name: '新建报告' })
    fireEvent.change(within(form).getByLabelText('年度'), { target: { value: String(year) } })
    const first = within(form).getByLabelText('年度') as HTMLInputElement
    expect(document.activeElement).toBe(first)
    const order = [
      ...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
        'input, select, button'
      )
    ]
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio'))
      .map((el) => el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent)
    expect(order).toEqual([
      '年度',
      '上年报告（用于上年结转和跨年检查）',
      '机关名称',
      '表格格式',
      '创建',
      '取消'
    ])
  })

  it('新建报告 is closed by Esc, as a dialog is', () => {
    render(<Home onOpen={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: '新建报告' }))
    // an IME's Esc cancels its choice of characters, not the form
    fireEvent.keyDown(screen.getByLabelText('机关名称'), { key: 'Escape', isComposing: true })
    expect(screen.getByLabelText('机关名称')).toBeTruthy()
    fireEvent.keyDown(screen.getByLabelText('机关名称'), { key: 'Escape' })
    expect(screen.queryByRole('form', { name: '新建报告' })).toBeNull()
    expect(screen.queryByLabelText('机关名称')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '新建报告' }))
  })

  it('says when the same agency’s report on the same year is already here, before a second one is made', async () => {
    await createDraft({ agency: '某某县教育局', year: 2025, agencyKind: 'department' })
    render(<Home onOpen={() => {}} />)
    await screen.findByRole('button', { name: '某某县教育局' })
    fireEvent.click(screen.getByRole('button', { name: '新建报告' }))
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } })
    fireEvent.change(screen.getByLabelText('机关名称'), { target: { value: '某某县 教育局' } })
    expect(screen.getByText(/已有“某某县教育局”2025年度的报告/)).toBeTruthy()
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2024' } })
    expect(screen.queryByText(/已有“某某县教育局”/)).toBeNull()
  })

  it('refuses to create without an agency name, saying so', async () => {
    const onOpen = vi.fn()
    render(<Home onOpen={onOpen} />)
    fireEvent.click(screen.getByRole('button', { name: '新建报告' }))
    fireEvent.click(screen.getByRole('button', { name: '创建' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('请填写机关名称')
    const field = screen.getByLabelText('机关名称')
    expect(document.activeElement).toBe(field)
    // the field is marked, its message its description, for when the reader comes back to it
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(field.getAttribute('aria-describedby')).toBe(alert.id)
    fireEvent.change(field, { target: { value: '甲局' } })
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(onOpen).not.toHaveBeenCalled()
  })

  it('opens a draft by its agency name; searches; deletes to the trash and restores', async () => {
    await createDraft({ agency: '甲局', year: 2023, agencyKind: 'department' })
    const onOpen = vi.fn()
    render(<Home onOpen={onOpen} />)
    fireEvent.click(await screen.findByRole('button', { name: '甲局' }))
    expect(onOpen).toHaveBeenCalledWith(expect.any(String))
    // the list is a table named by its heading, for a screen reader's list of tables
    expect(
      within(screen.getByRole('table', { name: '我的年度报告' })).getByRole('button', { name: '甲局' })
    ).toBeTruthy()

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '甲' } })
    await waitFor(() => expect(screen.queryByRole('button', { name: '清河市滨江区人民政府' })).toBeNull())
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } })

    const row = (await screen.findByRole('button', { name: '甲局' })).closest('tr')!
    fireEvent.click(within(row).getByRole('button', { name: '删除' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: '甲局' })).toBeNull())
    expect(screen.getByRole('status').textContent).toMatch(/已将“甲局”\d{4}年度的报告移到回收站/)
    // the row went, and the focus with it: to 撤销, not to the top of the page (once the effect has run,
    // which a loaded machine may leave to a later frame than the list's update)
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '撤销' })))
    expect(await screen.findByText('回收站（1）')).toBeTruthy()
    // each with where it came from, as two of one agency and year are told apart in the list
    const trashed = screen.getByRole('list', { name: '回收站（1）' })
    expect(within(trashed).getByText('新建')).toBeTruthy()
    // 撤销 brings the row back, and the focus to it: the button went with its message
    fireEvent.click(screen.getByRole('button', { name: '撤销' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '甲局' })))
    fireEvent.click(
      within(screen.getByRole('button', { name: '甲局' }).closest('tr')!).getByRole('button', {
        name: '删除'
      })
    )
    await waitFor(() => expect(screen.queryByRole('button', { name: '甲局' })).toBeNull())
    fireEvent.click(await screen.findByRole('button', { name: '恢复 甲局' }))
    // said, and the focus on the row come back
    expect((await screen.findByText(/^已恢复“甲局”\d{4}年度的报告/)).getAttribute('role')).toBe('status')
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '甲局' })))
  })

  it('deletes for good from the trash, one or all, only once asked, with their history', async () => {
    const a = await createDraft({ agency: '甲局', year: 2024, agencyKind: 'department' })
    const b = await createDraft({ agency: '乙局', year: 2024, agencyKind: 'department' })
    await addRevision(a, (await db.drafts.get(a))!.report, 'snapshot', '一稿', 1000)
    await trashDraft(a)
    await trashDraft(b)
    render(<Home onOpen={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: '永久删除 甲局' }))
    // asked first, the keyboard on the way that loses nothing
    const question = await screen.findByRole('alert')
    expect(question.textContent).toContain('确定永久删除“甲局”2024年度的报告吗？')
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: '取消' }))
    // Esc is 取消 too
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(screen.queryByRole('alert')).toBeNull()
    expect(await db.drafts.get(a)).toBeDefined()
    fireEvent.click(screen.getByRole('button', { name: '永久删除 甲局' }))
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: '永久删除' }))
    await waitFor(async () => expect(await db.drafts.get(a)).toBeUndefined())
    expect(await db.revisions.where('draftId').equals(a).count()).toBe(0)
    expect(await screen.findByText('已永久删除 1 份报告。')).toBeTruthy()
    expect(document.activeElement?.textContent).toBe('回收站（1）')
    // 清空回收站: all that is in it
    const c = await createDraft({ agency: '丙局', year: 2024, agencyKind: 'department' })
    await trashDraft(c)
    // (once the trash shows it: a button the list is about to draw anew takes no click)
    await screen.findByRole('button', { name: '永久删除 丙局' })
    fireEvent.click(screen.getByRole('button', { name: '清空回收站' }))
    const all = await screen.findByRole('alert')
    expect(all.textContent).toContain('回收站中的 2 份报告')
    fireEvent.click(within(all).getByRole('button', { name: '永久删除' }))
    await waitFor(async () => expect(await db.drafts.get(c)).toBeUndefined())
    expect(await db.drafts.get(b)).toBeUndefined()
  })

  it('renames and duplicates from the list', async () => {
    await createDraft({ agency: '乙局', year: 2024, agencyKind: 'department' })
    render(<Home onOpen={() => {}} />)
    const row = (await screen.findByRole('button', { name: '乙局' })).closest('tr')!
    fireEvent.click(within(row).getByRole('button', { name: '复制' }))
    await waitFor(() => expect(screen.getAllByRole('button', { name: '乙局' })).toHaveLength(2))
    // Said, and the keyboard on the copy: it looks like the original in all but its badge.
    expect((await screen.findByText(/^已复制“乙局”2024年度的报告/)).getAttribute('role')).toBe('status')
    const copy = (await db.drafts.toArray()).find((d) => d.origin === '复制')!
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.draft).toBe(copy.id))
    const row2 = screen.getAllByRole('button', { name: '乙局' })[0].closest('tr')!
    fireEvent.click(within(row2).getByRole('button', { name: '重命名' }))
    fireEvent.change(screen.getByLabelText('乙局的新名称'), { target: { value: '丙局' } })
    fireEvent.click(screen.getByRole('button', { name: '确定' }))
    expect(await screen.findByRole('button', { name: '丙局' }, { timeout: 5000 })).toBeTruthy()
    expect(screen.getAllByRole('button', { name: '乙局' })).toHaveLength(1)
  })

  it('renaming: Esc puts the name back untouched, and a blank name is refused where it was typed', async () => {
    const id = await createDraft({ agency: '乙局', year: 2024, agencyKind: 'department' })
    render(<Home onOpen={() => {}} />)
    const row = (await screen.findByRole('button', { name: '乙局' })).closest('tr')!
    const renameButton = within(row).getByRole('button', { name: '重命名' })
    fireEvent.click(renameButton)
    fireEvent.change(screen.getByLabelText('乙局的新名称'), { target: { value: '丙局' } })
    fireEvent.keyDown(screen.getByLabelText('乙局的新名称'), { key: 'Escape' })
    expect(screen.queryByLabelText('乙局的新名称')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(renameButton))
    expect((await db.drafts.get(id))?.report.agency).toBe('乙局')

    fireEvent.click(renameButton)
    const input = screen.getByLabelText('乙局的新名称')
    fireEvent.change(input, { target: { value: '  ' } })
    fireEvent.click(screen.getByRole('button', { name: '确定' }))
    expect(screen.getByRole('alert').textContent).toContain('机关名称不能为空')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    fireEvent.change(input, { target: { value: '丁局' } })
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '确定' }))
    expect(await screen.findByRole('button', { name: '丁局' })).toBeTruthy()
  })
})

describe('a draft open in an editor', () => {
  it('is not renamed from the list, which says why; once let go, it is, and the refusal goes', async () => {
    const id = await createDraft({ agency: '丁局', year: 2024, agencyKind: 'department' })
    const lock = await acquireDraftLock(id)
    render(<Home onOpen={() => {}} />)
    const rename = async (to: string) => {
      const row = (await screen.findByRole('button', { name: '丁局' })).closest('tr')!
      fireEvent.click(within(row).getByRole('button', { name: '重命名' }))
      fireEvent.change(screen.getByLabelText('丁局的新名称'), { target: { value: to } })
      fireEvent.click(screen.getByRole('button', { name: '确定' }))
    }
    await rename('戊局')
    // (after waiting a moment for an editor that is letting go)
    expect(await screen.findByText(/正在另一个窗口中编辑/, {}, { timeout: 3000 })).toBeTruthy()
    lock.release()
    await rename('戊局')
    expect(await screen.findByRole('button', { name: '戊局' })).toBeTruthy()
    await waitFor(() => expect(screen.queryByText(/正在另一个窗口中编辑/)).toBeNull())
  })
})

describe('counts that depend on last year’s report', () => {
  it('follow an edit of last year’s report made in another window, while the list is shown', async () => {
    const [sample] = await db.drafts.toArray()
    const { id: next } = await createFromLastYear(sample.id)
    render(<Home onOpen={() => {}} />)
    const row = async () =>
      (await screen.findAllByRole('button', { name: '清河市滨江区人民政府' }))
        .map((b) => b.closest('tr')!)
        .find((tr) => within(tr).queryByText(String(sample.report.year + 1)))!
    const before = (await db.drafts.get(next))!.errorCount
    expect((await row()).textContent).toContain(`${before} 个错误`)
    // Another window saves last year's 结转下年度: this year's 上年结转 no longer matches it.
    const edited = structuredClone(sample.report)
    edited.tables.requests['next.np'] = (edited.tables.requests['next.np'] ?? 0) + 1
    await db.drafts.update(sample.id, { report: edited, ...countFindings(edited), rev: sample.rev + 1 })
    const after = countFindings((await db.drafts.get(next))!.report, edited).errorCount
    expect(after).toBeGreaterThan(before)
    await waitFor(async () => expect((await row()).textContent).toContain(`${after} 个错误`))
  })
})

describe('HistoryPanel', () => {
  it('lists revisions with what changed, and restores one (undoably)', async () => {
    const id = await createDraft({ agency: '丁局', year: 2024, agencyKind: 'department' })
    const r1 = emptyReport('2021', 2024, '丁局', 'department')
    const r2 = structuredClone(r1)
    r2.tables.requests['new.np'] = 3
    r2.tables.requests['new.tot'] = 3
    r2.tables.review['rev.keep'] = 1
    r2.sections.overview = '总体情况正文'
    await addRevision(id, r1, 'auto', undefined, 1000)
    await addRevision(id, r2, 'snapshot', '二稿', 2000)
    // the same report, with an entry typed and refused: a version of its own, told apart
    await addRevision(id, r2, 'auto', undefined, 3000, { 'requests:new.biz': '3x' })
    render(<HistoryPanel draftId={id} readOnly={false} onClose={() => {}} />)
    const panel = await screen.findByRole('dialog', { name: '历史版本' })
    expect(await within(panel).findByText('与前一版本相比：表三 2 处、表四 1 处、一、总体情况')).toBeTruthy()
    expect(within(panel).getByText('与前一版本相比：未通过检查的输入 1 处')).toBeTruthy()
    expect(within(panel).getByText('二稿')).toBeTruthy()
    expect(within(panel).getByText('最早的版本')).toBeTruthy()
    // each 恢复 names its version, so two saved within one second are told apart
    expect(within(panel).getAllByRole('button', { name: /^恢复 .*（二稿）$/ })).toHaveLength(1)
    const restore = within(panel).getAllByRole('button', { name: /^恢复 / })[0]
    restore.focus()
    fireEvent.click(restore)
    expect((await within(panel).findByRole('status')).textContent).toContain('已恢复到')
    // the focus stays where it was, in the panel: the button is not disabled under it while it works
    expect(document.activeElement).toBe(restore)
    expect((await db.drafts.get(id))?.report.sections.overview).toBe('总体情况正文')
    // The state before the restore is now itself a revision.
    expect(await within(panel).findByText('恢复前')).toBeTruthy()
  })
  it('in a window where the draft is read-only, lists the versions but restores none, and says where to', async () => {
    const id = await createDraft({ agency: '丁局', year: 2024, agencyKind: 'department' })
    const r = emptyReport('2021', 2024, '丁局', 'department')
    await addRevision(id, r, 'snapshot', '初稿', 1000)
    render(<HistoryPanel draftId={id} readOnly onClose={() => {}} />)
    const panel = await screen.findByRole('dialog', { name: '历史版本' })
    const restore = await within(panel).findByRole('button', { name: /^恢复 .*（初稿）$/ })
    expect((restore as HTMLButtonElement).disabled).toBe(true)
    expect(within(panel).getByText(/正在另一个窗口中编辑，这里只能查看历史版本/)).toBeTruthy()
  })
})

describe('backup buttons and import problems', () => {
  it('备份全部报告 names the backup by the local day, not UTC’s', async () => {
    const tz = process.env.TZ
    process.env.TZ = 'Asia/Shanghai'
    vi.useFakeTimers({ toFake: ['Date'] })
    // 21 January, 1 a.m. in Beijing: still the 20th in UTC
    vi.setSystemTime(new Date('2025-01-20T17:00:00Z'))
    try {
      const { api, saves } = savesInMemory()
      ;(window as unknown as { api: Partial<AppApi> }).api = api
      expect(await backupAll()).toBe('已备份到 /tmp/备份.json')
      expect(saves.map((s) => s.req.suggestedName)).toEqual(['年报编辑器备份-2025-01-21.json'])
    } finally {
      vi.useRealTimers()
      if (tz === undefined) delete process.env.TZ
      else process.env.TZ = tz
    }
  })

  it('备份全部报告 says it is at work while the file is written, then where it went', async () => {
    let save: ((v: { saved: boolean; path?: string }) => void) | undefined
    ;(window as unknown as { api: Partial<AppApi> }).api = {
      ...savesInMemory().api,
      endSave: () => new Promise((ok) => (save = ok))
    }
    render(<Home onOpen={() => {}} />)
    await screen.findByRole('button', { name: '清河市滨江区人民政府' })
    fireEvent.click(screen.getByRole('button', { name: '备份全部报告' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^正在备份全部报告/))
    await waitFor(() => expect(save).toBeDefined())
    expect(screen.getByRole('status').textContent).toMatch(/^正在备份全部报告/)
    save!({ saved: true, path: '/tmp/备份.json' })
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已备份到 /tmp/备份.json'))
  })

  it('备份全部报告 saves a backup file; 从备份恢复 refuses a damaged one with a Chinese message', async () => {
    const backups = savesInMemory()
    let open: { name: string; data: Uint8Array } | null = null
    ;(window as unknown as { api: Partial<AppApi> }).api = { ...backups.api, openFile: async () => open }
    render(<Home onOpen={() => {}} />)
    await screen.findByRole('button', { name: '清河市滨江区人民政府' })
    fireEvent.click(screen.getByRole('button', { name: '备份全部报告' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已备份到 /tmp/备份.json'))
    expect(backups.saves[0]!.req.suggestedName).toMatch(/^年报编辑器备份-\d{4}-\d{2}-\d{2}\.json$/)
    const file = backups.text()
    expect(JSON.parse(file).drafts).toBe(1)

    open = { name: 'x.json', data: new TextEncoder().encode(file.slice(0, 100)) }
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复' }))
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /备份文件已损坏（文件不完整）.*数据库没有任何改动/
      )
    )

    open = { name: 'x.json', data: new TextEncoder().encode(file) }
    let opened = 0
    const openFile = window.api.openFile
    window.api.openFile = async (req) => (opened++, openFile(req))
    // pressed twice: merged once, said while it works
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复' }))
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复' }))
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('已从备份恢复：新增 0 份报告，1 份已存在未改动。')
    )
    expect(opened).toBe(1)
    window.api.openFile = openFile
    // Saved again by Notepad as “Unicode” (UTF-16 with its mark), every character intact: read as it was.
    const utf16 = new Uint8Array(2 + file.length * 2)
    utf16.set([0xff, 0xfe])
    for (let i = 0; i < file.length; i++) {
      utf16[2 + 2 * i] = file.charCodeAt(i) & 0xff
      utf16[3 + 2 * i] = file.charCodeAt(i) >> 8
    }
    // (another message between, so that the same words are seen to come again)
    open = { name: 'x.json', data: new TextEncoder().encode(file.slice(0, 100)) }
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/文件不完整/))
    open = { name: 'x.json', data: utf16 }
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复' }))
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('已从备份恢复：新增 0 份报告，1 份已存在未改动。')
    )

    // Changed here since the backup: the file's copy comes in beside it, and the two rows, alike in agency
    // and year, are told apart by where the copy came from.
    const [sample] = await db.drafts.toArray()
    await db.drafts.update(sample.id, {
      report: { ...sample.report, sections: { ...sample.report.sections, other: '无。' } }
    })
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复' }))
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        '已从备份恢复：新增 1 份报告（其中 1 份与这里的同一份报告内容不同，作为副本加在旁边，标有“从备份恢复”），0 份已存在未改动。'
      )
    )
    const rows = (await screen.findAllByRole('button', { name: '清河市滨江区人民政府' })).map((b) =>
      b.closest('tr')!
    )
    expect(rows).toHaveLength(2)
    expect(rows.filter((r) => within(r).queryByText('从备份恢复'))).toHaveLength(1)
  })

  it('lists what an import could not read', () => {
    const closeImportNotes = vi.fn()
    render(
      <ImportProblems
        session={{
          importProblems: [
            { level: 'error', message: '表三 第5行无法识别' },
            { level: 'error', message: '六、其他需要报告的事项 缺失' }
          ],
          closeImportNotes,
          current: () => emptyReport('2021', 2024, '某局', 'department')
        }}
        onGo={() => {}}
      />
    )
    const region = screen.getByRole('region', { name: '导入说明' })
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['表三 第5行无法识别', '六、其他需要报告的事项 缺失'])
    // folded to its line of counts, and back
    const fold = within(region).getByRole('button', { name: '收起' })
    fireEvent.click(fold)
    expect(fold.getAttribute('aria-expanded')).toBe('false')
    expect(within(region).queryAllByRole('listitem')).toHaveLength(0)
    fireEvent.click(within(region).getByRole('button', { name: '展开' }))
    expect(within(region).getAllByRole('listitem')).toHaveLength(2)
    fireEvent.click(within(region).getByRole('button', { name: '知道了' }))
    expect(closeImportNotes).toHaveBeenCalledTimes(1)
  })
})

describe('SnapshotDialog', () => {
  it('asks for a name in the page (Electron has no window.prompt); Escape cancels', () => {
    const onSave = vi.fn()
    const onCancel = vi.fn()
    render(<SnapshotDialog onSave={onSave} onCancel={onCancel} />)
    const dialog = screen.getByRole('dialog', { name: '保存快照' })
    fireEvent.change(within(dialog).getByRole('textbox', { name: '快照名称' }), {
      target: { value: ' 报送前 ' }
    })
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }))
    expect(onSave).toHaveBeenCalledWith('报送前')
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(onCancel).toHaveBeenCalled()
  })
})

describe('新建报告 proposes the year being reported on', () => {
  it('this year from October (reports are written from the year’s end), else the year just ended', () => {
    expect(defaultYear(new Date(2026, 10, 30))).toBe(2026)
    expect(defaultYear(new Date(2026, 9, 1))).toBe(2026)
    expect(defaultYear(new Date(2026, 8, 30))).toBe(2025)
    expect(defaultYear(new Date(2027, 2, 31))).toBe(2026)
  })
})
