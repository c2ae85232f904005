// Saves in pieces on a real disk: what is at the chosen path, and beside it, after each way a save ends.
import { describe, expect, it, vi } from 'vitest'
import * as fsp from 'node:fs/promises'
import { readdirSync, readFileSync, writeFileSync, type PathLike } from 'node:fs'
import { join } from 'node:path'
import { openPendingFile, type AtomicFs } from '../../../src/main/atomic-write'
import { createPieceSaves, MAX_OPEN_SAVES } from '../../../src/main/piece-saves'
import { useTempDirs } from './tempDirs'

const tempDir = useTempDirs('pieces-')

const bytes = (text: string) => new TextEncoder().encode(text)
const saves = (fs?: AtomicFs) => createPieceSaves((path) => openPendingFile(path, fs))
/** A file system whose writes of the file's pieces do what `write` says. */
const writing = (write: (handle: fsp.FileHandle, data: string | Uint8Array) => Promise<void>): AtomicFs => ({
  ...fsp,
  open: (async (path: PathLike, flags?: string | number) => {
    const handle = await fsp.open(path, flags)
    return Object.assign(Object.create(handle) as fsp.FileHandle, {
      writeFile: (data: string | Uint8Array) => write(handle, data),
      close: () => handle.close()
    })
  }) as typeof fsp.open
})

describe('a save in pieces', () => {
  it('writes the pieces in order beside the path, and puts the file there only at its end', async () => {
    const dir = tempDir()
    const file = join(dir, '备份.json')
    const s = saves()
    const token = (await s.begin(async () => file))!
    expect(token).toMatch(/^[0-9a-f]{32}$/)
    for (const piece of ['{"a":', '"甲乙', '丙"}']) await s.append(token, bytes(piece))
    // nothing at the path yet: a temporary file beside it
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\.xxgk-[0-9a-f]+\.tmp$/)])
    expect(s.busy).toBe(true)
    await expect(s.end(token, true)).resolves.toBe(file)
    expect(readFileSync(file, 'utf8')).toBe('{"a":"甲乙丙"}')
    expect(readdirSync(dir)).toEqual(['备份.json'])
    expect(s.busy).toBe(false)
  })

  it('keeps pieces sent without waiting in the order they came', async () => {
    const file = join(tempDir(), '备份.json')
    const s = saves(
      // the first piece is the slowest to write
      writing(async (handle, data) => {
        if (new TextDecoder().decode(data as Uint8Array) === '1') await new Promise((r) => setTimeout(r, 30))
        await handle.writeFile(data)
      })
    )
    const token = (await s.begin(async () => file))!
    await Promise.all(['1', '2', '3'].map((p) => s.append(token, bytes(p))))
    await s.end(token, true)
    expect(readFileSync(file, 'utf8')).toBe('123')
  })

  it('given up, leaves no file and no temporary file, and an existing file as it was', async () => {
    const dir = tempDir()
    const file = join(dir, '备份.json')
    writeFileSync(file, 'last year’s backup')
    const s = saves()
    const token = (await s.begin(async () => file))!
    await s.append(token, bytes('half of a new one'))
    await expect(s.end(token, false)).resolves.toBeNull()
    expect(readdirSync(dir)).toEqual(['备份.json'])
    expect(readFileSync(file, 'utf8')).toBe('last year’s backup')
    // a new file given up leaves nothing at all
    const fresh = (await s.begin(async () => join(dir, '新.json')))!
    await s.append(fresh, bytes('x'))
    await s.end(fresh, false)
    expect(readdirSync(dir)).toEqual(['备份.json'])
  })

  it('a piece that cannot be written gives the save up: its error said, nothing left, the token spent', async () => {
    const dir = tempDir()
    const file = join(dir, '备份.json')
    writeFileSync(file, 'old')
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    let pieces = 0
    const s = saves(
      writing(async (handle, data) => {
        if (++pieces === 2) {
          await handle.writeFile('half a piece')
          throw full
        }
        await handle.writeFile(data)
      })
    )
    const token = (await s.begin(async () => file))!
    await s.append(token, bytes('first'))
    await expect(s.append(token, bytes('second'))).rejects.toThrow('ENOSPC')
    expect(readdirSync(dir)).toEqual(['备份.json'])
    expect(readFileSync(file, 'utf8')).toBe('old')
    await expect(s.append(token, bytes('third'))).rejects.toThrow('这次保存已经结束或已取消，请重新保存。')
    await expect(s.end(token, true)).rejects.toThrow('这次保存已经结束或已取消')
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(s.busy).toBe(false)
  })

  it('a file that cannot be put in place leaves the existing one and no temporary file', async () => {
    const dir = tempDir()
    const file = join(dir, '备份.json')
    writeFileSync(file, 'old')
    const s = saves({ ...fsp, rename: async () => Promise.reject(new Error('EXDEV: disk removed')) })
    const token = (await s.begin(async () => file))!
    await s.append(token, bytes('new'))
    await expect(s.end(token, true)).rejects.toThrow('disk removed')
    expect(readdirSync(dir)).toEqual(['备份.json'])
    expect(readFileSync(file, 'utf8')).toBe('old')
  })

  it('refuses a token it did not give, or one already ended, in Chinese', async () => {
    const file = join(tempDir(), '备份.json')
    const s = saves()
    await expect(s.append('0'.repeat(32), bytes('x'))).rejects.toThrow('这次保存已经结束或已取消')
    await expect(s.end('0'.repeat(32), false)).rejects.toThrow('这次保存已经结束或已取消')
    const token = (await s.begin(async () => file))!
    await s.append(token, bytes('whole'))
    await s.end(token, true)
    await expect(s.append(token, bytes('more'))).rejects.toThrow('这次保存已经结束或已取消')
    await expect(s.end(token, true)).rejects.toThrow('这次保存已经结束或已取消')
    expect(readFileSync(file, 'utf8')).toBe('whole')
  })

  it('gives up a save that would pass 4 GB, before writing the piece that would', async () => {
    const dir = tempDir()
    const file = join(dir, '备份.json')
    writeFileSync(file, 'old')
    let written = 0
    // The disk is spared the 4 GB: each piece is counted, not written.
    const s = saves(writing(async (_handle, data) => void (written += (data as Uint8Array).byteLength)))
    const token = (await s.begin(async () => file))!
    const piece = new Uint8Array(16 * 1024 * 1024)
    for (let i = 0; i < 256; i++) await s.append(token, piece)
    expect(written).toBe(4 * 1024 ** 3)
    await expect(s.append(token, new Uint8Array(1))).rejects.toThrow('文件过大（超过 4 GB），没有保存。')
    expect(written).toBe(4 * 1024 ** 3)
    expect(readdirSync(dir)).toEqual(['备份.json'])
    expect(readFileSync(file, 'utf8')).toBe('old')
    await expect(s.end(token, true)).rejects.toThrow('这次保存已经结束或已取消')
  })

  it(`holds at most ${MAX_OPEN_SAVES} saves open at once, counting those whose dialog is up`, async () => {
    const dir = tempDir()
    const s = saves()
    let answer: (path: string | null) => void = () => undefined
    const asking = s.begin(() => new Promise((ok) => (answer = ok)))
    const open: string[] = []
    for (let i = 1; i < MAX_OPEN_SAVES; i++) open.push((await s.begin(async () => join(dir, `${i}.json`)))!)
    const dialog = vi.fn(async () => join(dir, 'one-too-many.json'))
    await expect(s.begin(dialog)).rejects.toThrow(
      `已有 ${MAX_OPEN_SAVES} 个文件正在保存，请等它们保存完再试。`
    )
    expect(dialog).not.toHaveBeenCalled()
    answer(null) // the dialog cancelled: its place is free
    await expect(asking).resolves.toBeNull()
    expect(await s.begin(dialog)).toMatch(/^[0-9a-f]{32}$/)
    await s.end(open[0]!, true)
    expect(await s.begin(async () => join(dir, 'after.json'))).toMatch(/^[0-9a-f]{32}$/)
  })

  it('gives up every open save when told (its page is gone), removing their temporary files', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.json'), 'old a')
    const s = saves()
    const a = (await s.begin(async () => join(dir, 'a.json')))!
    const b = (await s.begin(async () => join(dir, 'b.json')))!
    await s.append(a, bytes('new a'))
    await s.append(b, bytes('new b'))
    expect(readdirSync(dir)).toHaveLength(3)
    await s.abortAll()
    expect(readdirSync(dir)).toEqual(['a.json'])
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old a')
    expect(s.busy).toBe(false)
    await expect(s.append(b, bytes('more'))).rejects.toThrow('这次保存已经结束或已取消')
  })
})
