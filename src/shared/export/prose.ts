// A section's prose as paragraphs: one per non-empty line. Leading blanks (the two full-width spaces people
// type to indent) are dropped because every output indents paragraphs itself.

export function paragraphs(prose: string | undefined): string[] {
  return (prose ?? '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '')
}

/** A second-level heading that opens a paragraph, e.g. （一）主动公开。 — drawn in 楷体 in Word. */
export function runInHeading(paragraph: string): { heading: string; rest: string } | null {
  const m = /^([（(][一二三四五六七八九十]{1,3}[）)][^。！？；\n]{0,30}?(?:[。！？；]|$))/.exec(paragraph)
  if (!m) return null
  return { heading: m[1], rest: paragraph.slice(m[1].length) }
}
