// Shared by the drafts tests: a fresh database per test (fake-indexeddb, installed by the caller).
import { db } from '@renderer/drafts/db'

export async function freshDb(): Promise<void> {
  db.close()
  await db.delete()
  await db.open()
}

/** Let Dexie's live queries and pending IndexedDB callbacks run. */
export const settle = () => new Promise((ok) => setTimeout(ok, 20))
