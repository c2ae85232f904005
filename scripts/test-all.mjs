// The one test command (npm test): static gates, the build, vitest, then every end-to-end script.
// It ends with the line `N passed, N failed` that CI reads; vitest's own summary is not in that form.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync } from 'node:fs'

let passed = 0
let failed = 0
const step = (name) => console.log(`\n::: ${name} (${new Date().toTimeString().slice(0, 8)})`)
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts })
const gate = (name, cmd, args) => {
  step(name)
  const ok = run(cmd, args).status === 0
  if (ok) passed++
  else failed++
  if (!ok) console.log(`!!! ${name} failed`)
  return ok
}

mkdirSync('test-results', { recursive: true })
gate('typecheck', 'node', ['scripts/typecheck.mjs'])
gate('lint', 'npx', ['eslint', '.'])
gate('format', 'npx', ['prettier', '--check', '.'])
const built = gate('build', 'npx', ['electron-vite', 'build'])

step('vitest')
run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json'
])
try {
  const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
  passed += v.numPassedTests
  failed +=
    v.numFailedTests + (v.numTotalTestSuites > 0 && v.success === false && v.numFailedTests === 0 ? 1 : 0)
} catch {
  console.log('!!! vitest wrote no results')
  failed++
}

const e2e = readdirSync('test/e2e')
  .filter((f) => /\.e2e\.(mts|mjs)$/.test(f))
  .sort()
for (const file of e2e) {
  step(`e2e ${file}`)
  if (!built) {
    failed++
    continue
  }
  const r = spawnSync('npx', ['tsx', `test/e2e/${file}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  })
  process.stdout.write(r.stdout ?? '')
  const m = [...(r.stdout ?? '').matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1)
  if (m) {
    passed += Number(m[1])
    failed += Number(m[2])
  }
  if (!m || (r.status !== 0 && Number(m[2]) === 0)) failed++
}

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
