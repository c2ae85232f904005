// A text area's whole text replaced as if typed: one edit the browser's own Ctrl+Z in that text takes back
// (form.setValue would wipe its undo history), with the caret and the view left where they were.
export function writeThrough(el: HTMLTextAreaElement, text: string, keepFocus = false): boolean {
  const before = document.activeElement
  const { selectionStart, selectionEnd, scrollTop } = el
  el.focus()
  el.select()
  if (!document.execCommand?.('insertText', false, text)) return false
  el.setSelectionRange(Math.min(selectionStart, text.length), Math.min(selectionEnd, text.length))
  el.scrollTop = scrollTop
  // Written from a button elsewhere (生成文字说明): the keyboard stays on it.
  if (keepFocus && before instanceof HTMLElement) before.focus()
  return true
}
