// The command-line entry: `npm run --silent cli -- <command> [args…]` (tsx src/cli/main.ts).
// package.json is CommonJS, so no top-level await here.
import type { Command } from './command'
import { cliText } from './messages'

/**
 * Every command, by name, loaded only when run (the checker must not pay for docx at start-up). To add
 * one, create src/cli/<name>.ts exporting a `Command` and add ONE line here, e.g.
 * `export: async () => (await import('./export')).exportCommand,`.
 */
const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check')).checkCommand,
  export: async () => (await import('./export')).exportCommand
}

async function help(): Promise<string> {
  const width = Math.max(...Object.keys(commands).map((n) => n.length))
  const list = await Promise.all(
    Object.entries(commands).map(async ([name, load]) => `  ${name.padEnd(width)}  ${(await load()).summary}`)
  )
  return [cliText.usage, ...list, '', cliText.helpHint].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await help())
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    console.error(cliText.unknownCommand(name))
    console.error(await help())
    return 2
  }
  return (await command()).run(args)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    console.error(e)
    process.exitCode = 2
  }
)
