/** One sub-command of the checker CLI (`npm run cli -- <name> …`). */
export interface Command {
  /** One line for the command list in --help. */
  summary: string
  /** The usage line(s) and options, shown by `<name> --help`. */
  help: string
  /** Runs with the arguments after the command name; resolves to the process exit code. */
  run(args: string[]): Promise<number>
}
