// Which lines of a web page or a Word file are paragraphs of their own, and which are a PDF's lines wrapped
// at the page width (copied into the page or the file one line a paragraph) to be joined again.
import { describe, expect, it } from 'vitest'
import { htmlLines } from '@shared/import/html'
import { proseOf, wrapWidth } from '@shared/import/prose'
import { wordLines } from '@shared/import/wordml'
import type { Line } from '@shared/import/lines'

// Ten paragraphs of like length, none closed by a stop: the shape of hard-wrapped lines.
const LIST = Array.from(
  { length: 10 },
  (_, i) => `${i + 1}.深入贯彻落实“放管服”改革要求，持续推进政务公开标准化规范化，做到“应公开尽公开”`
)
const prose = (lines: Line[]): string[] => proseOf(lines, wrapWidth(lines)).split('\n')

const word = (paragraphs: string[], pPr: string): string =>
  `<w:document><w:body>${paragraphs.map((p) => `<w:p>${pPr}<w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`

describe('a paragraph indented on its first line starts a paragraph', () => {
  it('HTML: text-indent on each <p> keeps them apart; lines after a <br> are still joined', () => {
    const indented = LIST.map((p) => `<p style="margin:0;text-indent:2em">${p}</p>`).join('')
    expect(prose(htmlLines(indented))).toEqual(LIST)
    expect(prose(htmlLines(`<p style="text-indent:2em">${LIST.join('<br>')}</p>`))).toEqual([LIST.join('')])
    expect(prose(htmlLines(LIST.map((p) => `<p style="text-indent:0">${p}</p>`).join('')))).toEqual([
      LIST.join('')
    ])
  })

  it('Word: w:ind firstLine or firstLineChars keeps them apart; paragraphs without it are still joined', () => {
    expect(prose(wordLines(word(LIST, '<w:pPr><w:ind w:firstLine="640"/></w:pPr>')))).toEqual(LIST)
    expect(prose(wordLines(word(LIST, '<w:pPr><w:ind w:firstLineChars="200"/></w:pPr>')))).toEqual(LIST)
    expect(prose(wordLines(word(LIST, '<w:pPr><w:ind w:left="640"/></w:pPr>')))).toEqual([LIST.join('')])
  })
})
