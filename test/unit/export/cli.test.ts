import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import JSZip from 'jszip'
import { exportCommand } from '../../../src/cli/export'
import { serializeReport } from '@shared/model/json'
import { exportTxt } from '@shared/export'
import { titleLines } from '@shared/export/prose'
import type { Report } from '@shared/model/report'
import { filledReport } from './reports'

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'export-cli-'))
  const report = filledReport(2024)
  const file = join(dir, 'in.json')
  writeFileSync(file, serializeReport(report))
  const errors: string[] = []
  const out: (string | Uint8Array)[] = []
  vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m))
  vi.spyOn(process.stdout, 'write').mockImplementation(((d: string | Uint8Array, cb?: () => void) => {
    out.push(d)
    cb?.()
    return true
  }) as typeof process.stdout.write)
  return { dir, report, file, errors, out }
}

afterEach(() => vi.restoreAllMocks())

describe('cli export', () => {
  it('prints txt to stdout without the byte-order mark', async () => {
    const { file, report, out } = setup()
    expect(await exportCommand.run([file, '--to', 'txt'])).toBe(0)
    expect(out.join('')).toBe(exportTxt(report))
  })

  it('writes docx next to the input under the report title when no -o is given', async () => {
    const { dir, file, report, errors } = setup()
    expect(await exportCommand.run([file, '--to', 'docx'])).toBe(0)
    const path = join(dir, `${report.title}.docx`)
    expect(errors.join('\n')).toContain(path)
    const zip = await JSZip.loadAsync(readFileSync(path))
    const xml = await zip.file('word/document.xml')!.async('string')
    for (const line of titleLines(report.title)) expect(xml).toContain(line)
  })

  it('writes to -o, html fragment on request', async () => {
    const { dir, file } = setup()
    const target = join(dir, 'out.html')
    expect(await exportCommand.run([file, '--to=html', '--fragment', '-o', target])).toBe(0)
    expect(readFileSync(target, 'utf8')).toMatch(/^<h1 /)
  })

  it('converts what it exported: docx back to report-json with the same cells', async () => {
    const { dir, file, report, out } = setup()
    const docx = join(dir, 'out.docx')
    expect(await exportCommand.run([file, '--to', 'docx', '-o', docx])).toBe(0)
    expect(await exportCommand.run([docx, '--to', 'json'])).toBe(0)
    const back = JSON.parse(out.join('')) as { title: string; tables: Report['tables'] }
    expect(back.title).toBe(report.title)
    expect(back.tables.requests).toEqual(report.tables.requests)
    expect(back.tables.review).toEqual(report.tables.review)
  })

  it('exits 1 when something of the file was not read, and says it went out blank', async () => {
    const { dir, report, errors, out } = setup()
    const doc = JSON.parse(serializeReport(report))
    doc.tables.requests['new.np'] = '12'
    const file = join(dir, 'string.json')
    writeFileSync(file, JSON.stringify(doc))
    expect(await exportCommand.run([file, '--to', 'json'])).toBe(1)
    expect(JSON.parse(out.join('')).tables.requests['new.np']).toBeNull()
    expect(errors).toEqual([
      expect.stringMatching(
        /string\.json：未能读取（已留空）：.*tables\.requests\["new\.np"\].*实际为 文字 "12"$/
      ),
      '原文件有 1 处内容未能读取，转换结果中已留空，请对照原文件补填'
    ])
    const target = join(dir, 'out.txt')
    expect(await exportCommand.run([file, '--to', 'txt', '-o', target])).toBe(1)
    expect(existsSync(target)).toBe(true)
  })

  it('says in Chinese why it could not write, and what to write instead of a folder', async () => {
    const { dir, file, report, errors } = setup()
    const missing = join(dir, 'no-such-folder', 'x.json')
    expect(await exportCommand.run([file, '--to', 'json', '-o', missing])).toBe(1)
    expect(errors.pop()).toBe(
      `无法写入 ${missing}：文件夹 ${join(dir, 'no-such-folder')} 不存在，请先建好文件夹或换一个位置`
    )
    expect(await exportCommand.run([file, '--to', 'json', '-o', dir])).toBe(1)
    expect(errors.pop()).toBe(
      `无法写入 ${dir}：这是一个文件夹，请写出文件名，例如 ${join(dir, `${report.title}.json`)}`
    )
  })

  it('exits 2 with a Chinese message for unreadable input and bad arguments', async () => {
    const { dir, file, errors } = setup()
    expect(await exportCommand.run([join(dir, 'missing.json'), '--to', 'txt'])).toBe(2)
    expect(errors.pop()).toMatch(/无法读取：文件不存在/)
    writeFileSync(join(dir, 'bad.json'), '{ not json')
    expect(await exportCommand.run([join(dir, 'bad.json'), '--to', 'txt'])).toBe(2)
    expect(errors.pop()).toMatch(/无法读取/)
    expect(await exportCommand.run([file])).toBe(2)
    expect(errors.pop()).toMatch(/--to/)
    expect(await exportCommand.run([file, '--to', 'pdf'])).toBe(2)
    expect(errors.pop()).toMatch(/不认识的格式“pdf”/)
    // An option is no option's value; a name beginning with '-' is given after --.
    expect(await exportCommand.run([file, '--to', '-o', join(dir, 'x.txt')])).toBe(2)
    expect(errors.pop()).toBe('--to 后面需要写内容')
    expect(await exportCommand.run([file, '--to', 'txt', '-o'])).toBe(2)
    expect(errors.pop()).toBe('-o 后面需要写内容')
    expect(await exportCommand.run(['-x', '--to', 'txt'])).toBe(2)
    expect(errors.pop()).toBe('不认识的参数“-x”')
    writeFileSync(join(dir, '-in.json'), readFileSync(file))
    expect(
      await exportCommand.run(['--to', 'txt', '-o', join(dir, 'dashed.txt'), '--', join(dir, '-in.json')])
    ).toBe(0)
    expect(existsSync(join(dir, 'dashed.txt'))).toBe(true)
    expect(await exportCommand.run([file, '--to', 'json', '-o', file])).toBe(2)
    expect(errors.pop()).toMatch(/不能与原文件相同/)
    expect(existsSync(file)).toBe(true)
  })
})
