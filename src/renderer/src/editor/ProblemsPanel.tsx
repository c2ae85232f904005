// Every finding, grouped by where it is, errors first; a click goes to the place to fix it.
import { useEffect, useRef, useState } from 'react'
import type { Finding } from '@shared/checks'
import { T } from '../text'
import { useEditor } from './context'
import { groupFindings, type GroupId } from './findings'
import { useFindings, useHiddenCount } from './store'

export function ProblemsPanel({ onGo }: { onGo(f: Finding): void }) {
  const ctx = useEditor()
  const findings = useFindings(ctx.store)
  const hidden = useHiddenCount(ctx.store)
  const groups = groupFindings(ctx.format, findings ?? [])
  const title = (g: GroupId): string =>
    g === 'header'
      ? T.headerGroup
      : g === 'whole'
        ? T.wholeGroup
        : (ctx.format.sections.find((s) => s.id === g)?.heading ?? g)
  const errors = groups.reduce((n, g) => n + g.errors, 0)
  const warnings = groups.reduce((n, g) => n + g.warnings, 0)
  const said = useCountsSaid(findings ? errors : undefined, warnings)
  // 忽略 takes its finding out of the list, and the focus with it: it goes on to the finding that took its
  // place (or the one before, at the end), not back to the top of the page.
  const panel = useRef<HTMLElement>(null)
  const refocus = useRef<number | null>(null)
  useEffect(() => {
    const at = refocus.current
    if (at === null || !panel.current) return
    refocus.current = null
    const items = panel.current.querySelectorAll<HTMLElement>('li.problem > button:first-child')
    ;(items[Math.min(at, items.length - 1)] ?? panel.current.querySelector<HTMLElement>('h2'))?.focus()
  }, [findings])
  const dismiss = (f: Finding, button: HTMLElement): void => {
    const items = [...(panel.current?.querySelectorAll('li.problem') ?? [])]
    refocus.current = Math.max(0, items.indexOf(button.closest('li') as Element))
    ctx.dismiss(f)
  }
  return (
    <section className="problems" aria-label={T.problems} ref={panel}>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
      <h2 tabIndex={-1}>
        {T.problems}
        {findings && (
          <span className="counts">
            {/* read as 问题：错误 2，提示 0, not 问题错误 2提示 0 */}
            <span className="sr-only">：</span>
            <span className="count is-error">{T.errors(errors)}</span>
            <span className="sr-only">，</span>
            <span className="count is-warning">{T.warnings(warnings)}</span>
          </span>
        )}
      </h2>
      {!findings && <p className="none">{T.checking}</p>}
      {findings && groups.length === 0 && <p className="none">{T.noProblems}</p>}
      {findings && hidden > 0 && (
        <p className="dismissed">
          {T.dismissedCount(hidden)}
          {!ctx.readOnly && (
            <button
              type="button"
              className="link"
              onClick={() => {
                ctx.restoreDismissed()
                // The button goes with what it restored: the panel's heading, which says the new counts,
                // keeps the focus in the panel.
                panel.current?.querySelector('h2')?.focus()
              }}
            >
              {T.restoreDismissed}
            </button>
          )}
        </p>
      )}
      {groups.map((g) => (
        <div key={g.group} className="problem-group">
          <h3>
            {title(g.group)}
            <span className="group-counts">
              <span className="sr-only">：</span>
              {g.errors > 0 && <span className="count is-error">{T.errors(g.errors)}</span>}
              {g.errors > 0 && g.warnings > 0 && <span className="sr-only">，</span>}
              {g.warnings > 0 && <span className="count is-warning">{T.warnings(g.warnings)}</span>}
            </span>
          </h3>
          <ul>
            {g.findings.map((f, i) => (
              <li key={`${f.rule}-${f.cells.join(',')}-${i}`} className={`problem is-${f.severity}`}>
                <button type="button" onClick={() => onGo(f)}>
                  <span className="sev">
                    {T.severity[f.severity]}
                    {/* read as 错误：“总体情况”…, as the headings' counts are, not 错误“总体情况”… */}
                    <span className="sr-only">：</span>
                  </span>
                  {f.message}
                </button>
                {f.severity === 'warning' && !ctx.readOnly && (
                  <button
                    type="button"
                    className="link dismiss"
                    title={T.dismissTitle}
                    aria-label={T.dismissLabel(f.message)}
                    onClick={(e) => dismiss(f, e.currentTarget)}
                  >
                    {T.dismiss}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

/** A number typed into one cell can break sums elsewhere: screen readers hear the counts once they settle. */
const SETTLE_MS = 800

/** The counts as said aloud: after a change, once they have held for SETTLE_MS; not on opening. */
function useCountsSaid(errors: number | undefined, warnings: number): string {
  const [said, setSaid] = useState('')
  const last = useRef<{ errors: number; warnings: number }>(undefined)
  useEffect(() => {
    if (errors === undefined) return
    const before = last.current
    if (!before) {
      last.current = { errors, warnings }
      return
    }
    if (before.errors === errors && before.warnings === warnings) return
    const timer = setTimeout(() => {
      last.current = { errors, warnings }
      setSaid(T.countsChanged(errors, warnings, before.errors))
    }, SETTLE_MS)
    return () => clearTimeout(timer)
  }, [errors, warnings])
  return said
}
