// A text area does not scroll to a selection made by script (Chromium scrolls only to the element on focus),
// so the selection's line is found with an off-screen copy of the text laid out as the text area lays it out.

const COPIED = [
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'lineHeight',
  'letterSpacing',
  'tabSize'
] as const

/** Select [start, end) in `area` and scroll it so that the selection's first line is in view. */
export function selectAndReveal(area: HTMLTextAreaElement, start: number, end: number): void {
  area.setSelectionRange(start, end)
  const style = getComputedStyle(area)
  const copy = document.createElement('div')
  for (const p of COPIED) copy.style[p] = style[p]
  Object.assign(copy.style, {
    // The text area's inner width: without its border and scroll bar, with its padding.
    boxSizing: 'border-box',
    width: `${area.clientWidth}px`,
    position: 'absolute',
    visibility: 'hidden',
    top: '0',
    left: '-9999px',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    height: 'auto'
  })
  copy.textContent = area.value.slice(0, start)
  const mark = document.createElement('span')
  mark.textContent = '\u200b'
  copy.append(mark)
  document.body.append(copy)
  const top = mark.offsetTop - parseFloat(style.paddingTop || '0')
  copy.remove()
  if (top < area.scrollTop || top > area.scrollTop + area.clientHeight - mark.offsetHeight * 2)
    area.scrollTop = Math.max(0, top - area.clientHeight / 3)
}

/** The nearest ancestor that scrolls up and down: where a sticky heading or line sticks. */
export function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement)
    if (/auto|scroll/.test(getComputedStyle(p).overflowY)) return p
  return null
}
