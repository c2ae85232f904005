// What the commands' parsers share: an option's value, and where the options end.

/** An option (`--json`, `-o`), not a value: `-` alone is a value, stdout for export's -o. */
export const isOption = (a: string): boolean => a.length > 1 && a.startsWith('-')

/**
 * The value of the option at `args[i]`: after its `=`, else the next argument, unless that is another option
 * (`check --last-year --json a.json` lacks the year's file; it must not take --json as one). `next` is the
 * index of the last argument used.
 */
export function optionValue(args: string[], i: number): { value?: string; next: number } {
  const a = args[i]
  const eq = a.indexOf('=')
  if (a.startsWith('--') && eq > 0) return { value: a.slice(eq + 1) || undefined, next: i }
  const v = args[i + 1]
  return v === undefined || isOption(v) ? { next: i } : { value: v, next: i + 1 }
}
