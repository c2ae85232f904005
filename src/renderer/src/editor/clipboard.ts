// What a paste holds, as text: its plain text, or — where a page or program put only HTML on the clipboard
// (some web editors and OA systems do) — what the HTML shows: the figures of its table, a tab between
// cells, as a sheet copies them (the innermost table, a page's layout table being around it), else its
// text. Without this such a paste did nothing, or emptied the cell, and said nothing.
export function pastedText(data: Pick<DataTransfer, 'getData'>): { text: string; fromHtml: boolean } {
  const plain = data.getData('text/plain')
  const html = plain.trim() === '' ? data.getData('text/html') : ''
  if (html.trim() === '') return { text: plain, fromHtml: false }
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const table = [...doc.querySelectorAll('table')].find((t) => !t.querySelector('table'))
  const cellText = (c: Element) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()
  const text = table
    ? [...table.rows].map((row) => [...row.cells].map(cellText).join('\t')).join('\n')
    : cellText(doc.body)
  return { text, fromHtml: true }
}
