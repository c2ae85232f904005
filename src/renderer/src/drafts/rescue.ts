// The page's storage (localStorage) as a last resort for changes a page could not write to the database
// before it went: its writes are done at once, where IndexedDB's are not (see session.ts keepUnsaved).
import type { Report } from '@shared/model/report'

export interface Rescued {
  /** The draft's stored revision the changes were typed over, counting a write then under way. */
  base: number
  report: Report
  dismissed: string[]
  inputs: Readonly<Record<string, string>>
}

const key = (id: string): string => `xxgk:unsaved:${id}`
const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage)

export const rescueStore = {
  put(id: string, r: Rescued): void {
    try {
      storage()?.setItem(key(id), JSON.stringify(r))
    } catch {
      // full or refused: the database's write is still under way, as before
    }
  },
  get(id: string): Rescued | undefined {
    try {
      const text = storage()?.getItem(key(id))
      const r = text ? (JSON.parse(text) as Partial<Rescued>) : undefined
      if (!r || typeof r.base !== 'number' || !r.report || typeof r.report !== 'object') return undefined
      return { base: r.base, report: r.report, dismissed: r.dismissed ?? [], inputs: r.inputs ?? {} }
    } catch {
      return undefined
    }
  },
  drop(id: string): void {
    try {
      storage()?.removeItem(key(id))
    } catch {
      // nothing to do: an entry left is dropped when next read, its base then behind the disk
    }
  }
}
