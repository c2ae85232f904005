import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { errorText } from './text'

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
  const opened = await openBeside(path, fs)
  if (opened.kind === 'in-place') return writeInPlace(fs, opened.target, data)
  try {
    await opened.file.append(data)
    await opened.file.commit()
  } catch (error) {
    await opened.file.discard()
    throw error
  }
}

/**
 * A file written beside its target, in as many pieces as it comes in, and put in place only by `commit`
 * (renamed over the target, as writeFileAtomic does); `discard` removes it, leaving the target as it was.
 * Until one of them, the temporary file is held open.
 */
export interface PendingFile {
  append(data: string | Uint8Array): Promise<void>
  /** Flushes, closes and renames over the target. On failure the temporary file is still there: discard it. */
  commit(): Promise<void>
  /** Closes and removes the temporary file; never fails (a file already gone is gone). */
  discard(): Promise<void>
}

/** The temporary file, or, in a folder the person may not add to, the file to write in place. */
type Beside = { kind: 'temp'; file: PendingFile } | { kind: 'in-place'; target: string }

/**
 * A pending file for `path`, for a file written in pieces: nothing is written to `path` before `commit`.
 * Where only an in-place write would do (a folder where files may be changed, not made) it is refused:
 * written in place, the file would be half of one until the last piece, and gone if the save were given up.
 */
export async function openPendingFile(path: string, fs: AtomicFs = fsp): Promise<PendingFile> {
  const opened = await openBeside(path, fs)
  if (opened.kind === 'in-place') throw new Error(errorText.noNewFileHere)
  return opened.file
}

async function openBeside(path: string, fs: AtomicFs): Promise<Beside> {
  const target = await linkedFile(path, fs)
  const existing = await fs.stat(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined
    throw e
  })
  if (existing) await fs.access(target, constants.W_OK)
  // Not named after the target: a name that fits the file system's 255 bytes would no longer fit.
  const temp = join(dirname(target), `.xxgk-${randomBytes(6).toString('hex')}.tmp`)
  const opened = await fs.open(temp, 'wx').catch((e: NodeJS.ErrnoException) => {
    // A folder the person may not add to (a shared folder where files may be changed, not made) holding a
    // file they may write: written in place, as a plain write would be — not atomic, but not refused.
    if (!existing || (e.code !== 'EACCES' && e.code !== 'EPERM')) throw e
    return undefined
  })
  if (!opened) return { kind: 'in-place', target }
  let handle: fsp.FileHandle | undefined = opened
  const file: PendingFile = {
    append: async (data) => {
      // Each write goes on from where the last ended.
      await handle!.writeFile(data)
    },
    commit: async () => {
      // Set after creation: the umask would have narrowed a mode given to open.
      if (existing) await handle!.chmod(existing.mode & 0o777)
      await handle!.sync()
      await handle!.close()
      handle = undefined
      await renameRetrying(fs, temp, target)
    },
    discard: async () => {
      await handle?.close().catch(() => undefined)
      handle = undefined
      await fs.rm(temp, { force: true }).catch(() => undefined)
    }
  }
  return { kind: 'temp', file }
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
