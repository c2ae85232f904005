// What a paste holds, as text: its plain text, or — where a page or program put only HTML on the clipboard
// (some web editors and OA systems do) — the figures of its first table, a tab between cells, as a sheet
// copies them. Without this such a paste did nothing, and said nothing.
export function pastedText(data: Pick<DataTransfer, 'getData'>): string {
  const plain = data.getData('text/plain')
  if (plain.trim() !== '') return plain
  const html = data.getData('text/html')
  if (!/<table[\s>]/i.test(html)) return plain
  const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table')
  if (!table) return plain
  return [...table.rows]
    .map((row) => [...row.cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\t'))
    .join('\n')
}
