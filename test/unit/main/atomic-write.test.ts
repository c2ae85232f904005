import { afterEach, describe, expect, it } from 'vitest'
import * as fsp from 'node:fs/promises'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileAtomic } from '../../../src/main/atomic-write'

const dirs: string[] = []
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'atomic-'))
  dirs.push(d)
  return d
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

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
})
