// The browser build's saves in pieces: the pieces joined into one download at the end, none when given up.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { browserApi } from '@renderer/bridge/browser'

const filters = [{ name: '年报编辑器备份', extensions: ['json'] }]
const bytes = (text: string) => new TextEncoder().encode(text)

/** The blobs downloaded, by the name the link gave them. */
function watchDownloads() {
  const blobs = new Map<string, Blob>()
  const downloads: { name: string; blob: Blob }[] = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:${blobs.size}`
    blobs.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! })
  })
  return downloads
}
afterEach(() => vi.restoreAllMocks())

describe('browser bridge: a save in pieces', () => {
  it('downloads the pieces as one file at the end, under the suggested name', async () => {
    const downloads = watchDownloads()
    const { token } = (await browserApi.beginSave({ suggestedName: '备份.json', filters }))!
    await browserApi.appendSave({ token, data: bytes('{"甲":') })
    await browserApi.appendSave({ token, data: bytes('1}') })
    expect(downloads).toEqual([])
    expect(await browserApi.endSave({ token, commit: true })).toEqual({ saved: true, path: '备份.json' })
    expect(downloads.map((d) => d.name)).toEqual(['备份.json'])
    expect(downloads[0]!.blob.type).toBe('application/json;charset=utf-8')
    expect(new TextDecoder().decode(await downloads[0]!.blob.arrayBuffer())).toBe('{"甲":1}')
  })

  it('downloads nothing when given up, and refuses the token after its end in Chinese', async () => {
    const downloads = watchDownloads()
    const { token } = (await browserApi.beginSave({ suggestedName: '备份.json', filters }))!
    await browserApi.appendSave({ token, data: bytes('half') })
    expect(await browserApi.endSave({ token, commit: false })).toEqual({ saved: false })
    expect(downloads).toEqual([])
    await expect(browserApi.appendSave({ token, data: bytes('more') })).rejects.toThrow(
      '这次保存已经结束或已取消，请重新保存。'
    )
    await expect(browserApi.endSave({ token, commit: true })).rejects.toThrow('这次保存已经结束或已取消')
    expect(downloads).toEqual([])
  })
})
