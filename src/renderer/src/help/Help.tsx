// 使用说明: how the app is used, and the rules of the tables as the format declares them.
import { useEffect, useId, useRef } from 'react'
import type { FormatDecl } from '@shared/formats'
import { describeIdentities } from '@shared/formats/describe'
import { Dialog } from '../Dialog'
import { HT } from './text'
import './help.css'

// Beyond this many places a rule names the first few and keeps the rest folded.
const SHOWN_PLACES = 3

export default function Help({ format, onClose }: { format: FormatDecl; onClose(): void }) {
  const uid = useId()
  // The keyboard starts in the text, so that PageDown and the arrows read on (Esc closes, Tab reaches 关闭).
  const body = useRef<HTMLDivElement>(null)
  useEffect(() => body.current?.focus(), [])
  const rules = describeIdentities(format)
  return (
    <Dialog className="help" labelledBy={`${uid}-title`} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={`${uid}-title`}>{HT.title}</h2>
        <button type="button" onClick={onClose}>
          {HT.close}
        </button>
      </div>
      <div className="help-body" ref={body} tabIndex={0} role="region" aria-labelledby={`${uid}-title`}>
        {HT.sections.map((s) => (
          <section key={s.title}>
            <h3>{s.title}</h3>
            <ul>
              {s.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
        {rules.length > 0 && (
          <section>
            <h3>{HT.rulesTitle(format.name)}</h3>
            <p>{HT.rulesIntro}</p>
            <table className="help-rules">
              <tbody>
                {rules.map((r) => (
                  <tr key={`${r.code}|${r.text}`}>
                    <td className={`severity-${r.severity}`}>{HT.severity[r.severity]}</td>
                    <td>
                      <strong>{r.text}</strong>
                      {r.lastYear && <span className="help-note">{HT.lastYear}</span>}
                      {r.note && <span className="help-note">（{r.note}）</span>}
                      <Places places={r.places} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </Dialog>
  )
}

function Places({ places }: { places: string[] }) {
  if (places.length <= SHOWN_PLACES) return <div className="help-places">{places.join('；')}</div>
  return (
    <details className="help-places">
      <summary>
        {HT.places(places.length)}
        {places.slice(0, SHOWN_PLACES).join('；')}…
      </summary>
      {places.slice(SHOWN_PLACES).join('；')}
    </details>
  )
}
