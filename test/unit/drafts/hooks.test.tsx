import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { preopenDraftSession, useDraftSession } from '@renderer/drafts/hooks'
import { draftHeld } from '@renderer/drafts/lock'
import { createDraft } from '@renderer/drafts/store'
import type { DraftSession } from '@renderer/drafts/types'
import { freshDb } from './helpers'

beforeEach(freshDb)
afterEach(cleanup)

async function opened(id: string) {
  const hook = renderHook(() => useDraftSession(id))
  await waitFor(() => expect(hook.result.current).toBeDefined())
  return { hook, session: (): DraftSession => hook.result.current! }
}

describe('useDraftSession', () => {
  it('a draft reopened at once starts from what was typed, not from what the session first loaded', async () => {
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    const first = await opened(id)
    const typed = first.session().current()
    first.session().update({ ...typed, sections: { ...typed.sections, overview: '刚刚打的字' } })
    first.hook.unmount()
    // within the 50 ms the session is kept for the next user: the same session, rebased
    const again = await opened(id)
    expect(again.session().report.sections.overview).toBe('刚刚打的字')
  })

  it('an editor opened from the address at startup, once left, frees the draft at once (not 5 s later)', async () => {
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    await preopenDraftSession(id, 1000)
    const first = await opened(id)
    expect(await draftHeld(id)).toBe(true)
    first.hook.unmount()
    // 重命名 and 删除 on the home list wait on this
    await waitFor(async () => expect(await draftHeld(id)).toBe(false), { timeout: 1000 })
  })

  it('so does one opened from the address at startup; and its startup hold, let go, leaves the open editor be', async () => {
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    await preopenDraftSession(id, 1000)
    const first = await opened(id)
    const typed = first.session().current()
    first.session().update({ ...typed, sections: { ...typed.sections, overview: '启动后打的字' } })
    first.hook.unmount()
    const again = await opened(id)
    expect(again.session().report.sections.overview).toBe('启动后打的字')
    // typing on; the startup hold ends (5 s): the editor is not made to start over under the typist
    const now = again.session().current()
    again.session().update({ ...now, sections: { ...now.sections, overview: '启动后打的字，接着打' } })
    const version = again.session().version
    await new Promise((settled) => setTimeout(settled, 5200))
    expect(again.session().version).toBe(version)
    expect(again.session().current().sections.overview).toBe('启动后打的字，接着打')
  }, 15_000)
})
