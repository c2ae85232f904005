// A large file through the bridge in pieces: the text's bytes cut without splitting a character, and
// the three calls made in order, the save given up when a piece fails.
import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import type { AppApi } from '@shared/api'
import { joinBytes } from '@shared/text/bytes'
import { saveInPieces, utf8Pieces } from '@renderer/bridge/savePieces'

const all = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}
const strict = new TextDecoder('utf-8', { fatal: true })

describe('utf8Pieces', () => {
  it('cuts the text’s UTF-8 into pieces of the size but the last, never inside a character', async () => {
    // 甲 is 3 bytes, 𠀀 4: pieces of 8 bytes must end early where the next character does not fit.
    const parts = ['{"a":"甲乙', '𠀀𠀀"', ',"b":1}']
    const text = parts.join('')
    const pieces = await all(utf8Pieces(parts, 8))
    expect(strict.decode(joinBytes(pieces))).toBe(text)
    for (const piece of pieces) {
      expect(piece.byteLength).toBeLessThanOrEqual(8)
      expect(() => strict.decode(piece)).not.toThrow()
      // a piece carries only its own bytes (a message would carry a whole buffer under a view)
      expect(piece.buffer.byteLength).toBe(piece.byteLength)
    }
    expect(pieces.slice(0, -1).every((p) => p.byteLength >= 8 - 3)).toBe(true)
    // each part let go of once encoded
    expect(parts).toEqual(['', '', ''])
  })

  it('joined, the pieces are the text, for any text and piece size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 20 }),
        fc.integer({ min: 4, max: 64 }),
        async (parts, size) => {
          const text = parts.join('')
          const pieces = await all(utf8Pieces([...parts], size))
          expect(strict.decode(joinBytes(pieces))).toBe(text)
          expect(pieces.every((p) => p.byteLength > 0 && p.byteLength <= size)).toBe(true)
        }
      )
    )
  })
})

/** An api that logs each call; `failOn` names the call that fails. */
function loggingApi(failOn?: 'append') {
  const calls: string[] = []
  const api = {
    beginSave: vi.fn(async () => (calls.push('begin'), { token: 't' })),
    appendSave: vi.fn(async ({ data }: { data: Uint8Array }) => {
      calls.push(`append ${new TextDecoder().decode(data)}`)
      if (failOn === 'append') throw new Error('ENOSPC: no space left on device, write')
    }),
    endSave: vi.fn(async ({ commit }: { commit: boolean }) => {
      calls.push(`end ${commit}`)
      return commit ? { saved: true, path: '/tmp/a.json' } : { saved: false }
    })
  }
  return { api: api as unknown as AppApi, calls }
}
const req = { suggestedName: 'a.json', filters: [{ name: 'JSON', extensions: ['json'] }] }
async function* pieces(...texts: string[]) {
  for (const t of texts) yield new TextEncoder().encode(t)
}

describe('saveInPieces', () => {
  it('begins, appends each piece in order, then ends committing', async () => {
    const { api, calls } = loggingApi()
    const begun = vi.fn(() => calls.push('begun'))
    expect(await saveInPieces(api, req, pieces('a', 'b', 'c'), begun)).toEqual({
      saved: true,
      path: '/tmp/a.json'
    })
    expect(calls).toEqual(['begin', 'begun', 'append a', 'append b', 'append c', 'end true'])
  })

  it('makes no piece when the dialog is cancelled', async () => {
    const { api, calls } = loggingApi()
    vi.mocked(api.beginSave).mockResolvedValueOnce(null)
    const made = vi.fn()
    async function* lazy() {
      made()
      yield new Uint8Array(1)
    }
    const begun = vi.fn()
    expect(await saveInPieces(api, req, lazy(), begun)).toEqual({ saved: false })
    expect(made).not.toHaveBeenCalled()
    expect(begun).not.toHaveBeenCalled()
    expect(calls).toEqual([])
  })

  it('gives the save up when a piece fails to be written, and throws that failure', async () => {
    const { api, calls } = loggingApi('append')
    // main has given the save up already: its refusal of the end is not what is said
    vi.mocked(api.endSave).mockImplementationOnce(async () => {
      calls.push('end false')
      throw new Error('这次保存已经结束或已取消，请重新保存。')
    })
    await expect(saveInPieces(api, req, pieces('a', 'b'))).rejects.toThrow('ENOSPC')
    expect(calls).toEqual(['begin', 'append a', 'end false'])
  })

  it('gives the save up when a piece cannot be made', async () => {
    const { api, calls } = loggingApi()
    async function* failing() {
      yield new TextEncoder().encode('a')
      throw new Error('数据库读取失败')
    }
    await expect(saveInPieces(api, req, failing())).rejects.toThrow('数据库读取失败')
    expect(calls).toEqual(['begin', 'append a', 'end false'])
  })
})
