// The typed IPC handler map: one entry per channel of IpcContract, each argument checked by zod and each
// sender checked to be our own window before the handler runs.
import { z } from 'zod'
import { MAX_SAVE_PIECE_BYTES, type IpcArg, type IpcChannel, type IpcResult } from '@shared/api'
import { errorText } from './text'

const MAX_BYTES = 200 * 1024 * 1024
// A report's HTML is tens of kilobytes; the clipboard is no place for a file.
const MAX_CLIPBOARD = 5 * 1024 * 1024

const fileFilter = z.object({
  name: z.string().min(1).max(60),
  extensions: z
    // or the wildcard alone, for an import dialog's 所有文件 (import/extensions.ts)
    .array(z.string().regex(/^(?:[A-Za-z0-9]{1,10}|\*)$/, '扩展名只能是字母和数字，或单独一个 *'))
    .min(1)
    // the importer's dialogs offer every kind it reads (import/extensions.ts)
    .max(30)
})
const filters = z.array(fileFilter).min(1).max(10)
const suggestedName = z.string().trim().min(1).max(200)
const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_BYTES, '数据过大')
const piece = z
  .instanceof(Uint8Array)
  .refine(
    (b) => b.byteLength <= MAX_SAVE_PIECE_BYTES,
    `每段不能超过 ${MAX_SAVE_PIECE_BYTES / 1024 / 1024} MB`
  )
// piece-saves.ts's: 16 random bytes in hex
const saveToken = z.string().regex(/^[0-9a-f]{32}$/, '保存编号无效')

export const argumentSchemas: { [C in IpcChannel]: z.ZodType<IpcArg<C>> } = {
  'file:save': z.strictObject({
    suggestedName,
    filters,
    data: z.union([z.string().max(MAX_BYTES), bytes])
  }),
  'file:saveBegin': z.strictObject({ suggestedName, filters, purpose: z.literal('backup').optional() }),
  'file:saveAppend': z.strictObject({ token: saveToken, data: piece }),
  'file:saveEnd': z.strictObject({ token: saveToken, commit: z.boolean() }),
  'file:open': z.strictObject({ filters, purpose: z.literal('backup').optional() }),
  'file:openMany': z.strictObject({ filters }),
  'file:printPdf': z.strictObject({ suggestedName, html: z.string().min(1).max(MAX_BYTES) }),
  'shell:openExternal': z.strictObject({ url: z.string().max(2048) }),
  'clipboard:write': z.strictObject({
    html: z.string().min(1).max(MAX_CLIPBOARD),
    text: z.string().min(1).max(MAX_CLIPBOARD)
  }),
  'app:info': z.undefined()
}

export type Handler<C extends IpcChannel> = (arg: IpcArg<C>) => Promise<IpcResult<C>>
export type HandlerMap = { [C in IpcChannel]: Handler<C> }

/** What Electron tells a handler about who sent the message. */
export interface SenderEvent {
  sender: { id: number }
  senderFrame: { url: string; parent: unknown } | null
}

/** Only the top frame of the main window, showing our own renderer, may call main. */
export function isTrustedSender(
  event: SenderEvent,
  mainContentsId: number | undefined,
  isRendererUrl: (url: string) => boolean
): boolean {
  const frame = event.senderFrame
  return (
    mainContentsId !== undefined &&
    event.sender.id === mainContentsId &&
    frame !== null &&
    frame.parent === null &&
    isRendererUrl(frame.url)
  )
}

export interface IpcMainPort {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void
}

/** Wraps a handler with the sender and argument checks; exported for the tests. */
export function guarded<C extends IpcChannel>(
  channel: C,
  handler: Handler<C>,
  isTrusted: (event: SenderEvent) => boolean
): (event: SenderEvent, ...args: unknown[]) => Promise<IpcResult<C>> {
  return async (event, ...args) => {
    if (!isTrusted(event)) throw new Error(errorText.untrustedSender)
    if (args.length > 1) throw new Error(errorText.invalidArgument(channel, '参数过多'))
    const parsed = argumentSchemas[channel].safeParse(args[0])
    if (!parsed.success) {
      throw new Error(
        errorText.invalidArgument(channel, parsed.error.issues.map((i) => i.message).join('；'))
      )
    }
    return handler(parsed.data)
  }
}

export function registerIpc(
  ipcMain: IpcMainPort,
  handlers: HandlerMap,
  isTrusted: (event: SenderEvent) => boolean
): void {
  for (const channel of Object.keys(handlers) as IpcChannel[]) {
    ipcMain.handle(channel, guarded(channel, handlers[channel] as Handler<typeof channel>, isTrusted))
  }
}
