// The electron stand-in's own parts that run without a browser: the sandboxed preload runner and the
// value codec of the page bridge. If these lie, the whole-app e2e proves nothing.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPreload } from '../../electron-standin/preload-runner.mts'
import { decode, encode, pageBridgeScript } from '../../electron-standin/page-bridge.mts'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
const preloadFile = (source: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'preload-'))
  dirs.push(dir)
  const file = join(dir, 'index.js')
  writeFileSync(file, source)
  return file
}

describe('sandboxed preload runner', () => {
  it('runs a CommonJS preload with require("electron") bound to the given module', () => {
    const exposeInMainWorld = vi.fn()
    runPreload(
      preloadFile(
        `const { contextBridge } = require('electron'); contextBridge.exposeInMainWorld('api', { a: 1 })`
      ),
      { contextBridge: { exposeInMainWorld } }
    )
    expect(exposeInMainWorld).toHaveBeenCalledWith('api', { a: 1 })
  })

  it('refuses an ES module preload, as sandbox: true does', () => {
    expect(() => runPreload(preloadFile(`import { contextBridge } from 'electron'\n`), {})).toThrow(
      SyntaxError
    )
  })

  it('refuses Node modules a sandboxed preload cannot have', () => {
    expect(() => runPreload(preloadFile(`require('node:fs')`), {})).toThrow("cannot require 'node:fs'")
    expect(() => runPreload(preloadFile(`require('zod')`), {})).toThrow("cannot require 'zod'")
    expect(() => runPreload(preloadFile(`require('events')`), {})).not.toThrow()
  })
})

describe('page bridge codec', () => {
  it('carries bytes and functions across and back', () => {
    const fns = new Map<number, (...a: unknown[]) => unknown>()
    const register = (fn: (...a: unknown[]) => unknown) => (fns.set(fns.size + 1, fn), fns.size)
    const listener = vi.fn()
    const encoded = encode(
      { data: new Uint8Array([0, 255, 37]), name: '年报', listener, list: [1, 'x'] },
      register
    )
    expect(JSON.parse(JSON.stringify(encoded))).toEqual(encoded)
    const back = decode(
      encoded,
      (id) =>
        (...a: unknown[]) =>
          fns.get(id)!(...a)
    ) as {
      data: Uint8Array
      name: string
      listener: (x: string) => void
      list: unknown[]
    }
    expect(back.data).toEqual(new Uint8Array([0, 255, 37]))
    expect(back.name).toBe('年报')
    expect(back.list).toEqual([1, 'x'])
    back.listener('export-docx')
    expect(listener).toHaveBeenCalledWith('export-docx')
  })

  it('page script is plain JavaScript naming the exposed methods', () => {
    const source = pageBridgeScript({ api: ['saveFile', 'onMenuCommand'] })
    expect(() => new Function(source)).not.toThrow()
    expect(source).toContain('"onMenuCommand"')
  })
})
