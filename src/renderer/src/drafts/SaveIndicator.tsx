import type { DraftSession } from './types'
import { text } from './messages'

/** 已保存 / 保存中… / 保存失败：… 正在重试 — polite for screen readers, assertive on failure. */
export function SaveIndicator({ session }: { session: Pick<DraftSession, 'saveState' | 'saveError'> }) {
  const failed = session.saveState === 'error'
  return (
    <span
      className={`save-indicator save-${session.saveState}`}
      role={failed ? 'alert' : 'status'}
      aria-live={failed ? 'assertive' : 'polite'}
      style={failed ? { color: '#b00020', fontWeight: 600 } : { color: '#555' }}
    >
      {failed ? session.saveError : session.saveState === 'saving' ? text.saving : text.saved}
    </span>
  )
}
