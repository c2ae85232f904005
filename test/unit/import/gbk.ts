// GBK and Big5 bytes of text, as Chinese Windows and Traditional mirrors write them, for files made in the tests.

/** Bytes of each character of a two-byte encoding, found by decoding every code once (Node decodes, never encodes). */
function tableOf(label: string, lead: [number, number]): Map<string, number[]> {
  const table = new Map<string, number[]>()
  const decoder = new TextDecoder(label)
  for (let a = lead[0]; a <= lead[1]; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue
      const s = decoder.decode(new Uint8Array([a, b]))
      if (s.length === 1 && s !== '\ufffd' && !table.has(s)) table.set(s, [a, b])
    }
  return table
}

let gbkTable: Map<string, number[]> | undefined
/** GBK bytes of a character. */
export function gbk(ch: string): number[] {
  if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)]
  gbkTable ??= tableOf('gbk', [0x81, 0xfe])
  const bytes = gbkTable.get(ch)
  if (!bytes) throw new Error(`not in GBK: ${ch}`)
  return bytes
}

/** `text` in GBK, ASCII as it is. */
export const gbkBytes = (text: string): Uint8Array => Uint8Array.from(Array.from(text).flatMap(gbk))

let big5Table: Map<string, number[]> | undefined
/** `text` in Big5, ASCII as it is; a character Big5 lacks is left out, as `iconv -c` leaves it. */
export function big5Bytes(text: string): Uint8Array {
  big5Table ??= tableOf('big5', [0xa1, 0xf9])
  const table = big5Table
  return Uint8Array.from(
    Array.from(text).flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [])))
  )
}
