// The CLI's check counts as 批量检查 does: the checks' errors apart from what could not be read, and says
// what the importer asks to check (需要核对) as 导入说明 does.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from './run'

const HONGZE = '../shared/fixtures/2024_hongze_qu_rawtext.txt'
const tmp = mkdtempSync(join(tmpdir(), 'xxgk-cli-unread-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('cli check: what could not be read', { timeout: 60_000 }, () => {
  it('prints the two counts and the lines of each kind, and exits 1', () => {
    const r = cli('check', HONGZE)
    expect(r.code).toBe(1)
    const lines = r.stdout.split('\n')
    expect(lines[1]).toMatch(/^ {3}错误 2 项，提示 \d+ 项；另有 24 处内容未能读取；导入时有 \d+ 处需要核对$/)
    expect(lines.filter((l) => l.startsWith('   [未能读取] '))).toHaveLength(24)
    expect(lines.filter((l) => l.startsWith('   [错误] '))).toHaveLength(2)
    // 表三's column sums over the rows that could not be read are not judged: the table may add up.
    expect(lines.some((l) => l.includes('暂按0相加'))).toBe(false)
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('共 1 份：1 份有错误，1 份有未能读取的内容')
  })

  it('--json: findings are the checks’ alone, what could not be read is under problems', () => {
    const r = cli('check', '--json', HONGZE, 'test/fixtures/reports/valid-2021.json')
    const [hongze, valid] = JSON.parse(r.stdout) as {
      findings: { rule: string; severity: string }[]
      problems?: string[]
    }[]
    expect(hongze.findings.filter((f) => f.severity === 'error')).toHaveLength(2)
    expect(hongze.findings.some((f) => f.rule === 'file.problem')).toBe(false)
    expect(hongze.problems).toHaveLength(24)
    expect(hongze.problems?.[0]).toBe('表二没有找到“行政事业性收费”这一行，该行各格留空')
    expect(valid).not.toHaveProperty('problems')
  })

  it('exits 1 for a report whose only defect is a row not read', () => {
    // valid-2021 as text, one row of zeros of table 三 dropped: the checks find no error in what was read.
    const txt = join(tmp, 'valid.txt')
    expect(cli('export', 'test/fixtures/reports/valid-2021.json', '--to', 'txt', '-o', txt).code).toBe(0)
    const dropped = join(tmp, 'dropped.txt')
    const text = readFileSync(txt, 'utf8')
    writeFileSync(dropped, text.replace(/^ *2\.其他法律行政法规禁止公开 [^\n]*\n/m, ''))
    expect(cli('check', txt).code).toBe(0)
    const r = cli('check', dropped)
    expect(r.stdout.split('\n').slice(1, 3)).toEqual([
      expect.stringMatching(/^ {3}错误 0 项，提示 \d+ 项；另有 1 处内容未能读取$/),
      '   [未能读取] 表三没有找到“2.其他法律行政法规禁止公开”这一行，该行各格留空'
    ])
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('共 1 份：0 份有错误，1 份有未能读取的内容')
    expect(r.code).toBe(1)
  })

  it('exits 0 for a report with another tool’s keys and no agencyKind: nothing was left blank', () => {
    const doc = JSON.parse(readFileSync('test/fixtures/reports/valid-2021.json', 'utf8'))
    delete doc.agencyKind
    doc.generator = 'other tool 1.0'
    doc.tables.requests.extra = null
    const path = join(tmp, 'extra.json')
    writeFileSync(path, JSON.stringify(doc))
    const r = cli('check', path)
    expect([r.code, r.stdout.split('\n')[1]]).toEqual([0, '   没有发现问题'])
    const [json] = JSON.parse(cli('check', '--json', path).stdout) as object[]
    expect(json).not.toHaveProperty('problems')
  })

  it('says what the importer asks to check, in check, check --json and export', () => {
    const seed = '../shared/seeds/002_3653a5693d759def.txt'
    const other = /^本页还包含其他报告，已忽略：山西省商务厅2018年/
    const text = cli('check', seed)
    expect(text.stdout.split('\n').filter((l) => l.startsWith('   [需要核对] '))).toEqual([
      expect.stringMatching(/^ {3}\[需要核对\] 本页还包含其他报告/)
    ])
    // A unit or words printed in a cell, read all the same, are the published report's errors (VAL-02).
    expect(text.stdout.split('\n').filter((l) => l.startsWith('   [错误] '))).toEqual([
      expect.stringMatching(/^ {3}\[错误\] 表二“政府集中采购”行“采购总金额”列原文写作“2000万”/),
      expect.stringMatching(/^ {3}\[错误\] 表二“其他对外管理服务事项”行“本年增\/减”列原文写作“\(增1\)”/)
    ])
    expect(text.code).toBe(1)
    const [json] = JSON.parse(cli('check', '--json', seed).stdout) as {
      toCheck?: string[]
      findings: { rule: string; severity: string; cells: string[] }[]
    }[]
    expect(json.toCheck).toEqual([expect.stringMatching(other)])
    expect(json.findings.map((f) => [f.rule, f.severity, f.cells])).toEqual([
      ['cell.printed', 'error', ['active:procurement.amount']],
      ['cell.printed', 'error', ['active:otherService.change']]
    ])
    const out = join(tmp, 'seed002.json')
    const exported = cli('export', seed, '--to', 'json', '-o', out)
    expect(exported.code).toBe(0)
    expect(exported.stderr).toMatch(/002_3653a5693d759def\.txt：需要核对：本页还包含其他报告，已忽略/)
    const [valid] = JSON.parse(
      cli('check', '--json', 'test/fixtures/reports/valid-2021.json').stdout
    ) as object[]
    expect(valid).not.toHaveProperty('toCheck')
  })
})
