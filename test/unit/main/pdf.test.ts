import { describe, expect, it, vi } from 'vitest'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PRINT_POLICY, renderPdf, withPrintPolicy, type PrintWindow } from '../../../src/main/pdf'

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
    expect(seen.html).toBe(
      `<meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}"><h1>某某区</h1>`
    )
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

  it('loads the page with a policy of its own that allows no script and nothing from elsewhere', async () => {
    const { window, seen } = fakeWindow()
    const html = '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>年报</title>'
    await renderPdf(html, { createWindow: () => window, tempRoot: mkdtempSync(join(tmpdir(), 'pdf-test-')) })
    // first after the doctype, so that it covers the whole page and the page stays in standards mode
    expect(seen.html).toBe(
      `<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}">\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>年报</title>`
    )
    const directives = PRINT_POLICY.split('; ')
    expect(directives).toContain("default-src 'none'")
    expect(directives.filter((d) => /^(script|connect|frame|object)-src/.test(d))).toEqual([])
    expect(PRINT_POLICY).not.toMatch(/https?:|\*|'self'|unsafe-eval/)
  })

  it('puts the policy before whatever the HTML starts with', () => {
    expect(withPrintPolicy('<!-- <head> --><p>x</p>')).toMatch(/^<meta http-equiv="Content-Security-Policy"/)
    expect(withPrintPolicy('  <!doctype html><p>x</p>')).toMatch(/^ {2}<!doctype html><meta http-equiv/)
  })
})
