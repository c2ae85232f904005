// The open draft is kept in the address (#draft=<id>), so a reload or a link opens it directly.
const HASH = /^#draft=([\w-]+)$/

export function draftInAddress(): string | null {
  return HASH.exec(window.location.hash)?.[1] ?? null
}

export function showDraftInAddress(id: string | null): void {
  window.history.replaceState(
    null,
    '',
    id ? `#draft=${id}` : window.location.pathname + window.location.search
  )
}
