import { describe, expect, it, vi } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  confirmExternal,
  createHandlers,
  safeFileName,
  fileSource,
  withExtension,
  type HandlerDeps
} from '../../../src/main/handlers'
import { openPendingFile } from '../../../src/main/atomic-write'
import { createPieceSaves } from '../../../src/main/piece-saves'
import { useTempDirs } from './tempDirs'

const html = [{ name: '网页文件', extensions: ['html'] }]

function deps(over: Partial<HandlerDeps> = {}, dialogs: Partial<HandlerDeps['dialogs']> = {}) {
  const d = {
    dialogs: {
      save: vi.fn(async () => ({ canceled: false, filePath: '/home/u/文档/年报.html' })),
      open: vi.fn(async () => ({ canceled: false, filePaths: ['/home/u/旧年报.docx'] })),
      message: vi.fn(async () => ({ response: 1 })),
      ...dialogs
    },
    openExternal: vi.fn(async () => undefined),
    documentsDir: () => '/home/u/文档',
    version: '0.1.0',
    platform: 'linux',
    writeFile: vi.fn(async () => undefined),
    pieceSaves: createPieceSaves((path) => openPendingFile(path)),
    readFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
    fileSize: vi.fn(async () => 3),
    exists: vi.fn(async (_path: string) => false),
    renderPdf: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    writeClipboard: vi.fn(async () => undefined),
    ...over
  }
  return d
}

describe('file:save', () => {
  it('writes where the dialog says, with Chinese title and the renderer filters', async () => {
    const d = deps()
    const result = await createHandlers(d)['file:save']({
      suggestedName: '年报.html',
      filters: html,
      data: '<p>x</p>'
    })
    expect(result).toEqual({ saved: true, path: '/home/u/文档/年报.html' })
    expect(d.dialogs.save).toHaveBeenCalledWith(
      expect.objectContaining({ title: '导出报告', defaultPath: '/home/u/文档/年报.html', filters: html })
    )
    expect(d.writeFile).toHaveBeenCalledWith('/home/u/文档/年报.html', '<p>x</p>')
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const d = deps({}, { save: vi.fn(async () => ({ canceled: true })) })
    expect(await createHandlers(d)['file:save']({ suggestedName: 'a', filters: html, data: 'x' })).toEqual({
      saved: false
    })
    expect(d.writeFile).not.toHaveBeenCalled()
  })

  it('never lets the suggested name point outside the documents folder', async () => {
    const d = deps()
    await createHandlers(d)['file:save']({ suggestedName: '../../etc/passwd', filters: html, data: 'x' })
    expect(d.dialogs.save).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/home/u/文档/passwd' })
    )
  })

  it('adds the extension GTK leaves off', async () => {
    const d = deps({}, { save: vi.fn(async () => ({ canceled: false, filePath: '/tmp/年报' })) })
    const result = await createHandlers(d)['file:save']({ suggestedName: 'a', filters: html, data: 'x' })
    expect(result.path).toBe('/tmp/年报.html')
    expect(d.dialogs.message).not.toHaveBeenCalled() // /tmp/年报.html did not exist
  })

  it('asks the dialog to confirm replacing a file, which GTK does only when asked', async () => {
    const d = deps()
    await createHandlers(d)['file:save']({ suggestedName: '年报.html', filters: html, data: 'x' })
    await createHandlers(d)['file:printPdf']({ suggestedName: '年报.pdf', html: '<p>x</p>' })
    expect(d.dialogs.save).toHaveBeenCalledTimes(2)
    for (const [options] of vi.mocked(d.dialogs.save).mock.calls)
      expect(options.properties).toEqual(['showOverwriteConfirmation', 'createDirectory'])
  })

  it('asks before replacing a file the dialog never saw: the name typed without its extension', async () => {
    // GTK confirmed nothing: “2023年年报” did not exist, “2023年年报.html” does.
    const save = vi.fn(async () => ({ canceled: false, filePath: '/home/u/文档/2023年年报' }))
    const exists = vi.fn(async (p: string) => p === '/home/u/文档/2023年年报.html')
    const keep = deps({ exists }, { save })
    expect(
      await createHandlers(keep)['file:save']({ suggestedName: '年报', filters: html, data: 'x' })
    ).toEqual({ saved: false })
    expect(keep.writeFile).not.toHaveBeenCalled()
    expect(keep.dialogs.message).toHaveBeenCalledWith(
      expect.objectContaining({
        message: '“2023年年报.html”已存在，要替换它吗？',
        buttons: ['替换', '取消'],
        cancelId: 1,
        defaultId: 1
      })
    )

    const replace = deps({ exists }, { save, message: vi.fn(async () => ({ response: 0 })) })
    expect(
      await createHandlers(replace)['file:save']({ suggestedName: '年报', filters: html, data: 'x' })
    ).toEqual({ saved: true, path: '/home/u/文档/2023年年报.html' })
    expect(replace.writeFile).toHaveBeenCalledWith('/home/u/文档/2023年年报.html', 'x')
  })

  it('does not ask again about a name the dialog itself confirmed', async () => {
    const d = deps({ exists: vi.fn(async () => true) })
    await createHandlers(d)['file:save']({ suggestedName: '年报.html', filters: html, data: 'x' })
    expect(d.dialogs.message).not.toHaveBeenCalled()
    expect(d.writeFile).toHaveBeenCalledWith('/home/u/文档/年报.html', 'x')
  })
})

describe('file:saveBegin, saveAppend, saveEnd', () => {
  const backup = [{ name: '年报编辑器备份', extensions: ['json'] }]
  const tempDir = useTempDirs('save-pieces-')

  it('asks where under the backup’s title, answers only a token, and writes the pieces there at the end', async () => {
    const dir = tempDir()
    // GTK left the extension off: the file gets it, as with file:save
    const d = deps({}, { save: vi.fn(async () => ({ canceled: false, filePath: join(dir, '备份') })) })
    const h = createHandlers(d)
    const begun = await h['file:saveBegin']({
      suggestedName: '备份.json',
      filters: backup,
      purpose: 'backup'
    })
    expect(d.dialogs.save).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '备份全部报告',
        defaultPath: '/home/u/文档/备份.json',
        filters: backup
      })
    )
    // the path stays in main
    expect(Object.keys(begun!)).toEqual(['token'])
    await h['file:saveAppend']({ token: begun!.token, data: new TextEncoder().encode('{"drafts":') })
    await h['file:saveAppend']({ token: begun!.token, data: new TextEncoder().encode('[]}') })
    await expect(h['file:saveEnd']({ token: begun!.token, commit: true })).resolves.toEqual({
      saved: true,
      path: join(dir, '备份.json')
    })
    expect(readFileSync(join(dir, '备份.json'), 'utf8')).toBe('{"drafts":[]}')
    expect(d.writeFile).not.toHaveBeenCalled()
  })

  it('opens nothing when the dialog is cancelled; given up, says it was not saved and leaves nothing', async () => {
    const dir = tempDir()
    const cancelled = deps({}, { save: vi.fn(async () => ({ canceled: true })) })
    expect(
      await createHandlers(cancelled)['file:saveBegin']({ suggestedName: 'a.json', filters: backup })
    ).toBeNull()
    expect(cancelled.dialogs.save).toHaveBeenCalledWith(expect.objectContaining({ title: '导出报告' }))
    expect(cancelled.pieceSaves.busy).toBe(false)

    const d = deps({}, { save: vi.fn(async () => ({ canceled: false, filePath: join(dir, 'a.json') })) })
    const h = createHandlers(d)
    const { token } = (await h['file:saveBegin']({ suggestedName: 'a.json', filters: backup }))!
    await h['file:saveAppend']({ token, data: new Uint8Array([1, 2, 3]) })
    await expect(h['file:saveEnd']({ token, commit: false })).resolves.toEqual({ saved: false })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('file names', () => {
  it('cleans characters Windows refuses', () => {
    expect(safeFileName('某区:2024|年报?.docx')).toBe('某区_2024_年报_.docx')
    expect(safeFileName('C:\\Users\\x\\a.txt')).toBe('a.txt')
    expect(safeFileName('...')).toBe('报告')
    // A name turned around by U+202E would show as another file's.
    expect(safeFileName('年报\u202Excod.exe')).toBe('年报_xcod.exe')
  })
  it('cuts a name the disk would refuse, keeping its extension and whole characters', () => {
    const bytes = (s: string) => Buffer.byteLength(s)
    const name = safeFileName(`${'某'.repeat(300)}2024年报告.docx`)
    expect(bytes(name)).toBeLessThanOrEqual(255 - 5)
    expect(name).toMatch(/^某+2024年报告\.docx$/)
    const rare = safeFileName(`${'𠀀'.repeat(100)}.txt`)
    expect(rare).toMatch(/^(?:𠀀)+\.txt$/)
    expect(bytes(rare)).toBeLessThanOrEqual(255 - 5)
  })
  it('keeps an offered extension', () => {
    expect(withExtension('/a/b.HTML', html)).toBe('/a/b.HTML')
    expect(withExtension('/a/b.txt', html)).toBe('/a/b.txt.html')
  })
})

describe('file:open', () => {
  it('returns the chosen file name and bytes', async () => {
    const d = deps()
    const result = await createHandlers(d)['file:open']({
      filters: [{ name: 'Word 文档', extensions: ['docx'] }]
    })
    expect(result).toEqual({ name: '旧年报.docx', data: new Uint8Array([1, 2, 3]) })
    expect(d.dialogs.open).toHaveBeenCalledWith(
      expect.objectContaining({ title: '导入报告', properties: ['openFile'] })
    )
  })

  it('returns null when cancelled and refuses huge files', async () => {
    const cancelled = deps({}, { open: vi.fn(async () => ({ canceled: true, filePaths: [] })) })
    expect(await createHandlers(cancelled)['file:open']({ filters: html })).toBeNull()
    const huge = deps({ fileSize: vi.fn(async () => 51 * 1024 * 1024) })
    await expect(createHandlers(huge)['file:open']({ filters: html })).rejects.toThrow('文件过大')
    expect(huge.readFile).not.toHaveBeenCalled()
  })

  it('restores a backup as large as one may be written (200M characters, 600 MB), under its own title', async () => {
    const json = [{ name: '年报编辑器备份', extensions: ['json'] }]
    const big = deps({ fileSize: vi.fn(async () => 450 * 1024 * 1024) })
    expect(await createHandlers(big)['file:open']({ filters: json, purpose: 'backup' })).not.toBeNull()
    expect(big.dialogs.open).toHaveBeenCalledWith(expect.objectContaining({ title: '从备份恢复' }))
    const huge = deps({ fileSize: vi.fn(async () => 601 * 1024 * 1024) })
    await expect(createHandlers(huge)['file:open']({ filters: json, purpose: 'backup' })).rejects.toThrow(
      '备份文件过大（超过 600 MB），无法恢复'
    )
  })
})

describe('file:openMany', () => {
  const many = (paths: string[]) => ({ open: vi.fn(async () => ({ canceled: false, filePaths: paths })) })

  it('lets the person pick several files and returns each, in order', async () => {
    const d = deps(
      { readFile: vi.fn(async (p: string) => new TextEncoder().encode(p)) },
      many(['/home/u/甲局.docx', '/home/u/乙局.html'])
    )
    const result = await createHandlers(d)['file:openMany']({ filters: html })
    expect(result.map((f) => [f.name, 'data' in f && new TextDecoder().decode(f.data)])).toEqual([
      ['甲局.docx', '/home/u/甲局.docx'],
      ['乙局.html', '/home/u/乙局.html']
    ])
    expect(d.dialogs.open).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'] })
    )
  })

  it('says where each file was: files of one name in two folders are told apart, one file chosen again is itself', async () => {
    const d = deps({}, many(['/home/u/区县/2024年度报告.docx', '/home/u/市直部门/2024年度报告.docx']))
    const [a, b] = await createHandlers(d)['file:openMany']({ filters: html })
    expect([a.name, a.source?.folder, b.name, b.source?.folder]).toEqual([
      '2024年度报告.docx',
      '区县',
      '2024年度报告.docx',
      '市直部门'
    ])
    expect(a.source?.id).not.toBe(b.source?.id)
    const [again] = await createHandlers(deps({}, many(['/home/u/区县/2024年度报告.docx'])))['file:openMany'](
      {
        filters: html
      }
    )
    expect(again.source).toEqual(a.source)
    // the renderer is told no path
    expect(JSON.stringify(a.source)).not.toContain('/home/u')
  })

  it('returns nothing when cancelled; refuses too many files and huge ones, reading none', async () => {
    const cancelled = deps({}, { open: vi.fn(async () => ({ canceled: true, filePaths: [] })) })
    expect(await createHandlers(cancelled)['file:openMany']({ filters: html })).toEqual([])
    const crowd = deps({}, many(Array.from({ length: 501 }, (_, i) => `/r/${i}.txt`)))
    await expect(createHandlers(crowd)['file:openMany']({ filters: html })).rejects.toThrow(
      '一次最多检查 500 个'
    )
    expect(crowd.readFile).not.toHaveBeenCalled()
  })

  it('reads no more than 300 MB in one batch: the files after are left, each said in its row', async () => {
    const MB = 1024 * 1024
    const sizes: Record<string, number> = {
      '/r/甲.pdf': 49 * MB,
      '/r/乙.pdf': 49 * MB,
      '/r/丙.pdf': 49 * MB,
      '/r/丁.pdf': 49 * MB,
      '/r/戊.pdf': 49 * MB,
      '/r/己.pdf': 49 * MB, // 294 MB so far
      '/r/庚.pdf': 7 * MB,
      '/r/辛.txt': 1
    }
    const d = deps(
      {
        fileSize: vi.fn(async (p: string) => sizes[p]!),
        readFile: vi.fn(async (p: string) => new TextEncoder().encode(p))
      },
      many(Object.keys(sizes))
    )
    const result = await createHandlers(d)['file:openMany']({ filters: html })
    expect(result.map((f) => ('data' in f ? f.name : `${f.name}: ${f.error}`))).toEqual([
      '甲.pdf',
      '乙.pdf',
      '丙.pdf',
      '丁.pdf',
      '戊.pdf',
      '己.pdf',
      '庚.pdf: 这次选择的文件合计超过 300 MB，此文件及其后的文件没有读取，请检查完后再选择它们（结果会累加）。',
      '辛.txt: 这次选择的文件合计超过 300 MB，此文件及其后的文件没有读取，请检查完后再选择它们（结果会累加）。'
    ])
    expect(d.readFile).toHaveBeenCalledTimes(6)
  })

  it('says in its place a file that cannot be read, huge or gone, and still reads the others', async () => {
    const d = deps(
      {
        fileSize: vi.fn(async (p: string) => (p.endsWith('huge.pdf') ? 51 * 1024 * 1024 : 10)),
        readFile: vi.fn(async (p: string) => {
          if (p.endsWith('gone.txt'))
            throw Object.assign(new Error("ENOENT: no such file or directory, open '/r/gone.txt'"), {
              code: 'ENOENT'
            })
          return new TextEncoder().encode(p)
        })
      },
      many(['/r/huge.pdf', '/r/gone.txt', '/r/ok.txt'])
    )
    const result = await createHandlers(d)['file:openMany']({ filters: html })
    expect(result).toEqual([
      { name: 'huge.pdf', error: '文件过大（超过 50 MB），无法导入。', source: fileSource('/r/huge.pdf') },
      { name: 'gone.txt', error: '文件已不存在或已被移动。', source: fileSource('/r/gone.txt') },
      { name: 'ok.txt', data: new TextEncoder().encode('/r/ok.txt'), source: fileSource('/r/ok.txt') }
    ])
    expect(d.readFile).not.toHaveBeenCalledWith('/r/huge.pdf')
  })
})

describe('file:printPdf', () => {
  it('asks for a .pdf path, renders the HTML and writes the PDF', async () => {
    const d = deps({}, { save: vi.fn(async () => ({ canceled: false, filePath: '/tmp/年报.pdf' })) })
    const result = await createHandlers(d)['file:printPdf']({
      suggestedName: '年报.pdf',
      html: '<table></table>'
    })
    expect(result).toEqual({ saved: true, path: '/tmp/年报.pdf' })
    expect(d.dialogs.save).toHaveBeenCalledWith(
      expect.objectContaining({ title: '导出 PDF', filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] })
    )
    expect(d.renderPdf).toHaveBeenCalledWith('<table></table>')
    expect(d.writeFile).toHaveBeenCalledWith('/tmp/年报.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46]))
  })

  it('asks before replacing an existing PDF named without its extension, and renders nothing if kept', async () => {
    const d = deps(
      { exists: vi.fn(async () => true) },
      { save: vi.fn(async () => ({ canceled: false, filePath: '/tmp/年报' })) }
    )
    expect(await createHandlers(d)['file:printPdf']({ suggestedName: 'a', html: 'x' })).toEqual({
      saved: false
    })
    expect(d.dialogs.message).toHaveBeenCalledWith(
      expect.objectContaining({ message: '“年报.pdf”已存在，要替换它吗？' })
    )
    expect(d.renderPdf).not.toHaveBeenCalled()
  })

  it('does not render when cancelled', async () => {
    const d = deps({}, { save: vi.fn(async () => ({ canceled: true })) })
    expect(await createHandlers(d)['file:printPdf']({ suggestedName: 'a', html: 'x' })).toEqual({
      saved: false
    })
    expect(d.renderPdf).not.toHaveBeenCalled()
  })
})

describe('clipboard:write', () => {
  it('puts the report on the clipboard as HTML and as text, asking nothing', async () => {
    const d = deps()
    const req = { html: '<p>某局</p>', text: '<p>某局</p>' }
    expect(await createHandlers(d)['clipboard:write'](req)).toEqual({ written: true })
    expect(d.writeClipboard).toHaveBeenCalledWith(req)
    expect(d.dialogs.save).not.toHaveBeenCalled()
  })
})

describe('shell:openExternal', () => {
  it('opens a web address only after the person confirms', async () => {
    const no = deps()
    expect(await createHandlers(no)['shell:openExternal']({ url: 'https://www.gov.cn/' })).toEqual({
      opened: false
    })
    expect(no.openExternal).not.toHaveBeenCalled()
    expect(no.dialogs.message).toHaveBeenCalledWith(
      expect.objectContaining({ detail: 'https://www.gov.cn/', buttons: ['打开', '取消'], cancelId: 1 })
    )

    const yes = deps({}, { message: vi.fn(async () => ({ response: 0 })) })
    expect(await createHandlers(yes)['shell:openExternal']({ url: 'https://www.gov.cn/' })).toEqual({
      opened: true
    })
    expect(yes.openExternal).toHaveBeenCalledWith('https://www.gov.cn/')
  })

  it('shows and opens the address as parsed: what is confirmed is what opens', async () => {
    const d = deps({}, { message: vi.fn(async () => ({ response: 0 })) })
    await createHandlers(d)['shell:openExternal']({ url: '\t https://www.GOV.cn/a b ' })
    expect(d.dialogs.message).toHaveBeenCalledWith(
      expect.objectContaining({ detail: 'https://www.gov.cn/a%20b' })
    )
    expect(d.openExternal).toHaveBeenCalledWith('https://www.gov.cn/a%20b')
  })

  it('never offers an address naming a user: the host is what follows the @', async () => {
    const d = deps({}, { message: vi.fn(async () => ({ response: 0 })) })
    for (const url of [
      'https://www.gov.cn@evil.example/',
      'https://www.gov.cn:x@evil.example/',
      'http://admin:secret@www.gov.cn/'
    ])
      expect(await createHandlers(d)['shell:openExternal']({ url })).toEqual({ opened: false })
    expect(d.dialogs.message).not.toHaveBeenCalled()
    expect(d.openExternal).not.toHaveBeenCalled()
  })

  it('refuses an over-long address before any dialog, counting it as parsed', async () => {
    const d = deps({}, { message: vi.fn(async () => ({ response: 0 })) })
    // 700 characters written, 2100 once parsed: each 汉字 is escaped as three %XX
    const url = `https://www.gov.cn/${'某'.repeat(700)}`
    expect(await confirmExternal(d, url)).toEqual({ opened: false })
    expect(await confirmExternal(d, `https://www.gov.cn/${'x'.repeat(2_000_000)}`)).toEqual({
      opened: false
    })
    expect(d.dialogs.message).not.toHaveBeenCalled()
    expect(await confirmExternal(d, `https://www.gov.cn/${'x'.repeat(2000)}`)).toEqual({ opened: true })
  })

  it('tells the person when the system cannot open the address, and fails no further', async () => {
    const d = deps(
      { openExternal: vi.fn(async () => Promise.reject(new Error('Failed to open: no handler'))) },
      { message: vi.fn(async () => ({ response: 0 })) }
    )
    expect(await createHandlers(d)['shell:openExternal']({ url: 'https://www.gov.cn/' })).toEqual({
      opened: false
    })
    expect(d.dialogs.message).toHaveBeenLastCalledWith(
      expect.objectContaining({
        type: 'warning',
        message: '未能在系统浏览器中打开这个网址。',
        detail: expect.stringContaining('https://www.gov.cn/')
      })
    )
  })

  it('never opens other schemes, not even with consent', async () => {
    const d = deps({}, { message: vi.fn(async () => ({ response: 0 })) })
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url']) {
      expect(await createHandlers(d)['shell:openExternal']({ url })).toEqual({ opened: false })
    }
    expect(d.dialogs.message).not.toHaveBeenCalled()
    expect(d.openExternal).not.toHaveBeenCalled()
  })
})

it('app:info reports the version and that this is Electron', async () => {
  expect(await createHandlers(deps())['app:info'](undefined)).toEqual({
    version: '0.1.0',
    platform: 'linux',
    electron: true
  })
})
