// What a system error's code means, in the words of the person using the app: the editor (errors come from
// main through IPC) and the CLI (its own writes) say the same. `file`, the file or folder the error names,
// where that helps to find it.

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
// Windows says EPERM where a file is open in Word, as EACCES elsewhere.
SAID.EPERM = SAID.EACCES = SAID.EBUSY
SAID.ENFILE = SAID.EMFILE

/** The code's meaning, or undefined for a code not worded here. */
export const systemErrorText = (code: string, file?: string): string | undefined => SAID[code]?.(file)
