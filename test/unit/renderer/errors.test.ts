import { describe, expect, it } from 'vitest'
import { errorText } from '@renderer/errors'

describe('errorText', () => {
  it('keeps our own Chinese message, without Electron’s wrapping', () => {
    expect(
      errorText(
        new Error("Error invoking remote method 'file:save': Error: 请求参数无效（file:save）：名称过长")
      )
    ).toBe('请求参数无效（file:save）：名称过长')
  })

  it('says what a system error means, with its code: a file held open by Word on Windows, a full disk', () => {
    expect(
      errorText(
        new Error(
          "Error invoking remote method 'file:save': Error: EPERM: operation not permitted, rename 'C:\\\\报告.docx.tmp' -> 'C:\\\\报告.docx'"
        )
      )
    ).toBe('文件被其他程序占用或没有写入权限（如果它已在 Word 或 WPS 中打开，请先关闭）（EPERM）')
    expect(errorText(new Error('ENOSPC: no space left on device, write'))).toBe('磁盘空间不足（ENOSPC）')
  })

  it('names a database error by its kind, never in English', () => {
    expect(errorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(
      '磁盘空间不足'
    )
    expect(errorText(new DOMException('Transaction was aborted.', 'AbortError'))).toBe(
      '写入被中止（常见原因是磁盘空间不足）'
    )
    expect(errorText(new Error('something odd'))).toBe('未知错误')
    // not the database's: not called so
    expect(errorText(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe('未知错误')
  })

  it('keeps the code of a system error it has no words for', () => {
    expect(errorText(new Error('ELOOP: too many symbolic links encountered, open'))).toBe('系统出错（ELOOP）')
    expect(errorText(new Error("ELOOP: too many symbolic links encountered, open '/home/张三/a'"))).toBe(
      '系统出错（ELOOP）'
    )
  })

  it('says a system error in Chinese whatever its path, naming the file where that helps', () => {
    const wrap = (m: string) => new Error(`Error invoking remote method 'file:save': Error: ${m}`)
    const long = `/home/张三/文档/${'某'.repeat(120)}.docx`
    expect(errorText(wrap(`ENAMETOOLONG: name too long, stat '${long}'`))).toBe(
      '文件名或路径过长，请换一个短些的文件名或文件夹（ENAMETOOLONG）'
    )
    // the same error under an ASCII path is said alike
    expect(errorText(wrap("ENAMETOOLONG: name too long, stat '/home/zhang/x.docx'"))).toBe(
      '文件名或路径过长，请换一个短些的文件名或文件夹（ENAMETOOLONG）'
    )
    expect(
      errorText(wrap("EISDIR: illegal operation on a directory, open '/home/张三/文档/年报.docx'"))
    ).toBe('“年报.docx”是文件夹，不是文件（EISDIR）')
    expect(errorText(wrap("ENOENT: no such file or directory, open 'C:\\用户\\文档\\年报.docx'"))).toBe(
      '找不到“年报.docx”（ENOENT）'
    )
    expect(errorText(wrap("EACCES: permission denied, open '/home/张三/文档/年报.docx'"))).toBe(
      '文件被其他程序占用或没有写入权限（如果它已在 Word 或 WPS 中打开，请先关闭）（EACCES）'
    )
  })
})
