// 导入说明: the importer's notes kept with an imported draft at the level the importer gave them, what could
// not be read apart from what is to be checked, on every report the tests import.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { importReport } from '@shared/import'
import { importText } from '@shared/import/messages'
import { useState } from 'react'
import { emptyReport, type Report } from '@shared/model/report'
import { ImportProblems } from '@renderer/drafts/ImportProblems'
import type { ImportNote } from '@renderer/drafts/types'

const IMPORT = 'test/fixtures/import'
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir)
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f))

// The reports the tests import that the importer reads here (PDF and OFD need Node's streams, not jsdom's:
// their one note is held below).
const CORPUS = [
  ...files(IMPORT, /\.(txt|html)$/),
  ...files(join(IMPORT, 'doc'), /\.docx?$/),
  ...files('../shared/seeds', /\.txt$/),
  ...files('../shared/fixtures', /\.txt$/)
]

const EMPTY = emptyReport('2021', 2024, '某局', 'department')
// 知道了 as a session does it: the notes go.
function Notes({
  notes,
  report = EMPTY,
  onGo = () => {}
}: {
  notes: readonly ImportNote[]
  report?: Report
  onGo?(ref: string, quote?: string): void
}) {
  const [shown, setShown] = useState<readonly ImportNote[]>()
  return (
    <ImportProblems
      session={{
        importProblems: shown ?? notes,
        closeImportNotes: () => setShown([]),
        current: () => report
      }}
      onGo={onGo}
    />
  )
}

const UNREAD = '未能读取（已留空，请对照原文件补填）'
const TO_CHECK = '需要核对'

async function imported(path: string) {
  const r = await importReport({ name: path, data: new Uint8Array(readFileSync(path)) })
  if (!r.ok) throw new Error(r.message)
  return r
}

const items = (region: HTMLElement, name: string): string[] => {
  const list = within(region).queryByRole('list', { name })
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '')
    : []
}

describe('导入说明', () => {
  it.each(CORPUS)('%s: each note under the level the importer gave it', async (path) => {
    const r = await imported(path)
    render(<Notes notes={r.problems} report={r.ok ? r.report : EMPTY} />)
    const region = screen.queryByRole('region', { name: '导入说明' })
    if (!r.problems.length) return expect(region).toBeNull()
    if (!region) throw new Error('no 导入说明')
    const of = (level: string) => r.problems.filter((p) => p.level === level).map((p) => p.message)
    expect(items(region, UNREAD)).toEqual(of('error'))
    expect(items(region, TO_CHECK)).toEqual([...of('warning'), ...of('notice')])
  })

  it('says that notes about what was read are to be checked, not that they could not be read', async () => {
    // QA: valid-2021.doc said “3 处内容未能读取” for three fees read from the words of section 六.
    const r = await imported(join(IMPORT, 'doc/valid-2021.doc'))
    expect(r.problems.map((p) => p.level)).toEqual(['notice', 'notice', 'notice'])
    render(<Notes notes={r.problems} />)
    const region = screen.getByRole('region', { name: '导入说明' })
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('导入说明')
    expect(region.textContent).toContain('导入时有 3 处需要核对，请对照原文件核对。')
    expect(region.textContent).not.toContain('未能读取')
    expect(items(region, TO_CHECK)).toHaveLength(3)
  })

  it('counts what could not be read and what is to be checked apart', async () => {
    const r = await imported('../shared/fixtures/2024_hongze_qu_rawtext.txt')
    render(<Notes notes={r.problems} />)
    const region = screen.getByRole('region', { name: '导入说明' })
    expect(region.textContent).toContain('导入时有 24 处内容未能读取，5 处需要核对，请对照原文件补填和核对。')
    expect(items(region, UNREAD)).toHaveLength(24)
    const toCheck = items(region, TO_CHECK)
    // the table words left in the prose of 二, 三 and 四, then the rest
    expect(toCheck.slice(0, 3).map((t) => /^“(.+?)”的文字中混有表(.)的内容/.exec(t ?? '')?.slice(1))).toEqual(
      [
        ['二、主动公开政府信息情况', '二'],
        ['三、收到和处理政府信息公开申请情况', '三'],
        ['四、政府信息公开行政复议、行政诉讼情况', '四']
      ]
    )
    expect(toCheck.slice(3)).toEqual([
      '标题与“一、总体情况”之间的引言（编制依据、统计期限、联系方式等）放在了“总体情况”的开头，请核对',
      '信息处理费“实际收取总金额”按第六部分的文字“全年收取政府信息公开信息处理费 0 元”填为 0，请核对'
    ])
  })

  it('only notes a part missing from a report before 2019, whose parts were not fixed', async () => {
    const r = await imported('../shared/seeds/001_b8f27916e8f9841a.txt')
    const missing = r.problems.filter((p) => p.message.startsWith('没有找到“'))
    expect(missing.length).toBeGreaterThan(0)
    expect(missing.every((p) => p.level === 'notice')).toBe(true)
  })

  it('puts a note kept without its level (by an older version) to be checked', () => {
    render(
      <Notes
        notes={[
          { level: 'warning', message: '原文为繁体字，已转换为简体字' },
          { level: 'error', message: '表五无法识别' },
          { level: 'notice', message: importText.laidOutRead('PDF', 3) }
        ]}
      />
    )
    const region = screen.getByRole('region', { name: '导入说明' })
    expect(items(region, UNREAD)).toEqual(['表五无法识别'])
    expect(items(region, TO_CHECK)).toEqual([
      '原文为繁体字，已转换为简体字',
      '从 PDF（3页）中读取文字导入；PDF 的表格按文字位置还原，请逐一核对表格数字'
    ])
    expect(region.textContent).toContain('导入时有 1 处内容未能读取，2 处需要核对')
  })

  it('keeps 知道了 out of the lists that scroll, and hides the notes in this window', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      level: 'error' as const,
      message: importText.rowMissing('三', `第${i}行`)
    }))
    const { container } = render(<Notes notes={many} />)
    const region = screen.getByRole('region', { name: '导入说明' })
    const button = within(region).getByRole('button', { name: '知道了' })
    expect(container.querySelector('.import-problems-body')?.contains(button)).toBe(false)
    expect(container.querySelector('.import-problems-head')?.contains(button)).toBe(true)
    fireEvent.click(button)
    expect(screen.queryByRole('region', { name: '导入说明' })).toBeNull()
  })

  it('goes to the cell a note is about when clicked, and says when what could not be read is filled in', () => {
    const report = structuredClone(EMPTY)
    const notes: ImportNote[] = [
      { level: 'error', message: '表三 自然人 无法读取', ref: 'requests:new.np' },
      { level: 'error', message: '表三 商业企业 无法读取', ref: 'requests:new.biz' },
      { level: 'error', message: '表五无法识别' }
    ]
    const onGo = vi.fn()
    const { rerender } = render(<Notes notes={notes} report={report} onGo={onGo} />)
    const region = screen.getByRole('region', { name: '导入说明' })
    fireEvent.click(within(region).getByRole('button', { name: '表三 商业企业 无法读取' }))
    expect(onGo).toHaveBeenCalledWith('requests:new.biz', undefined)
    // a note with no place to go is words only
    expect(within(region).queryByRole('button', { name: '表五无法识别' })).toBeNull()
    report.tables.requests['new.np'] = 0
    rerender(<Notes notes={notes} report={report} onGo={onGo} />)
    expect(items(region, UNREAD)).toEqual([
      '表三 自然人 无法读取（已补填）',
      '表三 商业企业 无法读取',
      '表五无法识别'
    ])
  })

  it('a note asking to take a table’s words out of the text selects them, and says （已删去） once they are gone', () => {
    const report = structuredClone(EMPTY)
    report.sections.review = '本年度未发生行政复议。\n总计\n3'
    const message = '“四、…”的文字中混有表四的内容（“总计”、“3”等）'
    const notes: ImportNote[] = [{ level: 'warning', message, ref: 'sections:review', quote: '总计' }]
    const onGo = vi.fn()
    const { rerender } = render(<Notes notes={notes} report={report} onGo={onGo} />)
    const region = screen.getByRole('region', { name: '导入说明' })
    fireEvent.click(within(region).getByRole('button', { name: message }))
    expect(onGo).toHaveBeenCalledWith('sections:review', '总计')
    report.sections.review = '本年度未发生行政复议。'
    rerender(<Notes notes={notes} report={report} onGo={onGo} />)
    expect(within(region).getByRole('button', { name: `${message}（已删去）` })).toBeTruthy()
  })

  it('says a whole row or table not read is filled in once every cell of it is', () => {
    const report = structuredClone(EMPTY)
    const notes: ImportNote[] = [
      { level: 'error', message: '表四没有找到', ref: 'review:*' },
      { level: 'error', message: '表三 二、上年结转 没有找到', ref: 'requests:carry.*' }
    ]
    const { rerender } = render(<Notes notes={notes} report={report} />)
    const region = screen.getByRole('region', { name: '导入说明' })
    const keys = Object.keys(report.tables.requests).filter((k) => k.startsWith('carry.'))
    for (const k of keys.slice(1)) report.tables.requests[k] = 0
    rerender(<Notes notes={notes} report={report} />)
    expect(items(region, UNREAD)).toEqual(['表四没有找到', '表三 二、上年结转 没有找到'])
    report.tables.requests[keys[0]] = 2
    for (const k of Object.keys(report.tables.review)) report.tables.review[k] = 0
    rerender(<Notes notes={notes} report={report} />)
    expect(items(region, UNREAD)).toEqual(['表四没有找到（已补填）', '表三 二、上年结转 没有找到（已补填）'])
  })
})
