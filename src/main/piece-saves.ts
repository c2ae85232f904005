// The saves in pieces now open (file:saveBegin, saveAppend, saveEnd): each under a token only main knows,
// for a path only a dialog gave, written to a temporary file that becomes the file only at its end. The
// limits keep a page from filling the disk or holding files open without end.
import { randomBytes } from 'node:crypto'
import type { PendingFile } from './atomic-write'
import { errorText } from './text'

/** Ten times a city's years of drafts (411 MB at 500 drafts × 40 versions), and no more of the disk. */
export const MAX_SAVE_GB = 4
const MAX_SAVE_BYTES = MAX_SAVE_GB * 1024 ** 3
/** The page saves one file at a time; a few more are room for a save a reload left, never freed otherwise. */
export const MAX_OPEN_SAVES = 4

interface OpenSave {
  path: string
  file: PendingFile
  /** Bytes taken so far, counted as each piece arrives, before it is written. */
  size: number
  /** The last step asked for (never rejecting): the next waits for it, so pieces go down in their order. */
  tail: Promise<void>
  /** Set once given up: the temporary file's removal. */
  over?: Promise<void>
}

export interface PieceSaves {
  /** Asks `choosePath` (the dialog) and opens the temporary file beside the path; a token, or null if cancelled. */
  begin(choosePath: () => Promise<string | null>): Promise<string | null>
  /** Adds the next piece; a piece that fails or would take the file over the cap gives the save up. */
  append(token: string, data: Uint8Array): Promise<void>
  /** Puts the file in place and says where (commit), or gives the save up (null); the token is then spent. */
  end(token: string, commit: boolean): Promise<string | null>
  /** Gives up every open save (the page that began them is gone) and waits for every end under way. */
  abortAll(): Promise<void>
  /** True while a save is open or ending. */
  readonly busy: boolean
}

export function createPieceSaves(open: (path: string) => Promise<PendingFile>): PieceSaves {
  const saves = new Map<string, OpenSave>()
  // Begun and not yet open (its dialog is up): counted against MAX_OPEN_SAVES.
  let beginning = 0
  const ending = new Set<Promise<unknown>>()

  const track = <T>(work: Promise<T>): Promise<T> => {
    const settled = work.then(
      () => undefined,
      () => undefined
    )
    ending.add(settled)
    void settled.then(() => ending.delete(settled))
    return work
  }
  const take = (token: string): OpenSave => {
    const save = saves.get(token)
    if (!save) throw new Error(errorText.saveNotOpen)
    return save
  }
  /** Runs `step` after the steps asked for before it; none runs once the save is given up. */
  const queue = <T>(save: OpenSave, step: () => Promise<T>): Promise<T> => {
    const run = save.tail.then(() => {
      if (save.over) throw new Error(errorText.saveNotOpen)
      return step()
    })
    save.tail = run.then(
      () => undefined,
      () => undefined
    )
    return run
  }
  const giveUp = (token: string, save: OpenSave): Promise<void> => {
    if (saves.get(token) === save) saves.delete(token)
    // After the step under way: its write must not land in a file already removed.
    save.over ??= track(save.tail.then(() => save.file.discard()))
    return save.over
  }

  return {
    async begin(choosePath) {
      if (saves.size + beginning >= MAX_OPEN_SAVES) throw new Error(errorText.tooManySaves(MAX_OPEN_SAVES))
      beginning++
      try {
        const path = await choosePath()
        if (path === null) return null
        const file = await open(path)
        const token = randomBytes(16).toString('hex')
        saves.set(token, { path, file, size: 0, tail: Promise.resolve() })
        return token
      } finally {
        beginning--
      }
    },

    async append(token, data) {
      const save = take(token)
      // Counted as it arrives, so that pieces sent without waiting are held to the cap too.
      save.size += data.byteLength
      if (save.size > MAX_SAVE_BYTES) {
        await giveUp(token, save)
        throw new Error(errorText.saveTooLarge(MAX_SAVE_GB))
      }
      try {
        await queue(save, () => save.file.append(data))
      } catch (e) {
        await giveUp(token, save)
        throw e
      }
    },

    async end(token, commit) {
      const save = take(token)
      if (!commit) {
        await giveUp(token, save)
        return null
      }
      // Spent at once: nothing more may be added to a file being put in place.
      saves.delete(token)
      try {
        await track(queue(save, () => save.file.commit()))
        return save.path
      } catch (e) {
        await giveUp(token, save)
        throw e
      }
    },

    async abortAll() {
      for (const [token, save] of saves) void giveUp(token, save)
      await Promise.all(ending)
    },

    get busy() {
      return saves.size > 0 || ending.size > 0
    }
  }
}
