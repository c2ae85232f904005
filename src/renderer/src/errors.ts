// A failure in the words of the person using the app. Our own messages (main's, the importer's) are in
// Chinese already; the system's (a file held open by Word, a full disk) come in English, wrapped by
// Electron's IPC, and are said by what they mean, with their code for whoever helps; the path they quote
// (a Chinese user's folder) does not make them Chinese.
import { describeError } from './drafts'

const FS = { other: (code: string) => `系统出错（${code}）` }

/** What a system error's code means; `file`, the file or folder it names, where that helps to find it. */
const SAID: Record<string, (file?: string) => string> = {
  EBUSY: () => '文件被其他程序占用或没有写入权限（如果它已在 Word 或 WPS 中打开，请先关闭）',
  ENOSPC: () => '磁盘空间不足',
  EDQUOT: () => '磁盘配额已用完',
  EROFS: () => '磁盘只读，不能写入',
  ENOENT: (file) => (file ? `找不到“${file}”` : '找不到这个文件或文件夹'),
  ENAMETOOLONG: () => '文件名或路径过长，请换一个短些的文件名或文件夹',
  EISDIR: (file) => (file ? `“${file}”是文件夹，不是文件` : '选中的是文件夹，不是文件'),
  ENOTDIR: () => '路径中有一项不是文件夹',
  EEXIST: (file) => (file ? `已有同名的“${file}”` : '已有同名的文件'),
  EMFILE: () => '同时打开的文件过多，请关闭一些程序后再试',
  EIO: () => '磁盘读写出错，请检查磁盘或 U 盘是否已拔出',
  EFBIG: () => '文件过大'
}
SAID.EPERM = SAID.EACCES = SAID.EBUSY
SAID.ENFILE = SAID.EMFILE

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
    const said = SAID[code]
    return said ? `${said(fileOf(node?.[2]))}（${code}）` : FS.other(code)
  }
  if (/[\u4e00-\u9fff]/.test(message)) return message
  // Another system error: its code at least, for whoever helps.
  const other = /\b(E[A-Z]{2,})\b/.exec(message)?.[1]
  return other ? FS.other(other) : describeError(e)
}
