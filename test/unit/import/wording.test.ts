// What the importer tells a person is said in the person's words: no rule ids of the project, and the
// format's own headings (a report before 2019 begins with 一、概述, not 一、总体情况).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importReport } from '@shared/import'
import { IMPORT_FIXTURES, SHARED } from './expect'

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir)
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f))

const CORPUS = [
  ...files(IMPORT_FIXTURES, /\.(txt|html)$/),
  ...files(join(IMPORT_FIXTURES, 'doc'), /\.docx?$/),
  ...files(join(IMPORT_FIXTURES, 'pdf'), /libreoffice\.pdf$/),
  ...files(join(IMPORT_FIXTURES, 'ofd'), /\.ofd$/),
  ...files(join(SHARED, 'seeds'), /\.txt$/),
  ...files(join(SHARED, 'fixtures'), /\.txt$/)
]

async function problemsOf(path: string) {
  const r = await importReport({ name: path, data: new Uint8Array(readFileSync(path)) })
  if (!r.ok) throw new Error(r.message)
  return { report: r.report, messages: r.problems.map((p) => p.message) }
}

describe('import messages', () => {
  it.each(CORPUS)('%s: no rule id in what the person reads', async (path) => {
    for (const m of (await problemsOf(path)).messages) expect(m).not.toMatch(/[A-Z]{2,4}-\d{2}/)
  })

  it.each(['000_2ce564af3c6c5d5d.txt', '004_f38c235b9a3e9290.txt'])(
    'seed %s: Traditional characters converted, said without IMP-01',
    async (seed) => {
      const { messages } = await problemsOf(join(SHARED, 'seeds', seed))
      expect(messages).toContain(
        '原文为繁体字，已转换为简体字，并把“檔案”“入口網站”等转写的用语换回原来的说法（如“文件”“门户网站”），请核对'
      )
    }
  )

  it('names 一、概述 for the introduction of a report before 2019 (seed 001)', async () => {
    const { report, messages } = await problemsOf(join(SHARED, 'seeds/001_b8f27916e8f9841a.txt'))
    expect(report.format).toBe('legacy')
    expect(messages).toContain(
      '标题与“一、概述”之间的引言（编制依据、统计期限、联系方式等）放在了“概述”的开头，请核对'
    )
    expect(messages.join('\n')).not.toContain('总体情况')
  })

  it('names 一、总体情况 for the introduction of a report in the 2021 format', async () => {
    const { report, messages } = await problemsOf(join(SHARED, 'fixtures/2024_hongze_qu_rawtext.txt'))
    expect(report.format).toBe('2021')
    expect(messages).toContain(
      '标题与“一、总体情况”之间的引言（编制依据、统计期限、联系方式等）放在了“总体情况”的开头，请核对'
    )
  })
})
