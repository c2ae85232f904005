import type { KeyboardEvent } from 'react'

/**
 * A key pressed while a Chinese IME is composing is the IME's: Enter or Space commits the pinyin, Esc drops it,
 * the arrows go through the candidates. It must not move to another cell or close a dialog. Chromium marks
 * it `isComposing`, and on Windows gives the key that ends the composition keyCode 229 ("Process").
 */
export const composing = (e: KeyboardEvent): boolean =>
  e.nativeEvent.isComposing || e.nativeEvent.keyCode === 229

/** Ctrl+Z (⌘Z) is undo; Ctrl+Y and Ctrl+Shift+Z redo, as in Word and WPS. */
export function undoKey(e: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined
  const k = e.key.toLowerCase()
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo'
  return k === 'y' ? 'redo' : undefined
}
