// Expands a hand-written *.expected.json (README in test/fixtures/import) to `<table>:<key>` → value.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getFormat, tableOf } from '@shared/formats'
import type { FormatId } from '@shared/formats'
import type { CellValue } from '@shared/model/report'

export const SHARED = '/work/shared'
export const IMPORT_FIXTURES = join(import.meta.dirname, '../../fixtures/import')

export interface Expected {
  source: string
  format: FormatId
  year: number
  agency: string
  active: Record<string, CellValue>
  units?: Record<string, string>
  requests: Record<string, CellValue[] | null>
  review: Record<string, CellValue[] | null>
}

export const loadExpected = (name: string): Expected =>
  JSON.parse(readFileSync(join(IMPORT_FIXTURES, name), 'utf8')) as Expected

/** Every declared cell of the format with its expected value; throws if the file misses a cell. */
export function expectedCells(e: Expected): Map<string, CellValue> {
  const format = getFormat(e.format)
  const out = new Map<string, CellValue>()
  const cols = (id: 'requests' | 'review'): string[] => {
    const t = tableOf(format, id)
    if (!t) throw new Error(`no table ${id}`)
    return [...new Set(t.cells.map((c) => c.key.split('.')[1]))]
  }
  for (const [key, v] of Object.entries(e.active)) out.set(`active:${key}`, v)
  for (const id of ['requests', 'review'] as const) {
    const c = cols(id)
    for (const [row, values] of Object.entries(e[id]))
      c.forEach((col, i) => out.set(`${id}:${row}.${col}`, values === null ? null : values[i]))
  }
  for (const t of format.tables)
    for (const cell of t.cells)
      if (!out.has(`${t.id}:${cell.key}`)) throw new Error(`expected file misses ${t.id}:${cell.key}`)
  if (out.size !== format.tables.reduce((n, t) => n + t.cells.length, 0))
    throw new Error('unknown keys in expected file')
  return out
}
