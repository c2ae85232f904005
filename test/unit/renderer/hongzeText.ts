// 2024_hongze_qu.txt, the published report's text as pdftotext lays it out, for the paste tests: the lines
// from the one holding `from` to the one holding `to`, as an official selects them.
import { readFileSync } from 'node:fs'

const hongze = readFileSync('../shared/fixtures/2024_hongze_qu.txt', 'utf8').split('\n')

export const hongzeLines = (from: string, to: string): string =>
  hongze
    .slice(
      hongze.findIndex((l) => l.includes(from)),
      hongze.findIndex((l) => l.includes(to)) + 1
    )
    .join('\n')
