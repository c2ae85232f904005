// Display width of text in a monospaced Chinese font (新宋体 in Notepad, a terminal): CJK characters,
// full-width forms and — as Chinese fonts draw them — curly quotes, ellipsis and dashes take two columns.

const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x2014, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2026, 0x2026],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd]
]

export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0
  if (cp < 0x1100) return cp < 0x20 ? 0 : 1
  for (const [from, to] of WIDE) if (cp >= from && cp <= to) return 2
  return 1
}

export function displayWidth(text: string): number {
  let w = 0
  for (const ch of text) w += charWidth(ch)
  return w
}

export function pad(text: string, width: number, align: 'left' | 'right' | 'center'): string {
  const room = Math.max(0, width - displayWidth(text))
  if (align === 'left') return text + ' '.repeat(room)
  if (align === 'right') return ' '.repeat(room) + text
  const left = Math.floor(room / 2)
  return ' '.repeat(left) + text + ' '.repeat(room - left)
}
