// GBK bytes of text, as Chinese Windows writes it, for files made in the tests.

let gbkTable: Map<string, number[]> | undefined
/** GBK bytes of a character, found by decoding every two-byte code once (Node decodes GBK, never encodes). */
export function gbk(ch: string): number[] {
  if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)]
  if (!gbkTable) {
    gbkTable = new Map()
    const decoder = new TextDecoder('gbk')
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue
        const s = decoder.decode(new Uint8Array([a, b]))
        if (s.length === 1 && s !== '\ufffd' && !gbkTable.has(s)) gbkTable.set(s, [a, b])
      }
  }
  const bytes = gbkTable.get(ch)
  if (!bytes) throw new Error(`not in GBK: ${ch}`)
  return bytes
}

/** `text` in GBK, ASCII as it is. */
export const gbkBytes = (text: string): Uint8Array => Uint8Array.from(Array.from(text).flatMap(gbk))
