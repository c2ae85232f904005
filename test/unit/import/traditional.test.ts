// A Taiwan mirror rewrites words as well as characters (信息 → 資訊, 软件 → 軟體): a report copied so must
// import as its original does, title, agency and every figure.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { importReport } from '@shared/import'
import type { ImportResult } from '@shared/import'
import { SHARED } from './expect'

type Ok = Extract<ImportResult, { ok: true }>
const read = async (text: string): Promise<Ok> => {
  const r = await importReport({ name: 'x.txt', data: new TextEncoder().encode(text) })
  if (!r.ok) throw new Error(r.message)
  return r
}

describe('a copy in Taiwan’s words (OpenCC twp)', () => {
  it.each(['fixtures/2024_huaian_shi.txt', 'fixtures/2024_hongze_qu.txt'])(
    '%s: the same title, agency, tables and fees as the original',
    async (name) => {
      const source = readFileSync(join(SHARED, name), 'utf8')
      const taiwan = OpenCC.Converter({ from: 'cn', to: 'twp' })(source)
      expect(taiwan).toContain('資訊')
      const [original, copy] = [await read(source), await read(taiwan)]
      expect(copy.report.agency).toBe(original.report.agency)
      expect(copy.report.title).toBe(original.report.title)
      expect(copy.report.tables).toEqual(original.report.tables)
      expect(copy.report.fees).toEqual(original.report.fees)
      expect(copy.report.sections.overview).toContain('信息')
      expect(copy.report.sections.overview).not.toContain('资讯')
    }
  )
})
