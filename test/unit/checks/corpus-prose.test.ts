// NAR-01 on every real report at hand (../shared/seeds, ../shared/fixtures and the imported fixtures of
// this repository), as imported: the figures their prose quotes are read against their own tables, and
// the only mismatch is the one the report itself prints (洪泽区 2024: 受理17件, table 三 95).
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { importReport } from '@shared/import'
import { SHARED } from '../import/expect'

const files = [
  ...readdirSync(`${SHARED}/seeds`).map((f) => `${SHARED}/seeds/${f}`),
  ...readdirSync(`${SHARED}/fixtures`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `${SHARED}/fixtures/${f}`),
  'test/fixtures/import/education2022.txt',
  'test/fixtures/import/county2022.html'
]

const known: Record<string, string[]> = {
  '2024_hongze_qu.txt': [
    '“总体情况”部分写“受理政府信息公开申请17件”，但表三“一、本年新收政府信息公开申请数量”行“总计”列为95（新收申请应与表格一致）'
  ]
}

describe('prose figures against the tables of real reports (NAR-01)', () => {
  it.each(files)('%s: no finding but those the report prints', async (path) => {
    const r = await importReport({ name: path, data: new Uint8Array(readFileSync(path)) })
    if (!r.ok) throw new Error(r.message)
    const found = checkReport(r.report)
      .filter((f) => f.rule === 'prose.quantity' || f.rule === 'prose.none' || f.rule === 'prose.conflict')
      .map((f) => f.message)
    expect(found).toEqual(known[path.split('/').pop()!] ?? [])
  })
})
