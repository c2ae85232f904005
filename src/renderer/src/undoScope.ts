// The browser keeps one undo history for the whole page. Ctrl+Z in a section's text, on a button (本年无此项)
// or on an offer (改为 N) would go on to take back typing in a table cell out of sight, blanking a figure
// that is then saved. An undo or redo is let through only where it changes the field that has the focus;
// a cell's Ctrl+Z is its own (Cell.tsx), and the whole draft's is 历史版本.
// The cost: a text's own undo stops at a step of another field typed since (the browser cannot skip it).
const HISTORY = new Set(['historyUndo', 'historyRedo'])

export function keepUndoInFocusedField(doc: Document): () => void {
  const guard = (e: Event): void => {
    if (HISTORY.has((e as InputEvent).inputType) && e.target !== doc.activeElement) e.preventDefault()
  }
  doc.addEventListener('beforeinput', guard, true)
  return () => doc.removeEventListener('beforeinput', guard, true)
}
