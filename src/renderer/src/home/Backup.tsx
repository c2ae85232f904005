import { useState } from 'react'
import type { AppApi } from '@shared/api'
import { todayIso } from '@shared/model/publication'
import { saveInPieces, utf8Pieces } from '../bridge/savePieces'
import { BackupError, exportBackupParts, importBackup } from '../drafts'
import { errorText } from '../errors'
import { H } from './text'

const filters = [{ name: H.backupFilter, extensions: ['json'] }]
// Spelled out so files that only import this (tests) type-check without the renderer's env.d.ts.
const api = (): AppApi => (window as unknown as { api: AppApi }).api
// The day on the official's calendar: by UTC, a backup made in Beijing before 8 a.m. was dated the day before.
const stamp = () => todayIso()

/**
 * 备份全部报告 through the app's file bridge (a dialog in Electron, a download in a browser): what to say.
 * `onWriting` is told once the file has a place: a city's years of drafts take seconds to write out.
 */
export async function backupAll(onWriting?: () => void): Promise<string | undefined> {
  try {
    const r = await saveInPieces(
      api(),
      { suggestedName: `年报编辑器备份-${stamp()}.json`, filters, purpose: 'backup' },
      backupPieces(),
      onWriting
    )
    return r.saved ? H.backupSaved(r.path) : undefined
  } catch (e) {
    return H.failed(errorText(e))
  }
}

/**
 * The backup file's UTF-8 bytes in pieces, never one string nor one array: hundreds of megabytes would
 * fit in neither. Read from the drafts only when the first piece is asked for, once the dialog has a place.
 */
async function* backupPieces(): AsyncGenerator<Uint8Array> {
  yield* utf8Pieces(await exportBackupParts())
}

/** 从备份恢复: a file chosen, merged into the drafts; what to say (nothing when no file was chosen). */
export async function restoreFromBackup(onReading?: () => void): Promise<string | undefined> {
  try {
    const file = await api().openFile({ filters, purpose: 'backup' })
    if (!file) return undefined
    // Years of history take seconds to merge: said, so the window does not seem stuck.
    onReading?.()
    // Opened and saved again in Notepad, it may be GBK (“ANSI”) or UTF-16 (“Unicode”), every character intact.
    const { decodeBytes } = await import('@shared/import/decode')
    return H.backupMerged(await importBackup(decodeBytes(file.data).text))
  } catch (e) {
    // A BackupError says what is wrong with the file, in its own words; anything else is a failure.
    return e instanceof BackupError ? e.message : H.failed(errorText(e))
  }
}

/** The home screen's buttons for backupAll and restoreFromBackup (the menu has them too). */
export function BackupButtons({ onMessage }: { onMessage(text: string): void }) {
  // One at a time: a second press while a backup is written or merged is ignored (not disabled: the
  // keyboard stays on the button).
  const [busy, setBusy] = useState(false)
  const run = async (work: () => Promise<string | undefined>): Promise<void> => {
    if (busy) return
    setBusy(true)
    try {
      const text = await work()
      if (text) onMessage(text)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button
        type="button"
        aria-disabled={busy || undefined}
        onClick={() => void run(() => backupAll(() => onMessage(H.backingUp)))}
      >
        {H.backup}
      </button>
      <button
        type="button"
        aria-disabled={busy || undefined}
        onClick={() => void run(() => restoreFromBackup(() => onMessage(H.restoring)))}
      >
        {H.restoreBackup}
      </button>
    </>
  )
}
