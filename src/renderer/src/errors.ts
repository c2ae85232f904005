// A failure in the words of the person using the app. Our own messages (main's, the importer's) are in
// Chinese already; the system's (a file held open by Word, a full disk) come in English, wrapped by
// Electron's IPC, and are said by what they mean, with their code for whoever helps; the path they quote
// (a Chinese user's folder) does not make them Chinese.
import { systemErrorText } from '@shared/text/systemErrors'
import { describeError } from './drafts'

const FS = { other: (code: string) => `系统出错（${code}）` }

/** A file's name as said: a path's last part, shortened where it is long (ENAMETOOLONG's is). */
function fileOf(path: string | undefined): string | undefined {
  const name = path?.split(/[\\/]/).filter(Boolean).at(-1)
  if (!name) return undefined
  const chars = [...name]
  return chars.length > 30 ? `${chars.slice(0, 14).join('')}…${chars.slice(-14).join('')}` : name
}

export function errorText(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e)
  // Electron: "Error invoking remote method 'file:save': Error: …"
  const message = raw.replace(/^Error invoking remote method '[^']*': /, '').replace(/^\w*Error: /, '')
  // Node's own (ENAMETOOLONG: name too long, stat '/home/张三/文档/…'): in English whatever its path says.
  const node = /^(E[A-Z]{2,}): [^,']*(?:, \w+ '([^']*)')?/.exec(message)
  const code = node?.[1] ?? /\b(E(?:BUSY|PERM|ACCES|NOSPC|ROFS|NOENT))\b/.exec(message)?.[1]
  if (code) {
    const said = systemErrorText(code, fileOf(node?.[2]))
    return said ? `${said}（${code}）` : FS.other(code)
  }
  if (/[\u4e00-\u9fff]/.test(message)) return message
  // Another system error: its code at least, for whoever helps.
  const other = /\b(E[A-Z]{2,})\b/.exec(message)?.[1]
  return other ? FS.other(other) : describeError(e)
}
