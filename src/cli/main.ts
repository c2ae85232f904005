// The command-line entry: `npm run --silent cli -- <command> [args…]` (tsx src/cli/main.ts).
// package.json is CommonJS, so no top-level await here.
import { checkCommand } from './check'
import { exportCommand } from './export'
import type { Command } from './command'
import { cliText } from './messages'

/**
 * Every command, by name. To add one, create src/cli/<name>.ts exporting a `Command` and add ONE line
 * here, e.g. `export: exportCommand,` (with its import above).
 */
const commands: Record<string, Command> = {
  check: checkCommand,
  export: exportCommand
}

function help(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length))
  const list = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  return [cliText.usage, ...list, '', cliText.helpHint].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help())
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    console.error(cliText.unknownCommand(name))
    console.error(help())
    return 2
  }
  return command.run(args)
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
