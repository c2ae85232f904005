import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from '../../../src/main/menu'

type Item = MenuItemConstructorOptions
const sub = (item: Item | undefined) => (item?.submenu ?? []) as Item[]
const find = (items: Item[], label: string) => items.find((i) => i.label === label)

function build(isDev = false) {
  const send = vi.fn()
  const showAbout = vi.fn()
  return { template: menuTemplate({ isDev, send, showAbout }), send, showAbout }
}
const click = (item: Item | undefined) => (item!.click as () => void)()

describe('application menu', () => {
  it('has the four Chinese menus', () => {
    expect(build().template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
  })

  it.each([
    ['新建报告', 'CmdOrCtrl+N', 'new'],
    ['导入…', 'CmdOrCtrl+O', 'import'],
    ['保存快照', 'CmdOrCtrl+S', 'snapshot']
  ])('文件 → %s (%s) sends %s', (label, accelerator, command) => {
    const { template, send } = build()
    const item = find(sub(template[0]), label)
    expect(item?.accelerator).toBe(accelerator)
    click(item)
    expect(send).toHaveBeenCalledWith(command)
  })

  it('导出 offers every format, PDF with Ctrl+P', () => {
    const { template, send } = build()
    const exportMenu = sub(find(sub(template[0]), '导出'))
    // Named as the toolbar's 导出 names them.
    expect(exportMenu.map((i) => i.label)).toEqual([
      '纯文本（.txt）',
      '网页（.html）',
      'Word（.docx）',
      'PDF',
      '数据（.json）'
    ])
    expect(find(exportMenu, 'PDF')?.accelerator).toBe('CmdOrCtrl+P')
    exportMenu.forEach(click)
    expect(send.mock.calls.flat()).toEqual([
      'export-txt',
      'export-html',
      'export-docx',
      'export-pdf',
      'export-json'
    ])
  })

  it('offers each command once: PDF is not also an item of its own under 文件', () => {
    const { template, send } = build(true)
    const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all(sub(i))])
    for (const item of all(template)) if (item.click && item.label !== '关于') click(item)
    const sent = send.mock.calls.flat()
    expect(sent).toContain('export-pdf')
    expect(new Set(sent).size).toBe(sent.length)
  })

  it('退出 quits and no accelerator is used twice', () => {
    const { template } = build(true)
    expect(find(sub(template[0]), '退出')?.role).toBe('quit')
    const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all(sub(i))])
    const accelerators = all(template).flatMap((i) => (i.accelerator ? [i.accelerator] : []))
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('编辑 uses the standard roles', () => {
    const edit = sub(build().template[1]).filter((i) => i.role)
    expect(edit.map((i) => [i.label, i.role])).toEqual([
      ['撤销', 'undo'],
      ['重做', 'redo'],
      ['剪切', 'cut'],
      ['复制', 'copy'],
      ['粘贴', 'paste'],
      ['全选', 'selectAll']
    ])
  })

  it('视图 offers 重新加载 only in development', () => {
    const labels = (dev: boolean) => sub(build(dev).template[2]).map((i) => i.label)
    expect(labels(false)).not.toContain('重新加载')
    expect(labels(true)).toContain('重新加载')
    expect(labels(false)).toEqual(expect.arrayContaining(['实际大小', '放大', '缩小', '全屏']))
  })

  it('帮助 → 使用说明 (F1) sends help', () => {
    const { template, send } = build()
    const item = find(sub(template[3]), '使用说明')
    expect(item?.accelerator).toBe('F1')
    click(item)
    expect(send).toHaveBeenCalledWith('help')
  })

  it('帮助 → 关于 shows the about box', () => {
    const { template, showAbout } = build()
    click(find(sub(template[3]), '关于'))
    expect(showAbout).toHaveBeenCalled()
  })
})
