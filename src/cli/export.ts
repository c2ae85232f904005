// `export <file> --to txt|html|docx|json [-o <out>] [--fragment]`: converts a report with the export feature.
// Text kinds go to stdout unless -o is given; docx is binary, so without -o it is written next to the input
// under the report's suggested file name.
import { writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { EXPORT_KINDS, exportReport, UTF8_BOM } from '../shared/export'
import type { ExportKind } from '../shared/export'
import { systemErrorText } from '../shared/text/systemErrors'
import { isOption, optionValue } from './args'
import type { Command } from './command'
import { loadReportFile } from './load'
import { dashedFile, PUBLISHED_KINDS } from './messages'

const text = {
  summary: '把年报转换为纯文本、网页（可粘贴到网站后台）、Word 文档或 JSON',
  help: `用法：npm run --silent cli -- export <文件> --to txt|html|docx|json [-o <输出文件>] [--fragment]

  <文件>              要转换的年报（.json，或导入功能支持的 ${PUBLISHED_KINDS}）
  --to <格式>         txt 纯文本；html 网页；docx Word 文档（公文格式）；json 年报数据
  -o, --out <文件>    写入这个文件；写 - 表示输出到屏幕。
                      不写时：txt、html、json 输出到屏幕；docx 写在原文件旁边，文件名取报告标题
  --fragment          html 只输出正文片段（粘贴到网站后台编辑器用），不含页面头部
  --help              显示本说明
  --                  其后的参数是文件（用于以“-”开头的文件名）

退出码：0 成功；1 写入失败，或原文件有未能读取的内容（照常写出，这些内容留空）；2 参数有误或原文件无法读取。`,
  missingFile: '请写出要转换的文件，例如：npm run --silent cli -- export 报告.json --to docx',
  missingKind: '请用 --to 写出要转换成的格式：txt、html、docx 或 json',
  badKind: (kind: string) => `不认识的格式“${kind}”，只能是 txt、html、docx 或 json`,
  missingValue: (flag: string) => `${flag} 后面需要写内容`,
  unknownOption: (flag: string) => `不认识的参数“${flag}”${dashedFile(flag)}`,
  extraFile: (file: string) => `一次只能转换一个文件，多写了“${file}”`,
  fragmentOnlyHtml: '--fragment 只用于 --to html',
  unreadable: (file: string, why: string) => `${file}：无法读取：${why}`,
  unread: (file: string, why: string) => `${file}：未能读取（已留空）：${why}`,
  leftBlank: (count: number) => `原文件有 ${count} 处内容未能读取，转换结果中已留空，请对照原文件补填`,
  toCheck: (file: string, what: string) => `${file}：需要核对：${what}`,
  sameAsInput: '输出文件不能与原文件相同，否则原文件会被覆盖',
  written: (path: string) => `已写入 ${path}`,
  writeFailed: (path: string, why: string) => `无法写入 ${path}：${why}`,
  // Node's error codes, said as what to do about them; the code stays for whoever asks the IT desk.
  io: {
    ENOENT: (folder: string) => `文件夹 ${folder} 不存在，请先建好文件夹或换一个位置`,
    EISDIR: (file: string) => `这是一个文件夹，请写出文件名，例如 ${file}`,
    other: (code: string) => `系统错误代码 ${code}`
  }
} as const

interface Options {
  file?: string
  kind?: ExportKind
  out?: string
  fragment: boolean
  help: boolean
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { fragment: false, help: false }
  const file = (a: string): string | undefined => {
    if (o.file !== undefined) return text.extraFile(a)
    o.file = a
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--') {
      // After `--` the argument is the file, a name beginning with '-' too (--x.json).
      for (const rest of args.slice(i + 1)) {
        const wrong = file(rest)
        if (wrong) return wrong
      }
      break
    }
    if (a === '--help' || a === '-h') o.help = true
    else if (a === '--fragment') o.fragment = true
    else if (a === '--to' || a.startsWith('--to=')) {
      const { value: v, next } = optionValue(args, i)
      if (!v) return text.missingValue('--to')
      if (!(EXPORT_KINDS as readonly string[]).includes(v.toLowerCase())) return text.badKind(v)
      o.kind = v.toLowerCase() as ExportKind
      i = next
    } else if (a === '-o' || a === '--out' || a.startsWith('--out=')) {
      const { value: v, next } = optionValue(args, i)
      if (!v) return text.missingValue(a.startsWith('--out') ? '--out' : '-o')
      o.out = v
      i = next
    } else if (isOption(a)) return text.unknownOption(a)
    else {
      const wrong = file(a)
      if (wrong) return wrong
    }
  }
  return o
}

function writeStdout(data: string | Uint8Array): Promise<void> {
  return new Promise((done, fail) => process.stdout.write(data, (e) => (e ? fail(e) : done())))
}

export const exportCommand: Command = {
  summary: text.summary,
  help: text.help,
  async run(args) {
    const o = parseArgs(args)
    if (typeof o === 'string') {
      console.error(o)
      return 2
    }
    if (o.help) {
      console.log(text.help)
      return 0
    }
    if (!o.file) return fail(text.missingFile)
    if (!o.kind) return fail(text.missingKind)
    if (o.fragment && o.kind !== 'html') return fail(text.fragmentOnlyHtml)

    const { report, problems, toCheck } = await loadReportFile(o.file)
    if (!report) return fail(text.unreadable(o.file, problems.join('；')))
    for (const p of problems) console.error(text.unread(o.file, p))
    for (const p of toCheck) console.error(text.toCheck(o.file, p))

    let result
    try {
      result = await exportReport(report, o.kind, { html: o.fragment ? 'fragment' : 'document' })
    } catch (e) {
      // exportReport's messages are already Chinese and say what failed
      console.error(e instanceof Error ? e.message : String(e))
      return 1
    }
    const toStdout = o.out === '-' || (o.out === undefined && typeof result.data === 'string')
    if (toStdout) {
      // On a screen or in a pipe the byte-order mark is noise; files keep it for old Notepad.
      const data = typeof result.data === 'string' ? result.data.replace(UTF8_BOM, '') : result.data
      await writeStdout(data)
      return done(problems.length)
    }
    const path = resolve(o.out ?? join(dirname(o.file), result.fileName))
    if (path === resolve(o.file)) return fail(text.sameAsInput)
    try {
      await writeFile(path, result.data)
    } catch (e) {
      console.error(text.writeFailed(path, writeError(e, path, result.fileName)))
      return 1
    }
    console.error(text.written(path))
    return done(problems.length)
  }
}

/** Written: 0, or 1 when what was not read went out blank, as `check` counts it a defect of the file. */
function done(unread: number): number {
  if (!unread) return 0
  console.error(text.leftBlank(unread))
  return 1
}

/**
 * Why writing `path` failed, in Chinese; `name` is the file name to suggest when -o named a folder.
 */
function writeError(e: unknown, path: string, name: string): string {
  const code = (e as NodeJS.ErrnoException).code
  const io = text.io
  switch (code) {
    case 'EISDIR':
      return io.EISDIR(join(path, name))
    case 'ENOENT':
      return io.ENOENT(dirname(path))
    default:
      // the rest as the editor says them
      return code ? (systemErrorText(code) ?? io.other(code)) : (e as Error).message
  }
}

function fail(message: string): number {
  console.error(message)
  return 2
}
