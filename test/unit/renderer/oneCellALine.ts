// Tables copied one cell a line, as text selected in a PDF viewer (or a page printing each cell as a line)
// gives them: the paste tests' texts.
import { readFileSync } from 'node:fs'
import type { TableDecl } from '@shared/formats'

export type Seed = '002_3653a5693d759def' | '004_f38c235b9a3e9290'

/**
 * 表二 or 表三 of a seed report as an official selects it in its text: 表二 from its first heading
 * (第二十条第(一)项) to the line before 三、, 表三 from 三、收到… to the line before 四、 or the page's
 * foot. Seed 002 (2020) has a line empty between every two, seed 004 (2020) is in the traditional script
 * and prints a dash after each row of 表三.
 */
export function seedTable(seed: Seed, table: 2 | 3): string {
  const lines = readFileSync(`../shared/seeds/${seed}.txt`, 'utf8').split('\n')
  const [first, next] =
    table === 2
      ? [/^第二十[条條]第\(一\)[项項]$/u, /^三、/u]
      : [/^三、收到/u, /^(?:四、政府|相[关關]词|相[关關]詞)/u]
  const from = lines.findIndex((l) => first.test(l.trim()))
  const to = lines.findIndex((l, i) => i > from && next.test(l.trim()))
  return lines.slice(from, to).join('\n')
}

/**
 * `table` printed one cell a line, row by row as its grid is (headings, each label once however many rows
 * it spans), each value cell's figure its place in the table's cells counted from 1.
 */
export const oneCellALine = (table: TableDecl): string =>
  table.grid
    .flatMap((row) =>
      row.flatMap((c) =>
        c.kind === 'value'
          ? [String(table.cells.findIndex((d) => d.key === c.key) + 1)]
          : c.kind === 'blank'
            ? []
            : [c.text]
      )
    )
    .join('\n')
