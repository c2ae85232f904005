// One member of a zip archive (a .docx is one), read through the central directory and inflated with
// the platform's DecompressionStream (Node ≥ 18 and every browser): no library needed for this much.

import { joinBytes } from '../text/bytes'

interface Reader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>
  cancel(): Promise<void>
}
type Stream = { pipeThrough(t: unknown): { getReader(): Reader } }
const g = globalThis as unknown as {
  DecompressionStream: new (format: string) => unknown
  Blob: new (parts: Uint8Array[]) => { stream(): Stream }
}

/**
 * What one member may unpack to. A report's document.xml is a few MB; a 1 MB file that unpacks to 1 GB (a zip
 * bomb, or 200 MB of empty paragraphs) would hold the window for many seconds and then run out of memory.
 */
export const MAX_MEMBER_BYTES = 16 * 1024 * 1024

/** A member that unpacks to more than the limit: refused as too large, not as damaged. */
export class ZipMemberTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`member larger than ${limit} bytes`)
    this.name = 'ZipMemberTooLarge'
  }
}

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8)
const u32 = (b: Uint8Array, i: number): number =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0

// Read chunk by chunk so that a bomb stops at the limit, whatever size its directory claims.
async function inflateRaw(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new g.Blob([data]).stream().pipeThrough(new g.DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done || !value) break
    total += value.length
    if (total > limit) {
      await reader.cancel()
      throw new ZipMemberTooLarge(limit)
    }
    chunks.push(value)
  }
  return joinBytes(chunks)
}

/**
 * The bytes of `name`, or undefined when the archive has no such member. Throws on a damaged archive, and
 * ZipMemberTooLarge past `limit` bytes unpacked.
 */
export async function readZipMember(
  zip: Uint8Array,
  name: string,
  limit = MAX_MEMBER_BYTES
): Promise<Uint8Array | undefined> {
  // End of central directory: the last 22+ bytes, signature 0x06054b50.
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (u32(zip, i) === 0x06054b50) {
      eocd = i
      break
    }
  if (eocd < 0) throw new Error('没有找到压缩包目录')
  const count = u16(zip, eocd + 10)
  let p = u32(zip, eocd + 16)
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || u32(zip, p) !== 0x02014b50) throw new Error('压缩包目录已损坏')
    const method = u16(zip, p + 10)
    const size = u32(zip, p + 20)
    const unpacked = u32(zip, p + 24)
    const nameLength = u16(zip, p + 28)
    const extra = u16(zip, p + 30)
    const comment = u16(zip, p + 32)
    const local = u32(zip, p + 42)
    const entry = new TextDecoderShim().decode(zip.subarray(p + 46, p + 46 + nameLength))
    if (entry === name) {
      if (u32(zip, local) !== 0x04034b50) throw new Error('压缩包内容已损坏')
      const start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28)
      const data = zip.subarray(start, start + size)
      if (data.length !== size) throw new Error('压缩包内容不完整')
      if (unpacked > limit || (method === 0 && size > limit)) throw new ZipMemberTooLarge(limit)
      if (method === 0) return data
      if (method === 8) return inflateRaw(data, limit)
      throw new Error(`不支持的压缩方式 ${method}`)
    }
    p += 46 + nameLength + extra + comment
  }
  return undefined
}

// Member names are ASCII in a .docx; TextDecoder is typed neither in ES nor without DOM/Node.
class TextDecoderShim {
  decode(b: Uint8Array): string {
    let s = ''
    for (const c of b) s += String.fromCharCode(c)
    return s
  }
}
