// Dexie is a fifth of the startup script and is not needed to draw the first frame: the draft named in the
// address is read without it (startup.ts), and everything else that touches the database is async anyway.
// So it is loaded here, on first use, as a chunk of its own. Only this module and db.ts import Dexie;
// the lint forbids it elsewhere (type imports aside).
import type * as Db from './db'

let loading: Promise<typeof Db> | undefined

/** The Dexie module: the database and `liveQuery`, loaded once. */
export function dexie(): Promise<typeof Db> {
  return (loading ??= import('./db'))
}

export async function database(): Promise<Db.DraftsDb> {
  return (await dexie()).db
}

/** Ask the engine not to evict our storage under disk pressure (a no-op where already persistent). */
export function requestPersistence(): void {
  if (typeof navigator === 'undefined') return
  void navigator.storage?.persist?.().catch(() => {})
}
