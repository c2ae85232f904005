// A failure in the words of the person using the app. Our own messages (main's, the importer's) are in
// Chinese already; the system's (a file held open by Word, a full disk) come in English, wrapped by
// Electron's IPC, and are said by what they mean, with their code for whoever helps.
import { describeError } from './drafts'

const FS = { other: (code: string) => `系统出错（${code}）` }

const FILE_CODES: [RegExp, string][] = [
  [/\b(EBUSY|EPERM|EACCES)\b/, '文件被其他程序占用或没有写入权限（如果它已在 Word 或 WPS 中打开，请先关闭）'],
  [/\bENOSPC\b/, '磁盘空间不足'],
  [/\bEROFS\b/, '磁盘只读，不能写入'],
  [/\bENOENT\b/, '找不到这个文件或文件夹']
]

export function errorText(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e)
  // Electron: "Error invoking remote method 'file:save': Error: …"
  const message = raw.replace(/^Error invoking remote method '[^']*': /, '').replace(/^\w*Error: /, '')
  // The code first: a system message may quote a Chinese file name.
  for (const [code, said] of FILE_CODES) {
    const m = code.exec(message)
    if (m) return `${said}（${m[1] ?? m[0]}）`
  }
  if (/[\u4e00-\u9fff]/.test(message)) return message
  // Another system error: its code at least, for whoever helps (EISDIR, ENAMETOOLONG, …).
  const code = /\b(E[A-Z]{2,})\b/.exec(message)?.[1]
  return code ? FS.other(code) : describeError(e)
}
