// The Chinese application menu. Commands that concern the report go to the renderer as `menu:command`.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/api'
import { menuText as t } from './text'

export interface MenuDeps {
  isDev: boolean
  send(command: MenuCommand): void
  showAbout(): void
}

export function menuTemplate({ isDev, send, showAbout }: MenuDeps): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd)
  })
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  return [
    {
      label: t.file,
      submenu: [
        command(t.newReport, 'new', 'CmdOrCtrl+N'),
        command(t.import, 'import', 'CmdOrCtrl+O'),
        command(t.batch, 'batch'),
        // Each format once, in the order of the toolbar's 导出; PDF keeps the key printing has everywhere.
        {
          label: t.export,
          submenu: [
            command(t.exportTxt, 'export-txt'),
            command(t.exportHtml, 'export-html'),
            command(t.exportDocx, 'export-docx'),
            command(t.exportPdf, 'export-pdf', 'CmdOrCtrl+P'),
            command(t.exportJson, 'export-json')
          ]
        },
        command(t.copyHtml, 'copy-html', 'CmdOrCtrl+Shift+C'),
        separator,
        command(t.snapshot, 'snapshot', 'CmdOrCtrl+S'),
        command(t.history, 'history'),
        separator,
        command(t.backup, 'backup'),
        command(t.restore, 'restore'),
        separator,
        command(t.home, 'home'),
        separator,
        { label: t.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' }
      ]
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        separator,
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' }
      ]
    },
    {
      label: t.view,
      submenu: [
        command(t.preview, 'preview', 'CmdOrCtrl+Shift+P'),
        separator,
        ...(isDev
          ? [
              { label: t.reload, role: 'reload' } as const,
              { label: t.devTools, role: 'toggleDevTools' } as const,
              separator
            ]
          : []),
        { label: t.resetZoom, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        separator,
        { label: t.fullscreen, role: 'togglefullscreen' }
      ]
    },
    {
      label: t.help,
      submenu: [command(t.guide, 'help', 'F1'), separator, { label: t.about, click: () => showAbout() }]
    }
  ]
}
