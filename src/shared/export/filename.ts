// The file name a save dialog offers: the report's title with what Windows refuses replaced.
import type { Report } from '../model/report'
import { fitStem } from '../text/fileName'
import { DIRECTION_MARK } from '../text/invisible'
import { documentTitle } from './prose'
import { UNTITLED } from './text'

const ILLEGAL = /[<>:"/\\|?*]/g
/** Control characters, which Windows refuses too, and the marks that turn text's direction. */
const isControl = (ch: string) => ch.charCodeAt(0) < 0x20 || ch === '\u007f' || DIRECTION_MARK.test(ch)
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i

/** `extension`: the one the name will have, which takes its room from the stem's. */
export function safeFileStem(title: string, extension = 'docx'): string {
  let stem = [...title]
    .map((ch) => (isControl(ch) ? '_' : ch))
    .join('')
    .replace(ILLEGAL, '_')
    .replace(/\s+/g, ' ')
    .trim()
  stem = stem.replace(/[. ]+$/, '')
  if (RESERVED.test(stem)) stem = `_${stem}`
  stem = fitStem(stem, extension).replace(/[. ]+$/, '')
  return stem === '' || /^_+$/.test(stem) ? UNTITLED : stem
}

export const exportFileName = (report: Report, extension: string): string =>
  `${safeFileStem(documentTitle(report), extension)}.${extension}`
