import type { BrowserWindowConstructorOptions } from 'electron'
import { dirname, isAbsolute, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The same policy as the meta tag in src/renderer/index.html, enforced again by response headers. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** Where the renderer comes from: the electron-vite dev server, or the built file. */
export type RendererSource = { kind: 'url'; url: string } | { kind: 'file'; path: string }

/**
 * The dev server only in development: in the installed app a variable set in the environment would
 * otherwise have it show any address, with the bridge to main, its requests allowed and the dev tools.
 */
export function rendererSource(
  env: Record<string, string | undefined>,
  rendererHtml: string,
  packaged: boolean
): RendererSource {
  const dev = packaged ? undefined : env.ELECTRON_RENDERER_URL
  return dev ? { kind: 'url', url: dev } : { kind: 'file', path: rendererHtml }
}

/** True for a page of our own renderer (query and hash ignored). */
export function isRendererUrl(url: string, source: RendererSource): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (source.kind === 'url') return parsed.origin === new URL(source.url).origin
  return parsed.protocol === 'file:' && stripped(parsed) === stripped(pathToFileURL(source.path))
}

// A Windows drive letter as Chromium writes it (upper case); Node's pathToFileURL keeps the case it is given.
const stripped = (u: URL) =>
  `${u.protocol}//${u.host}${u.pathname.replace(/^\/([a-z])(:|%3A)/i, (_, d: string) => `/${d.toUpperCase()}:`)}`

/**
 * Requests the app may make. Everything is local: the renderer's own files, inline data, and in development
 * the dev server (http and its websocket). Any other address is cancelled: no remote content, and no file
 * of the disk outside the app (a page that went astray would otherwise read the person's documents).
 * A print window (`printPage` given: the file it was made to print) loads its own page and nothing else.
 */
export function isAllowedRequest(url: string, source: RendererSource, printPage?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (printPage !== undefined) return parsed.protocol === 'file:' && stripped(parsed) === printPage
  if (['data:', 'blob:', 'devtools:'].includes(parsed.protocol)) return true
  if (parsed.protocol === 'file:') return source.kind === 'file' && isInFolder(parsed, dirname(source.path))
  if (source.kind !== 'url') return false
  const dev = new URL(source.url)
  return parsed.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)
}

/** A print window's page as `isAllowedRequest` compares it. */
export const printPageUrl = (file: string) => stripped(pathToFileURL(file))

function isInFolder(url: URL, folder: string): boolean {
  let path: string
  try {
    // As Chromium reads it: dot segments resolved, escapes decoded (an escaped slash refused).
    path = fileURLToPath(url)
  } catch {
    return false
  }
  const inner = relative(folder, path)
  return inner !== '' && !isAbsolute(inner) && inner.split(sep)[0] !== '..'
}

/** As the IPC channel takes it; far longer than any address a report links to. */
export const MAX_EXTERNAL_URL = 2048

/**
 * A web address the system browser may be offered: http or https, of a sane length (checked before any
 * dialog shows it), and naming no user — https://www.gov.cn@evil.example/ goes to evil.example.
 */
export function isOpenableAddress(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.href.length <= MAX_EXTERNAL_URL
  )
}

const lockedWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false
} as const satisfies BrowserWindowConstructorOptions['webPreferences']

export function mainWindowOptions(preload: string, title: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title,
    backgroundColor: '#ffffff',
    webPreferences: { ...lockedWebPreferences, preload }
  }
}

/** A hidden page that only lays out the export HTML for printing: no preload, no scripts. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: { ...lockedWebPreferences, javascript: false, images: true }
  }
}

/** The part of a WebContents the guards need. */
export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void; url?: string }, url: string) => void
  ): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/**
 * Every page stays where it is: navigation, redirects, webviews and new windows are all refused. A web
 * address the person clicked is offered to the system browser, which asks for confirmation first.
 */
export function guardContents(contents: GuardedContents, offerExternal: (url: string) => void): void {
  // Electron 45 puts the address on the event and still passes it as the (deprecated) second argument.
  const refuse = (event: { preventDefault(): void; url?: string }, url: string) => {
    event.preventDefault()
    const target = event.url ?? url
    if (isOpenableAddress(target)) offerExternal(target)
  }
  contents.on('will-navigate', refuse)
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isOpenableAddress(url)) offerExternal(url)
    return { action: 'deny' }
  })
}

type HeaderMap = Record<string, string | string[]>

/** The part of a Session the policy needs. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, grant: (ok: boolean) => void) => void
  ): void
  setPermissionCheckHandler(handler: () => boolean): void
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string; webContentsId?: number },
        callback: (response: { cancel: boolean }) => void
      ) => void
    ): void
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: HeaderMap },
        callback: (response: { responseHeaders: HeaderMap }) => void
      ) => void
    ): void
  }
}

export function withPolicyHeader(headers: HeaderMap = {}): HeaderMap {
  const kept = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
}

/**
 * `printPageOf` names, for the web contents of a print window, the page it prints (see `printPageUrl`);
 * for any other, undefined.
 */
export function secureSession(
  session: GuardedSession,
  source: RendererSource,
  printPageOf: (webContentsId: number | undefined) => string | undefined = () => undefined
): void {
  session.setPermissionRequestHandler((_contents, _permission, grant) => grant(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, source, printPageOf(details.webContentsId)) })
  )
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withPolicyHeader(details.responseHeaders) })
  )
}
