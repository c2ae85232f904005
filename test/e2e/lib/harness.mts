// Shared by every end-to-end script: a static server for the built renderer, Debian's Chromium with
// the flags this closed network needs, and a tiny runner that ends with `N passed, N failed`.
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

export const ROOT = resolve(import.meta.dirname, '../../..')
export const RENDERER_DIR = join(ROOT, 'out/renderer')
export const ARTIFACTS = join(ROOT, 'test/artifacts')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2'
}

export async function serveStatic(dir = RENDERER_DIR): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir)) return void res.writeHead(403).end()
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html')
      // Read before writing the head: a concurrent rebuild of out/ may remove the file in between.
      const body = readFileSync(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      if (!res.headersSent) res.writeHead(404)
      res.end()
    }
  })
  // E2E_PORT: a port of one's own where several people run suites on one machine.
  await new Promise<void>((ok) => server.listen(Number(process.env.E2E_PORT ?? 0), '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) }
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

const profiles: string[] = []
// Each profile holds a database and caches: left behind, every run adds one to /tmp.
process.on('exit', () => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true })
})

export function freshUserDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-e2e-'))
  profiles.push(dir)
  return dir
}

/** A persistent context (real IndexedDB) on `userDataDir`; Playwright adds --headless and --user-data-dir. */
export async function launch(userDataDir = freshUserDataDir(), options: { acceptDownloads?: boolean } = {}) {
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: options.acceptDownloads ?? true,
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN'
  })
  return { context, userDataDir }
}

/** This profile's processes, the browser's own first: Playwright gives no handle for persistent contexts. */
export function profilePids(userDataDir: string): number[] {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
  const out: [number, boolean][] = []
  for (const line of ps.split('\n')) {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line)
    if (m && m[2].includes(`--user-data-dir=${userDataDir}`))
      out.push([Number(m[1]), !m[2].includes('--type=')])
  }
  return out.sort((a, b) => Number(b[1]) - Number(a[1])).map(([pid]) => pid)
}

/**
 * Wait until no process of the profile is left; after `waitMs`, kill what is. Returns how many had to be
 * killed. Playwright waits for the browser process alone, but Chromium's storage service is a child of its
 * zygote and can outlive it on a loaded machine, still holding the profile's IndexedDB: a browser started
 * on the profile meanwhile cannot open the database (Chromium reports an internal error, and may then
 * take the database for corrupt). A profile is relaunched only once this has returned.
 */
export async function profileGone(userDataDir: string, waitMs = 10_000): Promise<number> {
  const until = Date.now() + waitMs
  while (Date.now() < until) {
    if (profilePids(userDataDir).length === 0) return 0
    await new Promise((r) => setTimeout(r, 50))
  }
  const left = profilePids(userDataDir)
  for (const pid of left)
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // ended meanwhile
    }
  return left.length
}

export async function artifactPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true })
  return join(ARTIFACTS, name)
}

type Case = { name: string; fn: () => Promise<void> }

/** Cases run in order; a failing case is reported and the rest still run. */
export function suite(title: string) {
  const cases: Case[] = []
  return {
    test(name: string, fn: () => Promise<void>) {
      cases.push({ name, fn })
    },
    async run(teardown?: () => Promise<void>): Promise<never> {
      let passed = 0
      let failed = 0
      console.log(`# ${title}`)
      for (const c of cases) {
        const t0 = Date.now()
        try {
          await c.fn()
          passed++
          console.log(`  ✓ ${c.name} (${Date.now() - t0} ms)`)
        } catch (e) {
          failed++
          console.log(`  ✗ ${c.name}\n    ${(e as Error).stack?.split('\n').slice(0, 6).join('\n    ')}`)
        }
      }
      try {
        await teardown?.()
      } catch (e) {
        console.log(`teardown: ${(e as Error).message}`)
      }
      console.log(`${passed} passed, ${failed} failed`)
      process.exit(failed ? 1 : 0)
    }
  }
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message)
}
