import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { SaveIndicator } from '@renderer/drafts/SaveIndicator'
import type { SaveState } from '@renderer/drafts/types'

describe('SaveIndicator', () => {
  it('shows every state, but says aloud only a failure and the save that ends it', () => {
    const at = (saveState: SaveState, saveError?: string) => ({ saveState, saveError })
    const { rerender, container } = render(<SaveIndicator session={at('saved')} />)
    const polite = container.querySelector('[aria-live="polite"]')!
    const alert = screen.getByRole('alert')
    // an ordinary edit: shown, not said
    rerender(<SaveIndicator session={at('saving')} />)
    expect(screen.getByText('保存中…')).toBeTruthy()
    rerender(<SaveIndicator session={at('saved')} />)
    expect([polite.textContent, alert.textContent]).toEqual(['', ''])
    // a failure: said at once
    const why = '保存失败：磁盘空间不足，正在重试（内容仍在本窗口中，请勿关闭）'
    rerender(<SaveIndicator session={at('error', why)} />)
    expect(alert.textContent).toBe(why)
    rerender(<SaveIndicator session={at('saving')} />)
    expect(polite.textContent).toBe('')
    // saved again: the recovery is said, and the alert is over
    rerender(<SaveIndicator session={at('saved')} />)
    expect(polite.textContent).toBe('已恢复保存，修改都已保存')
    expect(alert.textContent).toBe('')
  })
})
