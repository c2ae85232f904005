import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

export type AtomicFs = Pick<
  typeof fsp,
  'open' | 'rename' | 'rm' | 'lstat' | 'stat' | 'realpath' | 'readlink' | 'access'
>

/**
 * Writes `data` to `path` so that a reader sees either the old file or the complete new one, never half
 * of it: the bytes go to a temporary file in the same folder (same file system, so the rename is atomic),
 * are flushed to disk, then renamed over the target. On any failure the temporary file is removed and the
 * original is untouched.
 *
 * Replacing is not writing, so what a plain write would keep is kept by hand: a link is written through
 * (the file it points to is replaced, the link stays), the file's permissions stay as they were, and a
 * file the person may not write is refused, not replaced (a folder's rights would allow the rename).
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: AtomicFs = fsp
): Promise<void> {
  const target = await linkedFile(path, fs)
  const existing = await fs.stat(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined
    throw e
  })
  if (existing) await fs.access(target, constants.W_OK)
  // Not named after the target: a name that fits the file system's 255 bytes would no longer fit.
  const temp = join(dirname(target), `.xxgk-${randomBytes(6).toString('hex')}.tmp`)
  let handle: fsp.FileHandle | undefined
  try {
    handle = await fs.open(temp, 'wx').catch(async (e: NodeJS.ErrnoException) => {
      // A folder the person may not add to (a shared folder where files may be changed, not made) holding a
      // file they may write: written in place, as a plain write would be — not atomic, but not refused.
      if (!existing || (e.code !== 'EACCES' && e.code !== 'EPERM')) throw e
      return undefined
    })
    if (!handle) return await writeInPlace(fs, target, data)
    await handle.writeFile(data)
    // Set after creation: the umask would have narrowed a mode given to open.
    if (existing) await handle.chmod(existing.mode & 0o777)
    await handle.sync()
    await handle.close()
    handle = undefined
    await renameRetrying(fs, temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}

async function writeInPlace(fs: AtomicFs, target: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(target, 'r+')
  try {
    await handle.truncate(0)
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

// On Windows a virus scanner or the search indexer opens a fresh file for a moment, and a rename over it
// or from it is refused meanwhile (EPERM, EBUSY, EACCES); graceful-fs waits such a refusal out alike.
const RENAME_WAITS_MS = [10, 40, 100, 200, 400]
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES'])

async function renameRetrying(fs: AtomicFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const wait = RENAME_WAITS_MS[attempt]
      if (wait === undefined || !TRANSIENT.has((error as NodeJS.ErrnoException).code ?? '')) throw error
      await new Promise((resume) => setTimeout(resume, wait))
    }
  }
}

/** The file a symbolic link at `path` names (a link to nothing yet: the file it would create); else `path`. */
async function linkedFile(path: string, fs: AtomicFs): Promise<string> {
  const link = await fs.lstat(path).then(
    (s) => s.isSymbolicLink(),
    () => false
  )
  if (!link) return path
  return fs.realpath(path).catch(async () => resolve(dirname(path), await fs.readlink(path)))
}
