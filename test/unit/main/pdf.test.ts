import { describe, expect, it, vi } from 'vitest'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderPdf, type PrintWindow } from '../../../src/main/pdf'

function fakeWindow(fail = false) {
  const seen: { options?: unknown; html?: string; file?: string } = {}
  const window: PrintWindow = {
    loadFile: vi.fn(async (file: string) => {
      seen.file = file
      seen.html = readFileSync(file, 'utf8')
    }),
    webContents: {
      printToPDF: vi.fn(async () => {
        if (fail) throw new Error('print failed')
        return new Uint8Array([0x25, 0x50, 0x44, 0x46])
      })
    },
    destroy: vi.fn()
  }
  return { window, seen }
}

describe('renderPdf', () => {
  it('prints the HTML to A4 with backgrounds in a hidden script-less window, then cleans up', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pdf-test-'))
    const { window, seen } = fakeWindow()
    const createWindow = vi.fn((_options: unknown) => window)
    const pdf = await renderPdf('<h1>某某区</h1>', { createWindow, tempRoot: root })
    expect(pdf).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]))
    expect(seen.html).toBe('<h1>某某区</h1>')
    expect(createWindow.mock.calls[0]![0]).toMatchObject({
      show: false,
      webPreferences: { javascript: false }
    })
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: true })
    )
    expect(window.destroy).toHaveBeenCalled()
    expect(existsSync(seen.file!)).toBe(false)
    expect(readdirSync(root)).toEqual([])
  })

  it('destroys the window and removes the temporary file when printing fails', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pdf-test-'))
    const { window } = fakeWindow(true)
    await expect(renderPdf('<p></p>', { createWindow: () => window, tempRoot: root })).rejects.toThrow(
      'print failed'
    )
    expect(window.destroy).toHaveBeenCalled()
    expect(readdirSync(root)).toEqual([])
  })
})
