// How long a file's name may be where reports are saved: the renderer's suggested names and main's save dialog.

/** ext4 (统信UOS, 麒麟), like most Linux file systems, refuses a name over 255 bytes: 85 Chinese characters. */
const NAME_BYTES = 255
/** Room for what a download or a dialog adds to tell a second file from the first: “ (12)”. */
const SUFFIX_ROOM = 8
/** Windows paths stop at 260 characters: leave room for the folder. */
const STEM_CHARACTERS = 120

const encoder = new TextEncoder()
const bytesOf = (s: string): number => encoder.encode(s).length

/** The longest start of `s` within `bytes` and `characters`, cut between characters (never a surrogate pair). */
function cut(s: string, bytes: number, characters: number): string {
  let out = ''
  let used = 0
  let count = 0
  for (const ch of s) {
    used += bytesOf(ch)
    if (used > bytes || ++count > characters) break
    out += ch
  }
  return out
}

/**
 * A file name's stem short enough that `stem.extension`, with a numbered suffix, can be saved. Where it is
 * cut, what comes before its year goes (the agency's name), not the year: the 2023 and 2024 reports of an
 * agency with a long name must not be offered one name, the second saved over the first.
 */
export function fitStem(stem: string, extension: string): string {
  const bytes = NAME_BYTES - SUFFIX_ROOM - bytesOf(extension ? `.${extension}` : '')
  if (bytesOf(stem) <= bytes && [...stem].length <= STEM_CHARACTERS) return stem
  const year = /\d{4}\s*年/.exec(stem)
  if (year) {
    const tail = stem.slice(year.index)
    const tailBytes = bytesOf(tail)
    const tailCharacters = [...tail].length
    if (tailBytes < bytes && tailCharacters < STEM_CHARACTERS)
      return cut(stem.slice(0, year.index), bytes - tailBytes, STEM_CHARACTERS - tailCharacters) + tail
  }
  return cut(stem, bytes, STEM_CHARACTERS)
}
