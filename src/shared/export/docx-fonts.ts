// word/fontTable.xml for the Word export. The docx package writes that part only for embedded fonts, and
// the 公文 fonts are named, never embedded (style.ts), so the part is written here and given to Packer.
import { escapeHtml as attr } from './html'
import { WORD_FONT_FACES } from './style'
import type { WordFont } from './style'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

const val = (element: string, value: string) => `<w:${element} w:val="${attr(value)}"/>`

/** The part, as Packer takes an override. */
export function fontTable(): { path: string; data: string } {
  const fonts = (Object.keys(WORD_FONT_FACES) as WordFont[]).map((name) => {
    const face = WORD_FONT_FACES[name]
    return (
      `<w:font w:name="${attr(name)}">` +
      (face.altName ? val('altName', face.altName) : '') +
      val('charset', face.charset) +
      val('family', face.family) +
      val('pitch', face.pitch) +
      '</w:font>'
    )
  })
  const data = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${fonts.join('')}</w:fonts>`
  return { path: 'word/fontTable.xml', data }
}
