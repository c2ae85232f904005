// Runs a built preload in Node the way a sandboxed Electron renderer would: CommonJS, and `require`
// limited to 'electron' and the few modules a sandboxed preload gets. An ESM preload fails here as it
// would in Electron with sandbox: true.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { runInThisContext } from 'node:vm'

const nodeRequire = createRequire(import.meta.url)
const SANDBOX_MODULES = ['events', 'timers', 'url']

export function runPreload(file: string, electronRenderer: object): void {
  const source = readFileSync(file, 'utf8')
  const wrapper = runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    {
      filename: file
    }
  ) as (
    exports: object,
    require: (id: string) => unknown,
    module: object,
    filename: string,
    dir: string
  ) => void
  const module = { exports: {} }
  const sandboxRequire = (id: string) => {
    if (id === 'electron') return electronRenderer
    if (SANDBOX_MODULES.includes(id.replace(/^node:/, ''))) return nodeRequire(id)
    throw new Error(`a sandboxed preload cannot require '${id}'`)
  }
  wrapper(module.exports, sandboxRequire, module, file, dirname(file))
}
