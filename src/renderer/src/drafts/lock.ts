// One writer per draft across windows and tabs: a Web Lock (Chromium, Electron) held for as long as the
// draft is open. A window that finds the lock taken opens read-only and queues for the lock, so it can
// become the writer when the other window closes. Where Web Locks are missing (jsdom, old engines) a
// per-page registry stands in, which still keeps two editors in one page apart.
export interface DraftLock {
  held: boolean
  /** For a lock not held at first: resolves when it is granted later (never, if released first). */
  later: Promise<void>
  release(): void
}

const localHeld = new Set<string>()
const never = new Promise<void>(() => {})
const lockName = (draftId: string): string => `xxgk-draft:${draftId}`

/**
 * Whether an editor holds the draft (in any window): a change made beside it (重命名, 删除 on the home
 * list) would be written over by its next save, or go unseen by it.
 */
export async function draftHeld(draftId: string): Promise<boolean> {
  const name = lockName(draftId)
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks?.query) return localHeld.has(name)
  const { held = [] } = await locks.query()
  return held.some((l) => l.name === name)
}

/**
 * Whether the draft is let go within `ms`. An editor just left in this window holds it until its last save
 * is in (a few tens of milliseconds), and 重命名 from the list it went back to should not be refused for that.
 */
export async function draftFreeWithin(draftId: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (await draftHeld(draftId)) {
    if (Date.now() >= until) return false
    await new Promise((later) => setTimeout(later, FREE_POLL_MS))
  }
  return true
}
const FREE_POLL_MS = 25

export async function acquireDraftLock(draftId: string): Promise<DraftLock> {
  const name = lockName(draftId)
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks?.request) return localLock(name)

  let releaseFirst: () => void = () => {}
  const held = await new Promise<boolean>((resolve, reject) => {
    locks
      .request(name, { ifAvailable: true }, (lock) => {
        resolve(Boolean(lock))
        if (lock) return new Promise<void>((done) => (releaseFirst = done))
      })
      .catch(reject)
  })
  if (held) return { held, later: never, release: () => releaseFirst() }

  const abort = new AbortController()
  let releaseLater: () => void = () => {}
  const later = new Promise<void>((granted) => {
    locks
      .request(name, { signal: abort.signal }, () => {
        granted()
        return new Promise<void>((done) => (releaseLater = done))
      })
      .catch(() => {}) // aborted: the session closed while still waiting
  })
  return {
    held,
    later,
    release: () => {
      abort.abort()
      releaseLater()
    }
  }
}

function localLock(name: string): DraftLock {
  if (localHeld.has(name)) return { held: false, later: never, release: () => {} }
  localHeld.add(name)
  let released = false
  return {
    held: true,
    later: never,
    release: () => {
      if (released) return
      released = true
      localHeld.delete(name)
    }
  }
}
