/** Chunks of bytes as one array, copied once: what a stream or a file written in parts gives. */
export function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0
  for (const c of chunks) size += c.length
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}
