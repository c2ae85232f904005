// A file the importer must read as a report: its result, or the test fails with the importer's message.
import { importReport, type ImportResult } from '@shared/import'

export type Imported = Extract<ImportResult, { ok: true }>

export async function imported(name: string, data: Uint8Array | string): Promise<Imported> {
  const r = await importReport({ name, data })
  if (!r.ok) throw new Error(r.message)
  return r
}
