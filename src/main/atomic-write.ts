import { randomBytes } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export type AtomicFs = Pick<typeof fsp, 'open' | 'rename' | 'rm'>

/**
 * Writes `data` to `path` so that a reader sees either the old file or the complete new one, never half
 * of it: the bytes go to a temporary file in the same folder (same file system, so the rename is atomic),
 * are flushed to disk, then renamed over the target. On any failure the temporary file is removed and the
 * original is untouched.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: AtomicFs = fsp
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: fsp.FileHandle | undefined
  try {
    handle = await fs.open(temp, 'wx')
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await fs.rename(temp, path)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}
