// Shared by the drafts tests: a fresh database per test (fake-indexeddb, installed by the caller).
import type { AppApi, SaveBeginRequest } from '@shared/api'
import { joinBytes } from '@shared/text/bytes'
import { db } from '@renderer/drafts/db'

export async function freshDb(): Promise<void> {
  db.close()
  await db.delete()
  await db.open()
}

/** Let Dexie's live queries and pending IndexedDB callbacks run. */
export const settle = () => new Promise((ok) => setTimeout(ok, 20))

/**
 * The bridge's saves in pieces (beginSave, appendSave, endSave), kept in memory: each save's request, its
 * pieces in order and how it ended (true: committed), and its file as text.
 */
export function savesInMemory(path = '/tmp/备份.json') {
  const saves: { req: SaveBeginRequest; pieces: Uint8Array[]; committed?: boolean }[] = []
  const api: Pick<AppApi, 'beginSave' | 'appendSave' | 'endSave'> = {
    beginSave: async (req) => {
      saves.push({ req, pieces: [] })
      return { token: String(saves.length - 1) }
    },
    appendSave: async ({ token, data }) => void saves[Number(token)]!.pieces.push(data),
    endSave: async ({ token, commit }) => {
      saves[Number(token)]!.committed = commit
      return commit ? { saved: true, path } : { saved: false }
    }
  }
  const text = (i = 0) => new TextDecoder().decode(joinBytes(saves[i]!.pieces))
  return { api, saves, text }
}
