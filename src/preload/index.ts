// The only door from the page to main: one API object, one method per IPC channel. Raw ipcRenderer is
// never exposed, and the page cannot name a channel.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { AppApi, IpcArg, IpcChannel, IpcEvents, IpcResult } from '@shared/api'

const invoke = <C extends IpcChannel>(channel: C, arg: IpcArg<C>): Promise<IpcResult<C>> =>
  ipcRenderer.invoke(channel, arg)

const MENU_COMMAND = 'menu:command' satisfies keyof IpcEvents

const api = {
  saveFile: (req) => invoke('file:save', req),
  beginSave: (req) => invoke('file:saveBegin', req),
  appendSave: (req) => invoke('file:saveAppend', req),
  endSave: (req) => invoke('file:saveEnd', req),
  openFile: (req) => invoke('file:open', req),
  openFiles: (req) => invoke('file:openMany', req),
  printPdf: (req) => invoke('file:printPdf', req),
  openExternal: (url) => invoke('shell:openExternal', { url }),
  copyToClipboard: (req) => invoke('clipboard:write', req),
  info: () => invoke('app:info', undefined),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: IpcEvents[typeof MENU_COMMAND]) => listener(command)
    ipcRenderer.on(MENU_COMMAND, forward)
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND, forward)
    }
  }
} satisfies AppApi

contextBridge.exposeInMainWorld('api', api)
