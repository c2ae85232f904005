// The database refusing to open (another process still holding it): the home list and the editor say so,
// with 重试, instead of 正在读取 for ever; once it opens, both carry on by themselves.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { Home } from '@renderer/home/Home'
import { EditorScreen } from '@renderer/editor/EditorScreen'
import { db } from '@renderer/drafts/db'
import { createDraft } from '@renderer/drafts/store'
import { freshDb } from './helpers'

beforeEach(freshDb)

const realOpen = indexedDB.open.bind(indexedDB)
let refusals = 0

/** Chromium's answer while another process holds the database's files. */
function refuseOpening(): void {
  db.close({ disableAutoOpen: false })
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    refusals++
    const request = {
      error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'),
      result: undefined,
      readyState: 'done'
    } as unknown as IDBOpenDBRequest
    setTimeout(() =>
      request.onerror?.({ target: request, preventDefault() {}, stopPropagation() {} } as never)
    )
    return request
  })
}

function allowOpening(): void {
  vi.mocked(indexedDB.open).mockImplementation(realOpen)
}

afterEach(() => {
  vi.restoreAllMocks()
  refusals = 0
})

const UNAVAILABLE = /暂时打不开本机保存报告的数据库/

describe('a database that will not open', () => {
  it('the home list says so, with the error code, and 重试 lists the drafts once it opens', async () => {
    await createDraft({ agency: '某某县教育局', year: 2024, agencyKind: 'department' })
    refuseOpening()
    render(<Home onOpen={() => {}} />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(UNAVAILABLE)
    expect(alert.textContent).toContain('错误代码：UnknownError')
    expect(refusals).toBeGreaterThan(0)
    expect(screen.queryByRole('button', { name: '某某县教育局' })).toBeNull()

    // still refused: said again, nothing lost
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    await waitFor(() => expect(screen.getByRole('button', { name: '重试' })).toBeTruthy())
    expect(screen.getByRole('alert').textContent).toMatch(UNAVAILABLE)

    allowOpening()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    await screen.findByRole('button', { name: '某某县教育局' })
    expect(screen.queryByText(UNAVAILABLE)).toBeNull()
  })

  it('the editor says so instead of 正在打开报告, and opens the draft once the database opens', async () => {
    // the editor listens to the menu through the bridge
    ;(window as unknown as { api: unknown }).api = { onMenuCommand: () => () => {} }
    const id = await createDraft({ agency: '某某县教育局', year: 2024, agencyKind: 'department' })
    refuseOpening()
    render(<EditorScreen id={id} onHome={() => {}} onOpen={() => {}} />)
    expect((await screen.findByRole('alert')).textContent).toMatch(UNAVAILABLE)
    expect(screen.getByRole('button', { name: '返回首页' })).toBeTruthy()
    allowOpening()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    await screen.findByRole('textbox', { name: '一、总体情况' })
    expect(screen.queryByText(UNAVAILABLE)).toBeNull()
  })

  it('a draft that does not exist is said not found, not waited for', async () => {
    render(<EditorScreen id="gone" onHome={() => {}} onOpen={() => {}} />)
    expect((await screen.findByRole('alert')).textContent).toContain('找不到这份报告，它可能已被删除。')
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
  })
})
