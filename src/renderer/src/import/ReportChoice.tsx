import { useEffect, useId, useState, type FormEvent } from 'react'
import { Dialog } from '../Dialog'
import { answerWith, type Asked } from './choice'
import { IT } from './text'
import './import.css'

/** Asks which report of a page holding several to import; mounted once, shown when an import asks. */
export function ReportChoice() {
  const [asked, setAsked] = useState<Asked>()
  useEffect(() => {
    answerWith(setAsked)
    return () => answerWith(undefined)
  }, [])
  return asked ? <Choose key={asked.titles.join('\n')} asked={asked} /> : null
}

function Choose({ asked }: { asked: Asked }) {
  const uid = useId()
  const [picked, setPicked] = useState(asked.suggested)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    asked.answer(picked)
  }
  const cancel = () => asked.answer(undefined)
  return (
    <Dialog className="modal-backdrop report-choice" labelledBy={`${uid}-title`} onClose={cancel}>
      <form onSubmit={submit}>
        <h2 id={`${uid}-title`}>{IT.title(asked.titles.length)}</h2>
        <fieldset>
          <legend>{IT.legend}</legend>
          {asked.titles.map((title, i) => (
            <label key={i}>
              <input
                type="radio"
                name={`${uid}-report`}
                checked={picked === i}
                onChange={() => setPicked(i)}
                autoFocus={i === asked.suggested}
              />
              {title}
              {i === asked.suggested && <span className="hint">{IT.suggested}</span>}
            </label>
          ))}
        </fieldset>
        <p className="hint">{IT.oneAtATime}</p>
        <div className="buttons">
          <button type="submit">{IT.import}</button>
          <button type="button" onClick={cancel}>
            {IT.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
