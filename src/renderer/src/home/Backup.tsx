import type { AppApi } from '@shared/api'
import { BackupError, exportBackup, importBackup } from '../drafts'
import { errorText } from '../errors'
import { H } from './text'

const filters = [{ name: H.backupFilter, extensions: ['json'] }]
// Spelled out so files that only import this (tests) type-check without the renderer's env.d.ts.
const api = (): AppApi => (window as unknown as { api: AppApi }).api
const stamp = () => new Date().toISOString().slice(0, 10)

/** 备份全部报告 / 从备份恢复 through the app's file bridge (dialogs in Electron, downloads in a browser). */
export function BackupButtons({ onMessage }: { onMessage(text: string): void }) {
  const save = async () => {
    try {
      const data = await exportBackup()
      const r = await api().saveFile({ suggestedName: `年报编辑器备份-${stamp()}.json`, filters, data })
      if (r.saved) onMessage(H.backupSaved(r.path))
    } catch (e) {
      onMessage(H.failed(errorText(e)))
    }
  }
  const restore = async () => {
    try {
      const file = await api().openFile({ filters, purpose: 'backup' })
      if (!file) return
      // Opened and saved again in Notepad, it may be GBK (“ANSI”) or UTF-16 (“Unicode”), every character intact.
      const { decodeBytes } = await import('@shared/import/decode')
      const result = await importBackup(decodeBytes(file.data).text)
      onMessage(H.backupMerged(result))
    } catch (e) {
      // A BackupError says what is wrong with the file, in its own words; anything else is a failure.
      onMessage(e instanceof BackupError ? e.message : H.failed(errorText(e)))
    }
  }
  return (
    <>
      <button type="button" onClick={() => void save()}>
        {H.backup}
      </button>
      <button type="button" onClick={() => void restore()}>
        {H.restoreBackup}
      </button>
    </>
  )
}
