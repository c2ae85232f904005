// Each layer compiles on its own so that shared cannot reach DOM or Node types, and renderer cannot reach Node.
import { spawnSync } from 'node:child_process'
const projects = ['tsconfig.shared.json', 'tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.json']
let failed = 0
for (const p of projects) {
  const r = spawnSync('npx', ['tsc', '--noEmit', '-p', p], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
