// Compound File Binary (OLE2), the container of .doc, .xls and .ppt: a little FAT file system in one
// file. Only what reading a root-level stream needs. Every sector number comes from the file itself, so
// each is checked against the file's size and every chain is bounded by the number of sectors: a damaged
// or hostile file ends in an Error, never in a hang.

import { importText } from './messages'

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const BROKEN = importText.doc.broken
const END_OF_CHAIN = 0xfffffffe
const FREE = 0xffffffff
const NO_ENTRY = 0xffffffff
const STREAM = 2
const ROOT = 5
// Streams shorter than this live in the mini stream. The header repeats it; the spec fixes it.
const MINI_CUTOFF = 4096

export interface CfbFile {
  /** Names of the streams directly under the root storage. */
  names: string[]
  /** A root-level stream by name (compared as CFB does: case-insensitively), or undefined. */
  stream(name: string): Uint8Array | undefined
}

interface Entry {
  name: string
  type: number
  left: number
  right: number
  child: number
  start: number
  size: number
}

const fail = (why = BROKEN): never => {
  throw new Error(why)
}

export const isCfb = (bytes: Uint8Array): boolean => SIGNATURE.every((b, i) => bytes[i] === b)

export function openCfb(bytes: Uint8Array): CfbFile {
  if (!isCfb(bytes) || bytes.length < 512) fail()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u32 = (at: number): number => view.getUint32(at, true)
  const shift = view.getUint16(0x1e, true)
  if (shift !== 9 && shift !== 12) fail()
  const size = 1 << shift
  const miniShift = view.getUint16(0x20, true)
  if (miniShift !== 6) fail()
  const miniSize = 1 << miniShift
  // The header takes the first sector; a last sector cut short (some writers do) is still read.
  const sectorCount = Math.ceil((bytes.length - size) / size)
  if (sectorCount <= 0) fail()

  const sector = (n: number): Uint8Array => {
    if (n >= sectorCount) fail()
    const from = (n + 1) * size
    return bytes.subarray(from, Math.min(from + size, bytes.length))
  }
  const words = (s: Uint8Array): number[] => {
    const v = new DataView(s.buffer, s.byteOffset, s.byteLength)
    const out: number[] = []
    for (let i = 0; i + 4 <= s.length; i += 4) out.push(v.getUint32(i, true))
    return out
  }

  // DIFAT: 109 FAT sector numbers in the header, the rest in a chain of DIFAT sectors whose last
  // entry points to the next.
  const fatSectors = words(bytes.subarray(0x4c, 0x200))
  let difat = u32(0x44)
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE; hops++) {
    if (hops > sectorCount) fail()
    const entries = words(sector(difat))
    difat = entries.pop() ?? fail()
    fatSectors.push(...entries)
  }
  const fatCount = u32(0x2c)
  if (fatCount > sectorCount) fail()
  const fat: number[] = []
  for (const n of fatSectors.slice(0, fatCount)) {
    if (n === FREE) fail()
    fat.push(...words(sector(n)))
  }

  const chain = (start: number, table: number[], limit: number): number[] => {
    const out: number[] = []
    for (let n = start; n !== END_OF_CHAIN; n = table[n] ?? fail()) {
      if (n >= limit || out.length >= limit) fail()
      out.push(n)
    }
    return out
  }
  /** A chain's sectors joined, cut to `length` (the whole chain when not given). */
  const readChain = (start: number, length?: number): Uint8Array => {
    const sectors = chain(start, fat, sectorCount)
    const want = length ?? sectors.length * size
    if (want > sectors.length * size) fail()
    const out = new Uint8Array(want)
    let at = 0
    for (const n of sectors) {
      if (at >= want) break
      const s = sector(n).subarray(0, want - at)
      out.set(s, at)
      at += s.length
    }
    if (at < want) fail()
    return out
  }

  const dir = readChain(u32(0x30))
  const dirView = new DataView(dir.buffer, dir.byteOffset, dir.byteLength)
  const entryAt = (i: number): Entry => {
    if ((i + 1) * 128 > dir.length) fail()
    const at = i * 128
    let name = ''
    for (let k = 0; k < 32; k++) {
      const c = dirView.getUint16(at + 2 * k, true)
      if (c === 0) break
      name += String.fromCharCode(c)
    }
    return {
      name,
      type: dir[at + 0x42],
      left: dirView.getUint32(at + 0x44, true),
      right: dirView.getUint32(at + 0x48, true),
      child: dirView.getUint32(at + 0x4c, true),
      start: dirView.getUint32(at + 0x74, true),
      // Version 3 files may leave garbage in the high half of the 64-bit size.
      size: dirView.getUint32(at + 0x78, true)
    }
  }
  const root = entryAt(0)
  if (root.type !== ROOT) fail()

  // Root-level entries: the root's child and, in its red-black tree, that child's siblings.
  const streams = new Map<string, Entry>()
  const seen = new Set<number>()
  const todo = [root.child]
  while (todo.length) {
    const i = todo.pop() as number
    if (i === NO_ENTRY) continue
    if (seen.has(i)) fail()
    seen.add(i)
    const e = entryAt(i)
    if (e.type === STREAM) streams.set(e.name.toUpperCase(), e)
    todo.push(e.left, e.right)
  }

  let mini: { stream: Uint8Array; fat: number[] } | undefined
  const miniStream = (): { stream: Uint8Array; fat: number[] } => {
    if (!mini) {
      const fatStart = u32(0x3c)
      const miniFat = fatStart === END_OF_CHAIN ? [] : words(readChain(fatStart))
      mini = { stream: readChain(root.start, root.size), fat: miniFat }
    }
    return mini
  }

  return {
    names: [...streams.values()].map((e) => e.name),
    stream(name) {
      const e = streams.get(name.toUpperCase())
      if (!e) return undefined
      if (e.size === 0) return new Uint8Array(0)
      if (e.size >= MINI_CUTOFF) return readChain(e.start, e.size)
      const m = miniStream()
      const out = new Uint8Array(e.size)
      let at = 0
      for (const n of chain(e.start, m.fat, Math.floor(m.stream.length / miniSize))) {
        if (at >= e.size) break
        const s = m.stream.subarray(n * miniSize, n * miniSize + Math.min(miniSize, e.size - at))
        out.set(s, at)
        at += s.length
      }
      if (at < e.size) fail()
      return out
    }
  }
}

/** One root-level stream of a compound file; throws on a damaged file. */
export function readCfbStream(bytes: Uint8Array, name: string): Uint8Array | undefined {
  return openCfb(bytes).stream(name)
}
