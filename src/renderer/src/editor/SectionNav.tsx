import type { SectionId } from '@shared/formats'
import { T } from '../text'
import { useEditor } from './context'
import { groupFindings } from './findings'
import { useFindings } from './store'

export function SectionNav({ current, onSelect }: { current: SectionId; onSelect(id: SectionId): void }) {
  const ctx = useEditor()
  const findings = useFindings(ctx.store) ?? []
  const counts = new Map(groupFindings(ctx.format, findings).map((g) => [g.group, g]))
  return (
    <nav className="section-nav" aria-label={T.sectionNav}>
      <ul>
        {ctx.format.sections.map((s) => {
          const g = counts.get(s.id)
          return (
            <li key={s.id}>
              <button
                type="button"
                aria-label={s.heading}
                aria-current={current === s.id ? 'page' : undefined}
                className={current === s.id ? 'current' : ''}
                onClick={(e) => {
                  // Chosen from the keyboard (a click with no mouse press: Enter or Space), the section's
                  // text takes the focus, so the next keys write in it instead of walking the list on.
                  if (e.detail === 0) ctx.focusRef(`sections:${s.id}`)
                  else onSelect(s.id)
                }}
                title={g ? T.problemCount(g.errors, g.warnings) : T.problemCount(0, 0)}
              >
                <span className="nav-heading">{s.heading}</span>
                {g && (
                  <span className={`badge ${g.errors ? 'is-error' : 'is-warning'}`} aria-hidden="true">
                    {g.errors + g.warnings}
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
