import { describe, expect, it, vi } from 'vitest'
import type { IpcChannel } from '../../../src/shared/api'
import {
  argumentSchemas,
  guarded,
  isTrustedSender,
  registerIpc,
  type HandlerMap,
  type SenderEvent
} from '../../../src/main/ipc'
import { IMPORT_EXTENSIONS, importFilters } from '@shared/import/extensions'

const APP_URL = 'file:///app/out/renderer/index.html'
const isApp = (url: string) => url.startsWith(APP_URL)
const own: SenderEvent = { sender: { id: 7 }, senderFrame: { url: APP_URL, parent: null } }
const trusted = (e: SenderEvent) => isTrustedSender(e, 7, isApp)

describe('sender check', () => {
  it('accepts the top frame of the main window on our page', () => {
    expect(trusted(own)).toBe(true)
  })

  it.each<[string, SenderEvent]>([
    ['another window', { ...own, sender: { id: 8 } }],
    ['a sub-frame', { ...own, senderFrame: { url: APP_URL, parent: {} } }],
    ['a foreign page', { ...own, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file elsewhere', { ...own, senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a destroyed frame', { ...own, senderFrame: null }]
  ])('refuses %s', (_name, event) => {
    expect(trusted(event)).toBe(false)
  })

  it('refuses everything before the main window exists', () => {
    expect(isTrustedSender(own, undefined, isApp)).toBe(false)
  })
})

describe('argument validation', () => {
  const filters = [{ name: '网页文件', extensions: ['html'] }]

  it('accepts well-formed requests', () => {
    expect(
      argumentSchemas['file:save'].safeParse({ suggestedName: 'a.html', filters, data: 'x' }).success
    ).toBe(true)
    expect(
      argumentSchemas['file:save'].safeParse({ suggestedName: 'a.docx', filters, data: new Uint8Array(3) })
        .success
    ).toBe(true)
    expect(argumentSchemas['app:info'].safeParse(undefined).success).toBe(true)
    const token = '0123456789abcdef'.repeat(2)
    expect(
      argumentSchemas['file:saveBegin'].safeParse({ suggestedName: 'a.json', filters, purpose: 'backup' })
        .success
    ).toBe(true)
    expect(
      argumentSchemas['file:saveAppend'].safeParse({ token, data: new Uint8Array(16 * 1024 * 1024) }).success
    ).toBe(true)
    expect(argumentSchemas['file:saveEnd'].safeParse({ token, commit: false }).success).toBe(true)
    expect(argumentSchemas['clipboard:write'].safeParse({ html: '<p>', text: '<p>' }).success).toBe(true)
  })

  it('accepts the import dialogs’ filter: every kind the importer reads', () => {
    const all = [{ name: '年度报告', extensions: [...IMPORT_EXTENSIONS] }]
    expect(IMPORT_EXTENSIONS.length).toBeGreaterThan(10)
    expect(argumentSchemas['file:open'].safeParse({ filters: all }).success).toBe(true)
    expect(argumentSchemas['file:openMany'].safeParse({ filters: all }).success).toBe(true)
    expect(argumentSchemas['file:open'].safeParse({ filters: all, purpose: 'backup' }).success).toBe(true)
  })

  it('accepts 所有文件 after the kinds the importer reads, the wildcard alone', () => {
    const filters = importFilters('年度报告', '所有文件')
    expect(filters.at(-1)).toEqual({ name: '所有文件', extensions: ['*'] })
    expect(argumentSchemas['file:open'].safeParse({ filters }).success).toBe(true)
    expect(argumentSchemas['file:openMany'].safeParse({ filters }).success).toBe(true)
    for (const extensions of [['*.exe'], ['**'], ['*x']])
      expect(argumentSchemas['file:open'].safeParse({ filters: [{ name: 'x', extensions }] }).success).toBe(
        false
      )
  })

  it.each<[IpcChannel, unknown]>([
    ['file:save', { suggestedName: 'a', filters, data: 42 }],
    ['file:save', { suggestedName: '', filters, data: 'x' }],
    ['file:save', { suggestedName: 'a', filters: [], data: 'x' }],
    ['file:save', { suggestedName: 'a', filters: [{ name: 'x', extensions: ['../x'] }], data: 'x' }],
    ['file:save', { suggestedName: 'a', filters, data: 'x', path: '/etc/passwd' }],
    ['file:saveBegin', { suggestedName: 'a.json', filters, path: '/etc/passwd' }],
    ['file:saveBegin', { suggestedName: 'a.json', filters, purpose: 'report' }],
    ['file:saveAppend', { token: '0123456789abcdef'.repeat(2), data: new Uint8Array(16 * 1024 * 1024 + 1) }],
    ['file:saveAppend', { token: '0123456789abcdef'.repeat(2), data: 'text' }],
    ['file:saveAppend', { token: '0123456789ABCDEF'.repeat(2), data: new Uint8Array(1) }],
    ['file:saveAppend', { token: '0123456789abcdef', data: new Uint8Array(1) }],
    ['file:saveAppend', { token: '/home/u/文档/备份.json', data: new Uint8Array(1) }],
    ['file:saveEnd', { token: '0123456789abcdef'.repeat(2), commit: 'yes' }],
    ['file:saveEnd', { token: '0123456789abcdef'.repeat(2), commit: true, path: '/etc/passwd' }],
    ['file:open', { filters, defaultPath: '/etc' }],
    ['file:open', { filters, purpose: 'anything' }],
    ['file:printPdf', { suggestedName: 'a.pdf' }],
    ['shell:openExternal', 'https://example.com'],
    ['clipboard:write', { html: '<p>' }],
    ['clipboard:write', { html: '', text: 'x' }],
    ['clipboard:write', { html: '<p>', text: 'x', image: 'data:' }],
    ['clipboard:write', { html: 'x'.repeat(6 * 1024 * 1024), text: 'x' }],
    ['app:info', { x: 1 }]
  ])('refuses a bad %s argument', (channel, arg) => {
    expect(argumentSchemas[channel].safeParse(arg).success).toBe(false)
  })
})

describe('guarded handlers', () => {
  it('runs the handler for a trusted sender with a valid argument', async () => {
    const handler = vi.fn(async () => ({ opened: false }))
    const wrapped = guarded('shell:openExternal', handler, trusted)
    await expect(wrapped(own, { url: 'https://www.gov.cn/' })).resolves.toEqual({ opened: false })
    expect(handler).toHaveBeenCalledWith({ url: 'https://www.gov.cn/' })
  })

  it('refuses a forged sender without running the handler', async () => {
    const handler = vi.fn(async () => ({ opened: true }))
    const wrapped = guarded('shell:openExternal', handler, trusted)
    const forged = { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } }
    await expect(wrapped(forged, { url: 'https://www.gov.cn/' })).rejects.toThrow('拒绝来自未知页面的请求')
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses an invalid argument with a Chinese message', async () => {
    const handler = vi.fn(async () => ({ saved: true }))
    const wrapped = guarded('file:save', handler, trusted)
    await expect(wrapped(own, { suggestedName: 'a', filters: [], data: 'x' })).rejects.toThrow(
      /请求参数无效（file:save）/
    )
    await expect(
      wrapped(own, { suggestedName: 'a', filters: [{ name: 'a', extensions: ['a'] }], data: 'x' }, 2)
    ).rejects.toThrow('参数过多')
    expect(handler).not.toHaveBeenCalled()
  })

  it('says in Chinese why a piece or a token is refused', async () => {
    const handler = vi.fn(async () => undefined)
    const wrapped = guarded('file:saveAppend', handler, trusted)
    const token = '0123456789abcdef'.repeat(2)
    await expect(wrapped(own, { token, data: new Uint8Array(16 * 1024 * 1024 + 1) })).rejects.toThrow(
      '请求参数无效（file:saveAppend）：每段不能超过 16 MB'
    )
    await expect(wrapped(own, { token: '../备份.json', data: new Uint8Array(1) })).rejects.toThrow(
      '保存编号无效'
    )
    expect(handler).not.toHaveBeenCalled()
  })

  it('registers one guarded handler per channel of the contract', async () => {
    const registered = new Map<string, (e: SenderEvent, ...a: unknown[]) => Promise<unknown>>()
    const handlers = {
      'file:save': vi.fn(),
      'file:saveBegin': vi.fn(),
      'file:saveAppend': vi.fn(),
      'file:saveEnd': vi.fn(),
      'file:open': vi.fn(),
      'file:openMany': vi.fn(),
      'file:printPdf': vi.fn(),
      'shell:openExternal': vi.fn(),
      'clipboard:write': vi.fn(),
      'app:info': vi.fn(async () => ({ version: '1', platform: 'linux', electron: true }))
    } as unknown as HandlerMap
    registerIpc({ handle: (c, l) => void registered.set(c, l) }, handlers, trusted)
    expect([...registered.keys()].sort()).toEqual(Object.keys(argumentSchemas).sort())
    await expect(registered.get('app:info')!(own)).resolves.toMatchObject({ electron: true })
    await expect(registered.get('app:info')!({ ...own, sender: { id: 1 } })).rejects.toThrow()
  })
})
