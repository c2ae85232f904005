// A file too large for one message saved through the bridge piece by piece (beginSave, appendSave,
// endSave): in Electron each piece is one IPC message to main, which writes it to a temporary file; in a
// browser each joins a Blob. The whole file is never one array, on either side.
import { MAX_SAVE_PIECE_BYTES, type AppApi, type SaveBeginRequest, type SaveFileResult } from '@shared/api'

/** A quarter of what main takes: each piece is copied once into the message and once out of it. */
export const PIECE_BYTES = MAX_SAVE_PIECE_BYTES / 4

/**
 * Saves the file `pieces` yields, in its order: the dialog first (a generator's work starts only when
 * asked for its first piece, so nothing is made if the dialog is cancelled), `onBegun` told once the file
 * has a place, then the pieces, the page answering between, then the end. A piece that cannot be made or
 * written gives the save up, leaving no file, and its error is thrown.
 */
export async function saveInPieces(
  api: AppApi,
  req: SaveBeginRequest,
  pieces: AsyncIterable<Uint8Array>,
  onBegun?: () => void
): Promise<SaveFileResult> {
  const begun = await api.beginSave(req)
  if (!begun) return { saved: false }
  const { token } = begun
  try {
    onBegun?.()
    for await (const data of pieces) {
      await api.appendSave({ token, data })
      // The browser's appendSave answers at once: without this the page would not answer until the end.
      await new Promise((go) => setTimeout(go))
    }
  } catch (e) {
    // The failure is what is said; main may have given the save up already, and an error here says less.
    await api.endSave({ token, commit: false }).catch(() => undefined)
    throw e
  }
  return api.endSave({ token, commit: true })
}

/**
 * Text given in parts (each far smaller than the file) as its UTF-8 bytes, in pieces of `size` bytes but
 * the last. Each part is let go of once encoded (`parts` is emptied as it goes), so that the text and its
 * bytes are not both held whole.
 */
export async function* utf8Pieces(parts: string[], size = PIECE_BYTES): AsyncGenerator<Uint8Array> {
  // A piece must hold the longest character's bytes, or the loop below would never end.
  if (size < 4) throw new RangeError(`piece size ${size} < 4`)
  const encoder = new TextEncoder()
  let piece = new Uint8Array(size)
  let filled = 0
  for (let i = 0; i < parts.length; i++) {
    let rest = parts[i]!
    parts[i] = ''
    while (rest) {
      const { read, written } = encoder.encodeInto(rest, piece.subarray(filled))
      filled += written
      rest = rest.slice(read)
      if (!rest) break
      // Full, or too full for the next character's bytes: a character is never split between pieces.
      yield filled === size ? piece : piece.slice(0, filled)
      piece = new Uint8Array(size)
      filled = 0
    }
  }
  // A copy of its own: a message carries the whole buffer under a view, not just the view.
  if (filled) yield piece.slice(0, filled)
}
