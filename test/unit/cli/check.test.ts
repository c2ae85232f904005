// The real CLI, spawned as a person would run it (npm's script is `tsx src/cli/main.ts`).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from './run'

const fixture = (name: string) => `test/fixtures/reports/${name}`
const tmp = mkdtempSync(join(tmpdir(), 'xxgk-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** valid-2021.json with one cell changed so that table 三's balance fails. */
function broken(): string {
  const doc = JSON.parse(readFileSync(fixture('valid-2021.json'), 'utf8'))
  doc.tables.requests['new.np'] += 1
  doc.tables.requests['new.tot'] += 1
  const path = join(tmp, 'broken.json')
  writeFileSync(path, JSON.stringify(doc))
  return path
}

/** The fixture as the year before: what it carries over (1) is not what the fixture took over (2). */
function lastYearOf(name: string): string {
  const doc = JSON.parse(readFileSync(fixture(name), 'utf8'))
  doc.year = 2023
  doc.title = doc.title.replace('2024', '2023')
  const path = join(tmp, `last-${name}`)
  writeFileSync(path, JSON.stringify(doc))
  return path
}

// Each test spawns real processes: generous time on a loaded 2-core machine.
describe('cli check', { timeout: 60_000 }, () => {
  it('exits 0 and says so when a report has no problem', () => {
    const r = cli('check', fixture('valid-2021.json'))
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('没有发现问题')
  })

  it('exits 1 and prints the finding in Chinese when an identity fails', () => {
    const r = cli('check', broken())
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('[错误] 表三“自然人”列：一+二=23，三（七）+四=22，相差1')
  })

  it('exits 2 when a file cannot be read, and still checks the others', () => {
    const bad = join(tmp, 'bad.json')
    writeFileSync(bad, '{ not json')
    const r = cli('check', join(tmp, 'missing.json'), bad, broken(), fixture('valid-2019.json'))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('missing.json：无法读取：文件不存在')
    expect(r.stderr).toContain('bad.json：无法读取：这个文件的内容不完整或已损坏')
    expect(r.stdout).toContain('broken.json')
    expect(r.stdout).toContain('valid-2019.json')
    // The review sent to a file names them too, in their place, as 批量检查's text export does.
    const out = r.stdout.trimEnd().split('\n')
    expect(out[0]).toBe(`${join(tmp, 'missing.json')}：无法读取：文件不存在`)
    expect(out[1]).toMatch(/bad\.json：无法读取：这个文件的内容不完整或已损坏/)
    expect(out.at(-1)).toBe('共 4 份：1 份有错误，2 份无法读取')
  })

  it('--json prints one array of { file, report, findings }', () => {
    const path = broken()
    const r = cli('check', '--json', fixture('valid-2021.json'), path)
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout) as {
      file: string
      report: { schema: string }
      findings: { rule: string }[]
    }[]
    expect(out.map((x) => x.file)).toEqual([fixture('valid-2021.json'), path])
    expect(out[0].report.schema).toBe('xxgk-nianbao/report')
    expect(out[0].findings).toEqual([])
    expect(out[1].findings.map((f) => f.rule)).toEqual([
      'requests.balance',
      'requests.balance',
      'prose.quantity'
    ])
    // As report-json.md prints findings: the prose finding's quote (for the editor) stays out.
    for (const f of out[1].findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'cells'])
  })

  it('--json lists an unreadable file with report null and its problems', () => {
    const r = cli('check', '--json', join(tmp, 'missing.json'), fixture('valid-2019.json'))
    expect(r.code).toBe(2)
    const out = JSON.parse(r.stdout)
    expect(out[0]).toEqual({
      file: join(tmp, 'missing.json'),
      report: null,
      findings: [],
      problems: ['文件不存在']
    })
    expect(out[1].findings).toEqual([])
  })

  it('--last-year runs the cross-year rules', () => {
    const last = lastYearOf('valid-2021.json')
    const r = cli('check', '--json', '--last-year', last, fixture('valid-2021.json'))
    const [out] = JSON.parse(r.stdout) as { findings: { rule: string }[]; lastYearFile?: string }[]
    const rules = out.findings.map((f) => f.rule)
    expect(rules).toContain('requests.carryOver')
    expect(rules).toContain('active.validContinuity')
    expect(out.lastYearFile).toBe(last)
    expect(r.code).toBe(1)
    expect(cli('check', '--last-year', last, fixture('valid-2021.json')).stdout).toContain(
      `   已与上年报告“${last}”对照检查（上年结转等跨年规则）`
    )
  })

  it('--last-year serves the files of its agency only: another agency’s report is checked without it', () => {
    const last = lastYearOf('valid-2021.json')
    const huaian = '../shared/fixtures/2024_huaian_shi.txt'
    const alone = JSON.parse(cli('check', '--json', huaian).stdout) as { findings: { rule: string }[] }[]
    const r = cli('check', '--json', '--last-year', last, huaian, fixture('valid-2021.json'))
    // said, since the user named it for every file
    expect(r.stderr.trim().split('\n')).toEqual([
      `上年报告 ${last}（某某市人民政府）与 ${huaian}（淮安市人民政府）不是同一机关的报告，${huaian} 未做跨年度核对`
    ])
    const json = JSON.parse(r.stdout) as {
      lastYearFile?: string
      findings: { rule: string }[]
    }[]
    expect(json.map((r) => r.lastYearFile)).toEqual([undefined, last])
    expect(json[0].findings).toEqual(alone[0].findings)
    expect(json[1].findings.map((f) => f.rule)).toContain('requests.carryOver')
  })

  it('pairs two years of an agency among the files and names a second report, as 批量检查 does', () => {
    const shared = (name: string) => `../shared/fixtures/${name}`
    const copy = join(tmp, '淮安市 2024年报 (副本).txt')
    copyFileSync(shared('2024_huaian_shi.txt'), copy)
    const files = [
      shared('2023_hongze_qu.txt'),
      shared('2024_hongze_qu.txt'),
      shared('2024_huaian_shi.txt'),
      copy,
      lastYearOf('valid-2021.json'),
      fixture('valid-2021.json')
    ]
    const text = cli('check', ...files).stdout.split('\n')
    const block = (file: string) => text.slice(text.findIndex((l) => l.startsWith(`== ${file}：`)) + 2)[0]
    expect(block(files[1])).toBe(`   已与上年报告“${files[0]}”对照检查（上年结转等跨年规则）`)
    expect(block(copy)).toBe(`   与“${files[2]}”是同一机关同一年度的报告，请核对是否重复`)
    const json = JSON.parse(cli('check', '--json', ...files).stdout) as {
      sameAs?: string
      lastYearFile?: string
      findings: { rule: string }[]
    }[]
    expect(json.map((r) => [r.sameAs, r.lastYearFile])).toEqual([
      [undefined, undefined],
      [undefined, files[0]],
      [undefined, undefined],
      [files[2], undefined],
      [undefined, undefined],
      [undefined, files[4]]
    ])
    // Checked against the year before: the cross-year rules ran.
    expect(json[5].findings.map((f) => f.rule)).toContain('requests.carryOver')
  })

  it('says an unreadable --last-year apart from the files checked, and exits 2 for the partial check', () => {
    const r = cli('check', '--last-year', join(tmp, 'no-such-last.json'), fixture('valid-2021.json'))
    expect(r.stderr).toContain('上年报告')
    expect(r.stderr).toContain('跨年度核对未进行')
    expect(r.stdout).toContain('没有发现问题')
    // one file given, one read: the total does not count last year's file among them
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('共 1 份：0 份有错误')
    expect(r.code).toBe(2)
  })

  it('reports findings in a file with domain problems once, as cell.domain', () => {
    const doc = JSON.parse(readFileSync(fixture('valid-2021.json'), 'utf8'))
    doc.tables.active['licence.decisions'] = -3
    const path = join(tmp, 'neg.json')
    writeFileSync(path, JSON.stringify(doc))
    const out = JSON.parse(cli('check', '--json', path).stdout) as { findings: { rule: string }[] }[]
    expect(out[0].findings.map((f) => f.rule)).toEqual(['cell.domain'])
  })

  it('takes no option as another’s value, refuses an unknown short option, and reads files after --', () => {
    const missing = cli('check', '--last-year', '--json', fixture('valid-2021.json'))
    expect([missing.code, missing.stderr.split('\n')[0], missing.stdout]).toEqual([
      2,
      '--last-year 后面需要写文件名',
      ''
    ])
    const short = cli('check', '-j', fixture('valid-2021.json'))
    expect([short.code, short.stderr.split('\n')[0]]).toEqual([2, '不认识的参数“-j”'])
    const dashed = join(tmp, '--x.json')
    copyFileSync(fixture('valid-2021.json'), dashed)
    const refused = cli('check', '--x.json')
    expect(refused.stderr.split('\n')[0]).toBe(
      '不认识的参数“--x.json”；文件名以“-”开头时，请写在 -- 之后（-- --x.json），或写成 ./--x.json'
    )
    const r = spawnSync(
      process.execPath,
      [resolve('node_modules/tsx/dist/cli.mjs'), resolve('src/cli/main.ts'), 'check', '--', '--x.json'],
      {
        cwd: tmp,
        encoding: 'utf8'
      }
    )
    expect([r.status, r.stdout.split('\n')[0]]).toEqual([0, expect.stringMatching(/^== --x\.json：/)])
  })

  it('--json prints the report as export --to json writes it: a section without its own heading line', () => {
    const doc = JSON.parse(readFileSync(fixture('valid-2021.json'), 'utf8'))
    doc.sections.overview = `一、总体情况\n${doc.sections.overview}`
    const path = join(tmp, 'heading.json')
    writeFileSync(path, JSON.stringify(doc))
    const [checked] = JSON.parse(cli('check', '--json', path).stdout) as { report: unknown }[]
    const exported = JSON.parse(cli('export', path, '--to', 'json').stdout) as {
      sections: { overview: string }
    }
    expect(exported.sections.overview.startsWith('一、')).toBe(false)
    expect(checked.report).toEqual(exported)
  })

  it('prints help and rejects unknown commands', () => {
    expect(cli('--help')).toMatchObject({ code: 0 })
    expect(cli('--help').stdout).toContain('check')
    expect(cli('check', '--help').stdout).toContain('--last-year')
    expect(cli('frobnicate').code).toBe(2)
    expect(cli('check').code).toBe(2)
  })
})
