// The findings of the last check run, outside React: each cell subscribes to its own status only, so
// a keystroke re-renders the cells whose marks changed and the panel — never the whole grid.
import { useSyncExternalStore } from 'react'
import type { Finding } from '@shared/checks'
import type { CellStatus } from './findings'

type Listener = () => void

export class FindingsStore {
  /** Undefined until the first check has run (it runs just after the editor is first drawn). */
  private findings: readonly Finding[] | undefined
  private hidden = 0
  private cells = new Map<string, CellStatus>()
  private cellListeners = new Map<string, Set<Listener>>()
  private listeners = new Set<Listener>()

  getFindings = (): readonly Finding[] | undefined => this.findings
  /** How many warnings the last check found that the official had dismissed. */
  getHidden = (): number => this.hidden
  getCell = (ref: string): CellStatus | undefined => this.cells.get(ref)

  subscribe = (fn: Listener): (() => void) => {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  subscribeCell(ref: string, fn: Listener): () => void {
    let set = this.cellListeners.get(ref)
    if (!set) this.cellListeners.set(ref, (set = new Set()))
    set.add(fn)
    return () => set.delete(fn)
  }

  set(findings: readonly Finding[], cells: Map<string, CellStatus>, hidden = 0): void {
    this.hidden = hidden
    const changed: string[] = []
    // Keep the previous object where nothing changed so useSyncExternalStore sees the same snapshot.
    for (const [ref, next] of cells) {
      const prev = this.cells.get(ref)
      if (prev && sameStatus(prev, next)) cells.set(ref, prev)
      else changed.push(ref)
    }
    for (const ref of this.cells.keys()) if (!cells.has(ref)) changed.push(ref)
    this.findings = findings
    this.cells = cells
    for (const ref of changed) this.cellListeners.get(ref)?.forEach((fn) => fn())
    this.listeners.forEach((fn) => fn())
  }
}

function sameStatus(a: CellStatus, b: CellStatus): boolean {
  return (
    a.severity === b.severity &&
    a.part === b.part &&
    a.messages.length === b.messages.length &&
    a.messages.every((m, i) => m === b.messages[i]) &&
    // the same words may come to offer a correction (a line break taken out of a citation)
    a.fixes.every((f, i) => f === b.fixes[i]) &&
    a.quotes.every((q, i) => q === b.quotes[i] && a.quoteNths[i] === b.quoteNths[i]) &&
    a.offers.length === b.offers.length &&
    a.offers.every((n, i) => n === b.offers[i])
  )
}

export function useCellStatus(store: FindingsStore, ref: string): CellStatus | undefined {
  return useSyncExternalStore(
    (fn) => store.subscribeCell(ref, fn),
    () => store.getCell(ref)
  )
}

export function useFindings(store: FindingsStore): readonly Finding[] | undefined {
  return useSyncExternalStore(store.subscribe, store.getFindings)
}

export function useHiddenCount(store: FindingsStore): number {
  return useSyncExternalStore(store.subscribe, store.getHidden)
}
