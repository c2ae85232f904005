// The checks run on every keystroke, and most of a report's text has not changed since the last run:
// what is read from a text is kept by the text itself (a string hashes once), a bounded number of them.

export type Memo<V> = Map<string, V>

/** `make()` for `key`, computed once while it stays among the `limit` most recently added. */
export function remember<V>(memo: Memo<V>, key: string, make: () => V, limit = 64): V {
  let v = memo.get(key)
  if (v === undefined) {
    if (memo.size >= limit) memo.delete(memo.keys().next().value as string)
    memo.set(key, (v = make()))
  }
  return v
}
