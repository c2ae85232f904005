import { useId, useState, type FormEvent } from 'react'
import { Dialog } from '../Dialog'
import { HT } from './text'
import './history.css'

/**
 * Asks for a snapshot's name (Ctrl+S) in the page itself: Electron has no window.prompt.
 * `onSave` receives the trimmed name, or undefined for an unnamed snapshot.
 */
export function SnapshotDialog({ onSave, onCancel }: { onSave(name?: string): void; onCancel(): void }) {
  const uid = useId()
  const [name, setName] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSave(name.trim() || undefined)
  }
  return (
    <Dialog className="modal-backdrop snapshot-dialog" labelledBy={`${uid}-title`} onClose={onCancel}>
      <form onSubmit={submit}>
        <h2 id={`${uid}-title`}>{HT.snapshotTitle}</h2>
        <label htmlFor={`${uid}-name`}>{HT.snapshotName}</label>
        <input
          id={`${uid}-name`}
          value={name}
          placeholder={HT.snapshotPlaceholder}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
        <button type="submit">{HT.snapshotSave}</button>
        <button type="button" onClick={onCancel}>
          {HT.cancel}
        </button>
      </form>
    </Dialog>
  )
}
