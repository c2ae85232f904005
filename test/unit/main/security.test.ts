import { describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  CONTENT_SECURITY_POLICY,
  guardContents,
  isAllowedRequest,
  isRendererUrl,
  mainWindowOptions,
  printPageUrl,
  printWindowOptions,
  rendererSource,
  secureSession,
  type GuardedContents,
  type GuardedSession
} from '../../../src/main/security'

const fileSource = rendererSource({}, '/app/out/renderer/index.html', false)
const devSource = rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, '/unused', false)

describe('window options', () => {
  it('locks the main window down and points at the CommonJS preload', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.js', '标题').webPreferences!
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.js'
    })
  })

  it('prints in a hidden window without script or preload', () => {
    const options = printWindowOptions()
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true })
    expect(options.webPreferences?.preload).toBeUndefined()
  })
})

describe('renderer address', () => {
  it('uses the dev server only when electron-vite says so', () => {
    expect(devSource).toEqual({ kind: 'url', url: 'http://localhost:5173' })
    expect(fileSource).toEqual({ kind: 'file', path: '/app/out/renderer/index.html' })
  })

  it('never takes an address from the environment in the installed app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://evil.example' }
    expect(rendererSource(env, '/app/out/renderer/index.html', true)).toEqual({
      kind: 'file',
      path: '/app/out/renderer/index.html'
    })
  })

  it('recognises our own page and nothing else', () => {
    const own = pathToFileURL('/app/out/renderer/index.html').href
    expect(isRendererUrl(own, fileSource)).toBe(true)
    expect(isRendererUrl(`${own}#/report/1`, fileSource)).toBe(true)
    expect(isRendererUrl('file:///tmp/evil.html', fileSource)).toBe(false)
    expect(isRendererUrl('https://example.com/', fileSource)).toBe(false)
    expect(isRendererUrl('not a url', fileSource)).toBe(false)
    expect(isRendererUrl('http://localhost:5173/src/x', devSource)).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', devSource)).toBe(false)
  })

  it('allows local requests only', () => {
    expect(isAllowedRequest('file:///app/out/renderer/assets/a.js', fileSource)).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AA==', fileSource)).toBe(true)
    expect(isAllowedRequest('https://cdn.example.com/x.js', fileSource)).toBe(false)
    expect(isAllowedRequest('http://localhost:5173/x.js', fileSource)).toBe(false)
    expect(isAllowedRequest('ws://localhost:5173/', devSource)).toBe(true)
    expect(isAllowedRequest('https://cdn.example.com/x.js', devSource)).toBe(false)
  })

  it('allows the files of the renderer’s own folder, and no other file of the disk', () => {
    expect(isAllowedRequest('file:///app/out/renderer/index.html', fileSource)).toBe(true)
    expect(isAllowedRequest('file:///app/out/renderer/assets/%E5%AD%97.woff2', fileSource)).toBe(true)
    for (const url of [
      'file:///etc/passwd',
      'file:///home/u/%E6%96%87%E6%A1%A3/%E5%86%85%E9%83%A8.docx',
      'file:///app/out/renderer',
      'file:///app/out/renderer-other/x.js',
      'file:///app/out/main/index.js',
      'file:///app/out/renderer/../main/index.js',
      'file:///app/out/renderer/%2e%2e/main/index.js',
      'file:///app/out/renderer/assets%2F..%2F..%2Fmain/index.js',
      'file://server/app/out/renderer/index.html'
    ])
      expect(isAllowedRequest(url, fileSource), url).toBe(false)
    expect(isAllowedRequest('file:///app/out/renderer/index.html', devSource)).toBe(false)
  })

  it('knows a print window’s page on Windows whatever the case of its drive letter', () => {
    // Node keeps the case TEMP gives (c:), Chromium writes C: (a POSIX path here gives Node's Windows URL)
    const page = printPageUrl('/c:/Users/u/AppData/Local/Temp/xxgk-pdf-1/report.html')
    expect(page.startsWith('file:///C:/')).toBe(true)
    expect(
      isAllowedRequest('file:///C:/Users/u/AppData/Local/Temp/xxgk-pdf-1/report.html', fileSource, page)
    ).toBe(true)
    expect(
      isAllowedRequest('file:///D:/Users/u/AppData/Local/Temp/xxgk-pdf-1/report.html', fileSource, page)
    ).toBe(false)
  })

  it('lets a print window load its own page and nothing else', () => {
    const page = printPageUrl('/tmp/xxgk-pdf-1/report.html')
    expect(isAllowedRequest('file:///tmp/xxgk-pdf-1/report.html', fileSource, page)).toBe(true)
    for (const url of [
      'file:///tmp/xxgk-pdf-1/other.html',
      'file:///app/out/renderer/assets/a.js',
      'file:///etc/passwd',
      'https://example.com/x.png',
      'blob:file:///x'
    ])
      expect(isAllowedRequest(url, fileSource, page), url).toBe(false)
    // before its page is known
    expect(isAllowedRequest('file:///tmp/xxgk-pdf-1/report.html', fileSource, '')).toBe(false)
  })
})

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>()
  let openHandler: ((d: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) =>
      listeners.set(name, listener),
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => (openHandler = h)
  } as unknown as GuardedContents
  const fire = (name: string, url = '') => {
    const event = { preventDefault: vi.fn() }
    listeners.get(name)!(event, url)
    return event.preventDefault.mock.calls.length > 0
  }
  return { contents, fire, open: (url: string) => openHandler!({ url }) }
}

describe('navigation guards', () => {
  it('refuses every navigation and offers web addresses to the browser', () => {
    const offer = vi.fn()
    const { contents, fire } = fakeContents()
    guardContents(contents, offer)
    expect(fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fire('will-redirect', 'https://example.com/')).toBe(true)
    expect(fire('will-attach-webview')).toBe(true)
    expect(offer.mock.calls).toEqual([['https://example.com/']])
  })

  it('takes the address from the event when Electron puts it there', () => {
    const offer = vi.fn()
    const listeners = new Map<string, (event: object, url: string) => void>()
    guardContents(
      {
        on: (name: string, l: (event: object, url: string) => void) => listeners.set(name, l),
        setWindowOpenHandler: () => undefined
      } as unknown as GuardedContents,
      offer
    )
    listeners.get('will-navigate')!({ preventDefault: () => undefined, url: 'https://www.gov.cn/' }, '')
    expect(offer).toHaveBeenCalledWith('https://www.gov.cn/')
  })

  it('offers no address naming a user, nor an over-long one, whichever way it comes', () => {
    const offer = vi.fn()
    const { contents, fire, open } = fakeContents()
    guardContents(contents, offer)
    for (const url of ['https://www.gov.cn@evil.example/', `https://www.gov.cn/${'x'.repeat(2_000_000)}`]) {
      expect(fire('will-navigate', url)).toBe(true)
      expect(open(url)).toEqual({ action: 'deny' })
    }
    expect(offer).not.toHaveBeenCalled()
  })

  it('denies new windows', () => {
    const offer = vi.fn()
    const { contents, open } = fakeContents()
    guardContents(contents, offer)
    expect(open('https://www.gov.cn/')).toEqual({ action: 'deny' })
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(offer.mock.calls).toEqual([['https://www.gov.cn/']])
  })
})

describe('session policy', () => {
  function fakeSession() {
    const s = {
      request: undefined as undefined | ((c: unknown, p: string, grant: (ok: boolean) => void) => void),
      check: undefined as undefined | (() => boolean),
      before: undefined as
        | undefined
        | ((d: { url: string; webContentsId?: number }, cb: (r: { cancel: boolean }) => void) => void),
      headers: undefined as
        | undefined
        | ((d: { url: string; responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void)
    }
    const session = {
      setPermissionRequestHandler: (h: typeof s.request) => (s.request = h),
      setPermissionCheckHandler: (h: typeof s.check) => (s.check = h),
      webRequest: {
        onBeforeRequest: (h: typeof s.before) => (s.before = h),
        onHeadersReceived: (h: typeof s.headers) => (s.headers = h)
      }
    } as unknown as GuardedSession
    return { s, session }
  }

  it('denies every permission request and check', () => {
    const { s, session } = fakeSession()
    secureSession(session, fileSource)
    const grant = vi.fn()
    s.request!({}, 'geolocation', grant)
    s.request!({}, 'media', grant)
    expect(grant.mock.calls).toEqual([[false], [false]])
    expect(s.check!()).toBe(false)
  })

  it('cancels remote requests', () => {
    const { s, session } = fakeSession()
    secureSession(session, fileSource)
    const cb = vi.fn()
    s.before!({ url: 'https://example.com/tracker.js' }, cb)
    s.before!({ url: 'file:///app/out/renderer/index.html' }, cb)
    expect(cb.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]])
  })

  it('holds a print window to its own page, told by its web contents', () => {
    const { s, session } = fakeSession()
    const page = printPageUrl('/tmp/xxgk-pdf-1/report.html')
    secureSession(session, fileSource, (id) => (id === 9 ? page : undefined))
    const cb = vi.fn()
    s.before!({ url: 'file:///tmp/xxgk-pdf-1/report.html', webContentsId: 9 }, cb)
    s.before!({ url: 'file:///app/out/renderer/index.html', webContentsId: 9 }, cb)
    s.before!({ url: 'file:///tmp/xxgk-pdf-1/report.html', webContentsId: 1 }, cb)
    s.before!({ url: 'file:///app/out/renderer/index.html', webContentsId: 1 }, cb)
    expect(cb.mock.calls).toEqual([
      [{ cancel: false }],
      [{ cancel: true }],
      [{ cancel: true }],
      [{ cancel: false }]
    ])
  })

  it('replaces any content security policy header with ours', () => {
    const { s, session } = fakeSession()
    secureSession(session, fileSource)
    const cb = vi.fn()
    s.headers!({ url: 'file:///x', responseHeaders: { 'content-security-policy': ['*'], 'X-A': ['1'] } }, cb)
    expect(cb).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval/)
  })

  it('is the policy of the meta tag in the page, directive for directive', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    const directives = (p: string) =>
      p
        .split(';')
        .map((d) => d.trim())
        .sort()
    expect(directives(meta ?? '')).toEqual(directives(CONTENT_SECURITY_POLICY))
  })
})
