// The documents that are not text: Word (.docx, .doc), PDF and OFD, each read into text and the reader of
// its lines — or refused, in Chinese, with the reason (damaged, a scan, a password).
import { docLines } from './doc'
import { docxLines } from './docx'
import { textLines, type Line } from './lines'
import { importText } from './messages'
import { ofdText } from './ofd'
import type { CMapSource } from './types'
import type { AgencyKind } from '../model/report'
import { ImportRefusal } from './refusal'
import { ZipMemberTooLarge } from './zip'

export type DocumentKind = 'docx' | 'doc' | 'pdf' | 'ofd'

type Read =
  | {
      ok: true
      text: string
      lines: (text: string) => Line[]
      notice?: string
      /** The 机关类型 the file carries, our own export's (agencyKindMark.ts). */
      agencyKind?: AgencyKind
    }
  | { ok: false; message: string }

const detail = (e: unknown): string => (e instanceof Error ? e.message : String(e))

// A page of a report holds hundreds of characters; a scan holds none but a stray page number.
const SCAN_CHARS_PER_PAGE = 20

async function laidOut(kind: 'pdf' | 'ofd', bytes: Uint8Array, cmaps?: CMapSource): Promise<Read> {
  const name = kind === 'pdf' ? 'PDF' : 'OFD'
  try {
    const page =
      kind === 'pdf'
        ? await (await import('./pdf')).pdfText(bytes, cmaps)
        : { ...(await ofdText(bytes)), missingCMaps: [] }
    if (page.chars < SCAN_CHARS_PER_PAGE * Math.max(1, page.pages)) {
      if (page.missingCMaps.length) return { ok: false, message: importText.pdfFonts }
      return { ok: false, message: kind === 'pdf' ? importText.pdfScanned : importText.ofdScanned }
    }
    return { ok: true, text: page.text, lines: textLines, notice: importText.laidOutRead(name, page.pages) }
  } catch (e) {
    if (e instanceof Error && e.name === 'PasswordException')
      return { ok: false, message: importText.pdfLocked }
    if (e instanceof ZipMemberTooLarge)
      return { ok: false, message: importText.unpackedTooLarge(name, e.limit) }
    return {
      ok: false,
      message: kind === 'pdf' ? importText.pdfBroken(detail(e)) : importText.ofdBroken(detail(e))
    }
  }
}

export async function readDocument(kind: DocumentKind, bytes: Uint8Array, cmaps?: CMapSource): Promise<Read> {
  if (kind === 'pdf' || kind === 'ofd') return laidOut(kind, bytes, cmaps)
  try {
    return { ok: true, ...(kind === 'docx' ? await docxLines(bytes) : docLines(bytes)) }
  } catch (e) {
    if (e instanceof ZipMemberTooLarge)
      return { ok: false, message: importText.unpackedTooLarge('Word', e.limit) }
    if (e instanceof ImportRefusal) return { ok: false, message: e.message }
    // doc.ts says what is wrong in Chinese; mammoth, behind the .docx reader, does not
    return { ok: false, message: kind === 'docx' ? importText.docxBroken(detail(e)) : detail(e) }
  }
}
