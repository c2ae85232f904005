import { useState } from 'react'
import type { DraftSession } from './types'
import { text } from './messages'

/**
 * 已保存 / 保存中… / 保存失败：… 正在重试. Shown always; said aloud only when it matters: a failure at once,
 * and the save that ends it. (Said on every edit, 保存中…已保存 would follow each cell a screen reader reads.)
 * Both live regions are in the page from the start, as screen readers expect.
 */
export function SaveIndicator({ session }: { session: Pick<DraftSession, 'saveState' | 'saveError'> }) {
  const failed = session.saveState === 'error'
  // Followed as the state changes (during render, not in an effect): failing since an error; recovered
  // once saved after one, which stays said until the next failure.
  const [seen, setSeen] = useState({ state: session.saveState, failing: failed, recovered: false })
  if (seen.state !== session.saveState) {
    const saved = session.saveState === 'saved'
    setSeen({
      state: session.saveState,
      failing: failed || (seen.failing && !saved),
      recovered: failed ? false : seen.recovered || (seen.failing && saved)
    })
  }
  const recovered = seen.recovered
  return (
    <>
      <span
        className={`save-indicator save-${session.saveState}`}
        style={failed ? { color: '#b00020', fontWeight: 600 } : { color: '#555' }}
      >
        {failed ? session.saveError : session.saveState === 'saving' ? text.saving : text.saved}
      </span>
      <span className="sr-only" role="alert">
        {failed ? session.saveError : ''}
      </span>
      <span className="sr-only" aria-live="polite">
        {recovered ? text.savedAgain : ''}
      </span>
    </>
  )
}
