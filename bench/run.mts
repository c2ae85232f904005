// npm run bench: one JSON object, each metric { value, unit, goal }. Every module in bench/metrics
// exports `default async () => Record<string, Metric>`; they run one after another (2 cores).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface Metric {
  value: number
  unit: string
  goal: number
}

const dir = join(import.meta.dirname, 'metrics')
const only = process.argv.slice(2)
const out: Record<string, Metric> = {}
for (const file of readdirSync(dir)
  .filter((f) => /\.mts$/.test(f))
  .sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
    default: () => Promise<Record<string, Metric>>
  }
  Object.assign(out, await mod.default())
}
console.log(JSON.stringify(out, null, 2))
