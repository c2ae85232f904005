import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { AppApi } from '../../../src/shared/api'

const h = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true })),
  listeners: new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>()
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => h.exposed.set(key, value) },
  ipcRenderer: {
    invoke: h.invoke,
    on: (c: string, l: (event: unknown, ...args: unknown[]) => void) => {
      if (!h.listeners.has(c)) h.listeners.set(c, new Set())
      h.listeners.get(c)!.add(l)
    },
    removeListener: (c: string, l: (event: unknown, ...args: unknown[]) => void) =>
      h.listeners.get(c)?.delete(l)
  }
}))

let api: AppApi
beforeAll(async () => {
  await import('../../../src/preload/index')
  api = h.exposed.get('api') as AppApi
})

describe('preload bridge', () => {
  it('exposes exactly one object, named api, with only the AppApi methods', () => {
    expect([...h.exposed.keys()]).toEqual(['api'])
    expect(Object.keys(api).sort()).toEqual([
      'appendSave',
      'beginSave',
      'copyToClipboard',
      'endSave',
      'info',
      'onMenuCommand',
      'openExternal',
      'openFile',
      'openFiles',
      'printPdf',
      'saveFile'
    ])
  })

  it('maps each method to its channel', async () => {
    const filters = [{ name: '网页文件', extensions: ['html'] }]
    await api.saveFile({ suggestedName: 'a.html', filters, data: 'x' })
    const token = 'ab'.repeat(16)
    await api.beginSave({ suggestedName: 'a.json', filters, purpose: 'backup' })
    await api.appendSave({ token, data: new Uint8Array([1, 2]) })
    await api.endSave({ token, commit: true })
    await api.openFile({ filters })
    await api.openFiles({ filters })
    await api.printPdf({ suggestedName: 'a.pdf', html: '<p>' })
    await api.openExternal('https://www.gov.cn/')
    await api.info()
    await api.copyToClipboard({ html: '<p>甲</p>', text: '<p>甲</p>' })
    expect(h.invoke.mock.calls).toEqual([
      ['file:save', { suggestedName: 'a.html', filters, data: 'x' }],
      ['file:saveBegin', { suggestedName: 'a.json', filters, purpose: 'backup' }],
      ['file:saveAppend', { token, data: new Uint8Array([1, 2]) }],
      ['file:saveEnd', { token, commit: true }],
      ['file:open', { filters }],
      ['file:openMany', { filters }],
      ['file:printPdf', { suggestedName: 'a.pdf', html: '<p>' }],
      ['shell:openExternal', { url: 'https://www.gov.cn/' }],
      ['app:info', undefined],
      ['clipboard:write', { html: '<p>甲</p>', text: '<p>甲</p>' }]
    ])
  })

  it('delivers menu commands without the event, until unsubscribed', () => {
    const seen: string[] = []
    const off = api.onMenuCommand((c) => seen.push(c))
    const emit = (c: string) => h.listeners.get('menu:command')!.forEach((l) => l({ sender: 'leak?' }, c))
    emit('export-docx')
    off()
    emit('export-pdf')
    expect(seen).toEqual(['export-docx'])
    expect(h.listeners.get('menu:command')!.size).toBe(0)
  })
})
