// What 导入说明 says of a report-json file: what was left blank apart from what another tool added.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '@shared/import'

const valid = () => JSON.parse(readFileSync('test/fixtures/reports/valid-2021.json', 'utf8'))

async function problems(doc: unknown) {
  const r = await importReport({ name: 'r.json', data: new TextEncoder().encode(JSON.stringify(doc)) })
  if (!r.ok) throw new Error(r.message)
  return r.problems.map((p) => [p.level, p.message])
}

describe('import of report-json: levels of its notes', () => {
  it('says another tool’s keys and an agencyKind worked out from the name as notices, not as unread', async () => {
    const doc = valid()
    delete doc.agencyKind
    doc.generator = 'other tool 1.0'
    doc.publishedDate = '2025-01-20'
    doc.tables.requests.extra = null
    expect(await problems(doc)).toEqual([
      ['notice', '缺少机关类型（agencyKind），已按机关名称定为人民政府'],
      ['notice', 'tables.requests 中有本格式没有的项 "extra"，已略去'],
      ['notice', '报告中有 report-json 第1版没有的项 "generator"，已略去'],
      ['notice', '报告中有 report-json 第1版没有的项 "publishedDate"，已略去']
    ])
  })

  it('asks to check a figure under a key the table has not, most often a cell’s key mistyped', async () => {
    const doc = valid()
    doc.tables.review['rev.totl'] = 5
    doc.tables.requests['NEW.NP'] = 7
    doc.tables.requests['zzz'] = 1
    // of the other format, or a digit apart: no cell is named (it would be the wrong one)
    doc.tables.active['otherService.decisions'] = 1200
    doc.tables.review['lit.total'] = 4
    const r = await importReport({ name: 'r.json', data: new TextEncoder().encode(JSON.stringify(doc)) })
    if (!r.ok) throw new Error(r.message)
    expect(r.problems.map((p) => [p.level, p.message, p.ref])).toEqual([
      [
        'warning',
        'tables.active 中有本格式没有的项 "otherService.decisions"（1200），已略去：如果是某一格的名称写错了，请改正后重新导入',
        undefined
      ],
      [
        'warning',
        'tables.requests 中有本格式没有的项 "NEW.NP"（7），已略去：是否是表三“一、本年新收政府信息公开申请数量”行“自然人”列（tables.requests["new.np"]）写错了？请改正后重新导入',
        'requests:new.np'
      ],
      [
        'warning',
        'tables.requests 中有本格式没有的项 "zzz"（1），已略去：如果是某一格的名称写错了，请改正后重新导入',
        undefined
      ],
      [
        'warning',
        'tables.review 中有本格式没有的项 "rev.totl"（5），已略去：是否是表四“行政复议”下“总计”列（tables.review["rev.total"]）写错了？请改正后重新导入',
        'review:rev.total'
      ],
      [
        'warning',
        'tables.review 中有本格式没有的项 "lit.total"（4），已略去：如果是某一格的名称写错了，请改正后重新导入',
        undefined
      ]
    ])
  })

  it('asks to check an agencyKind it replaced; a value not read is still unread', async () => {
    const doc = valid()
    doc.agencyKind = '人民政府'
    doc.tables.requests['new.np'] = '12'
    expect(await problems(doc)).toEqual([
      [
        'warning',
        expect.stringMatching(/^机关类型（agencyKind）：.*实际为 文字 "人民政府"；已按机关名称定为人民政府$/)
      ],
      [
        'error',
        expect.stringMatching(/（tables\.requests\["new\.np"\]）：应为数字或 null（空白），实际为 文字 "12"$/)
      ]
    ])
  })

  it('says a key given twice in 导入说明, to be checked, going to its cell', async () => {
    const text = JSON.stringify(valid(), null, 2).replace(/"new\.np": \d+,/, '"new.np": 152,\n"new.np": 252,')
    const r = await importReport({ name: 'r.json', data: new TextEncoder().encode(text) })
    if (!r.ok) throw new Error(r.message)
    expect(r.problems).toEqual([
      {
        level: 'warning',
        message:
          '表三“一、本年新收政府信息公开申请数量”行“自然人”列（tables.requests["new.np"]） 写了 2 次（152、252），已按最后一次读作 252，请核对哪个是对的',
        ref: 'requests:new.np'
      }
    ])
    expect(r.report.tables.requests['new.np']).toBe(252)
  })
})
