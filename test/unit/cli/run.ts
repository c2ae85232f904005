// The real CLI, spawned as a person would run it (npm's script is `tsx src/cli/main.ts`).
import { spawnSync } from 'node:child_process'

export function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
