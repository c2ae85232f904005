// How the official left the screen (a part folded away), kept across sessions. Preferences only, never
// report data: those live in IndexedDB (drafts/). A storage that refuses (private mode, full) is ignored.
const PREFIX = 'xxgk-nianbao:'

export function readFlag(name: string): boolean {
  try {
    return globalThis.localStorage?.getItem(PREFIX + name) === '1'
  } catch {
    return false
  }
}

export function writeFlag(name: string, on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(PREFIX + name, '1')
    else globalThis.localStorage?.removeItem(PREFIX + name)
  } catch {
    // the screen still folds; it is only not remembered
  }
}
