// Times as the app shows them: local, 2025-01-20 09:05, to the second where two versions may share a minute.
const p = (n: number) => String(n).padStart(2, '0')

export function formatTime(t: number, seconds = false): string {
  const d = new Date(t)
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
  const time = `${p(d.getHours())}:${p(d.getMinutes())}` + (seconds ? `:${p(d.getSeconds())}` : '')
  return `${day} ${time}`
}
