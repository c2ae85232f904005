// The only door from the page to main: one API object, one method per IPC channel. Raw ipcRenderer is
// never exposed, and the page cannot name a channel.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { AppApi, IpcArg, IpcChannel, IpcResult, MenuCommand } from '@shared/api'

const invoke = <C extends IpcChannel>(channel: C, arg: IpcArg<C>): Promise<IpcResult<C>> =>
  ipcRenderer.invoke(channel, arg)

const api = {
  saveFile: (req) => invoke('file:save', req),
  openFile: (req) => invoke('file:open', req),
  printPdf: (req) => invoke('file:printPdf', req),
  openExternal: (url) => invoke('shell:openExternal', { url }),
  info: () => invoke('app:info', undefined),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command)
    ipcRenderer.on('menu:command', forward)
    return () => {
      ipcRenderer.removeListener('menu:command', forward)
    }
  }
} satisfies AppApi

contextBridge.exposeInMainWorld('api', api)
