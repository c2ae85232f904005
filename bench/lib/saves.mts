// What the drafts benches share: a quantile, and autosaves timed by the session itself as an official types.
import type { Page } from 'playwright-core'

export const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
}

/**
 * Types `keys` characters at the end of 一、总体情况 of the open draft, one a save window (the editor writes
 * within 150 ms), and returns each save's duration as the session measured it (performance.measure).
 */
export async function typedSaves(page: Page, keys: number): Promise<number[]> {
  await page.getByRole('textbox', { name: '一、总体情况', exact: true }).click()
  await page.keyboard.press('Control+End')
  await page.evaluate(() => performance.clearMeasures('xxgk:drafts.save'))
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type('字')
    await page.waitForTimeout(260)
  }
  return page.evaluate(() => performance.getEntriesByName('xxgk:drafts.save').map((e) => e.duration))
}
