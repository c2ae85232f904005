// The identities of a format as 使用说明 lists them: one line per rule with the places it holds for, read
// from the same declaration the checks run.
import { describe, expect, it } from 'vitest'
import { getFormat, tableOf } from '@shared/formats'
import { describeIdentities } from '@shared/formats/describe'

describe('the rules of a format in words', () => {
  it.each(['2021', '2019'] as const)('%s: every identity is in one line, each place once', (id) => {
    const format = getFormat(id)
    const lines = describeIdentities(format)
    expect(lines.reduce((n, l) => n + l.places.length, 0)).toBe(format.identities.length)
    expect(new Set(lines.map((l) => `${l.code}|${l.text}`)).size).toBe(lines.length)
  })

  it('T3-01 holds in each of the seven columns of table 三; T3-02 in each row', () => {
    const format = getFormat('2021')
    const lines = describeIdentities(format)
    const balance = lines.find((l) => l.code === 'T3-01')
    expect(balance).toMatchObject({ severity: 'error', text: '一+二 ＝ 三（七）+四', lastYear: false })
    expect(balance?.places).toEqual(
      ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map(
        (c) => `表三“${c}”列`
      )
    )
    const rows = new Set(tableOf(format, 'requests')?.cells.map((c) => c.rowLabel))
    expect(lines.find((l) => l.code === 'T3-02')?.places).toHaveLength(rows.size)
  })

  it('rules against last year are marked, and ≤ reads as ≤', () => {
    const lines = describeIdentities(getFormat('2021'))
    expect(lines.filter((l) => l.lastYear).map((l) => l.code)).toEqual(['XY-01', 'T2-01', 'XY-02'])
    expect(lines.find((l) => l.code === 'T2-01')?.text).toBe('本年废止件数 ≤ 上年现行有效件数+本年制发件数')
  })

  it('2019: a running total must not fall, said with when to let it be', () => {
    const line = describeIdentities(getFormat('2019')).find(
      (l) => l.text === '上年报告的对外公开总数量 ≤ 本年对外公开总数量'
    )
    expect(line).toMatchObject({
      severity: 'warning',
      lastYear: true,
      places: ['表二“规章”行', '表二“规范性文件”行']
    })
    expect(line?.note).toMatch(/累计数/)
  })

  it('the legacy format has none to list', () => {
    expect(describeIdentities(getFormat('legacy'))).toEqual([])
  })
})
