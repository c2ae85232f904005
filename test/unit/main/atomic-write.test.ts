import { describe, expect, it } from 'vitest'
import * as fsp from 'node:fs/promises'
import {
  lstatSync,
  type PathLike,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { openPendingFile, writeFileAtomic } from '../../../src/main/atomic-write'
import { useTempDirs } from './tempDirs'

const tempDir = useTempDirs('atomic-')

/** What the system answers an ordinary user in a folder where files may be changed but not made (the tests may run as root). */
const sharedFolder = (): typeof fsp => ({
  ...fsp,
  open: (async (p: PathLike, flags?: string | number) =>
    flags === 'wx'
      ? Promise.reject(Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' }))
      : fsp.open(p, flags)) as typeof fsp.open
})

describe('writeFileAtomic', () => {
  it('writes text as UTF-8 and bytes as they are, replacing the old file', async () => {
    const dir = tempDir()
    const file = join(dir, '年报.html')
    writeFileSync(file, 'old')
    await writeFileAtomic(file, '<p>某某区</p>')
    expect(readFileSync(file, 'utf8')).toBe('<p>某某区</p>')
    await writeFileAtomic(file, new Uint8Array([0x25, 0x50, 0x44, 0x46]))
    expect(readFileSync(file, 'latin1')).toBe('%PDF')
    expect(readdirSync(dir)).toEqual(['年报.html'])
  })

  it('leaves the original intact and no temporary file when the rename fails', async () => {
    const dir = tempDir()
    const file = join(dir, 'report.docx')
    writeFileSync(file, 'original')
    const failingRename = { ...fsp, rename: async () => Promise.reject(new Error('EXDEV: disk removed')) }
    await expect(writeFileAtomic(file, 'new content', failingRename)).rejects.toThrow('disk removed')
    expect(readFileSync(file, 'utf8')).toBe('original')
    expect(readdirSync(dir)).toEqual(['report.docx'])
  })

  it('waits out a rename refused for a moment (a virus scanner holding the fresh file on Windows)', async () => {
    const dir = tempDir()
    const file = join(dir, '年报.docx')
    writeFileSync(file, 'old')
    const refusals = ['EPERM', 'EBUSY']
    const renames: string[] = []
    const held = {
      ...fsp,
      rename: async (from: PathLike, to: PathLike) => {
        renames.push(String(to))
        const code = refusals.shift()
        if (code) throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code })
        return fsp.rename(from, to)
      }
    }
    await writeFileAtomic(file, 'new', held)
    expect(renames).toEqual([file, file, file])
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['年报.docx'])
  })

  it('gives up on a rename refused for good, leaving the original and no temporary file', async () => {
    const dir = tempDir()
    const file = join(dir, '年报.docx')
    writeFileSync(file, 'old')
    let tries = 0
    const locked = {
      ...fsp,
      rename: async () => {
        tries++
        throw Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' })
      }
    }
    await expect(writeFileAtomic(file, 'new', locked)).rejects.toThrow('EBUSY')
    expect(tries).toBe(6)
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['年报.docx'])
  })

  it('saves under any name the file system takes, up to its 255 bytes', async () => {
    const dir = tempDir()
    const file = join(dir, `${'某'.repeat(83)}.docx`) // 254 bytes of UTF-8
    writeFileSync(file, 'a plain write takes the name')
    await writeFileAtomic(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toHaveLength(1)
  })

  it('leaves nothing behind when writing fails half way', async () => {
    const dir = tempDir()
    const file = join(dir, 'new.pdf')
    const failingWrite: typeof fsp = {
      ...fsp,
      open: (async (path: string, flags: string) => {
        const handle = await fsp.open(path, flags)
        return Object.assign(Object.create(handle), {
          writeFile: async () => {
            await handle.writeFile('half')
            throw new Error('ENOSPC')
          },
          close: () => handle.close()
        })
      }) as typeof fsp.open
    }
    await expect(writeFileAtomic(file, 'whole', failingWrite)).rejects.toThrow('ENOSPC')
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps the permissions of the file it replaces: a private file stays private', async () => {
    const dir = tempDir()
    const file = join(dir, '年报.docx')
    writeFileSync(file, 'old', { mode: 0o600 })
    await writeFileAtomic(file, 'new')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const shared = join(dir, '共享.docx')
    writeFileSync(shared, 'old', { mode: 0o644 })
    await writeFileAtomic(shared, 'new')
    expect(statSync(shared).mode & 0o777).toBe(0o644)
  })

  it('keeps a read-only file read-only when it may be written (as by an administrator)', async () => {
    const file = join(tempDir(), '已发布.docx')
    writeFileSync(file, 'published', { mode: 0o444 })
    const writable = { ...fsp, access: async () => undefined }
    await writeFileAtomic(file, 'new', writable)
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(statSync(file).mode & 0o777).toBe(0o444)
  })

  it('refuses a file the person may not write, as a plain write would, leaving it and nothing else', async () => {
    const dir = tempDir()
    const file = join(dir, '已发布.docx')
    writeFileSync(file, 'published', { mode: 0o444 })
    // What the system answers an ordinary user (the tests may run as root, who may write anything).
    const readOnly = {
      ...fsp,
      access: async (p: PathLike) =>
        Promise.reject(
          Object.assign(new Error(`EACCES: permission denied, access '${String(p)}'`), { code: 'EACCES' })
        )
    }
    await expect(writeFileAtomic(file, 'new', readOnly)).rejects.toThrow(/EACCES/)
    expect(readFileSync(file, 'utf8')).toBe('published')
    expect(readdirSync(dir)).toEqual(['已发布.docx'])
  })

  it('writes a file it may change in a folder it may not add to in place, as a plain write would', async () => {
    const dir = tempDir()
    const file = join(dir, '共享.docx')
    writeFileSync(file, 'old content, longer than the new')
    const shared = sharedFolder()
    await writeFileAtomic(file, 'new', shared)
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['共享.docx'])
    // a new file there is still refused, as a plain write would be
    await expect(writeFileAtomic(join(dir, '新.docx'), 'x', shared)).rejects.toThrow(/EACCES/)
  })

  it('writes through a symbolic link: the file it points to gets the content, the link stays', async () => {
    const dir = tempDir()
    const real = join(dir, 'real.docx')
    const link = join(dir, 'link.docx')
    writeFileSync(real, 'old', { mode: 0o640 })
    symlinkSync(real, link)
    await writeFileAtomic(link, 'new')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(real, 'utf8')).toBe('new')
    expect(statSync(real).mode & 0o777).toBe(0o640)
    expect(readdirSync(dir).sort()).toEqual(['link.docx', 'real.docx'])
  })

  it('creates the file a link to nothing names, as a plain write would', async () => {
    const dir = tempDir()
    symlinkSync('real.docx', join(dir, 'link.docx'))
    await writeFileAtomic(join(dir, 'link.docx'), 'new')
    expect(lstatSync(join(dir, 'link.docx')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'real.docx'), 'utf8')).toBe('new')
  })
})

describe('openPendingFile', () => {
  it('writes the pieces beside the path: nothing there until commit, the original kept if discarded', async () => {
    const dir = tempDir()
    const file = join(dir, '备份.json')
    writeFileSync(file, 'old', { mode: 0o600 })
    const kept = await openPendingFile(file)
    await kept.append('half')
    await kept.discard()
    expect(readdirSync(dir)).toEqual(['备份.json'])
    expect(readFileSync(file, 'utf8')).toBe('old')

    const pending = await openPendingFile(file)
    await pending.append('{"a":')
    await pending.append(new TextEncoder().encode('"甲"}'))
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toHaveLength(2)
    await pending.commit()
    expect(readFileSync(file, 'utf8')).toBe('{"a":"甲"}')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['备份.json'])
  })

  it('refuses a folder where files may be changed but not made: written in place, it would be half a file', async () => {
    const dir = tempDir()
    const file = join(dir, '共享.json')
    writeFileSync(file, 'old')
    const shared = sharedFolder()
    await expect(openPendingFile(file, shared)).rejects.toThrow(
      '这个文件夹不允许新建文件，无法在这里保存，请换一个文件夹。'
    )
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['共享.json'])
  })
})
