// A labelled text field bound to the form, marked like a cell when a finding names its ref.
import { useController, type FieldPath } from 'react-hook-form'
import { PROSE_FIXES, type ProseFix } from '@shared/checks/fixes'
import { T } from '../text'
import { writeThrough } from './writeText'
import { useEditor } from './context'
import { domId, type FormValues } from './formModel'
import { useCellStatus } from './store'

interface Props {
  name: FieldPath<FormValues>
  /** The ref findings use for this field, e.g. meta:title or fees:notices. */
  findingRef: string
  label: string
  multiline?: boolean
  rows?: number
  className?: string
  /** For a text area named by a heading shown elsewhere. */
  labelledBy?: string
  inputMode?: 'decimal' | 'numeric' | 'text'
  options?: readonly { value: string; label: string }[]
  placeholder?: string
  /** Shown on hover over the label: when to fill the field. */
  hint?: string
  /** The text to show once the field is left (a number as read, “１２” → 12); the text itself by default. */
  shownAs?: (text: string) => string
}

export function Field({
  name,
  findingRef,
  label,
  multiline,
  rows,
  className,
  labelledBy,
  inputMode,
  options,
  placeholder,
  hint,
  shownAs
}: Props) {
  const ctx = useEditor()
  const { field } = useController({ control: ctx.control, name })
  const status = useCellStatus(ctx.store, findingRef)
  const msgId = domId('msg', findingRef)
  const common = {
    id: domId('f', findingRef),
    name: field.name,
    value: field.value as string,
    onChange: field.onChange,
    onBlur: () => {
      const shown = shownAs?.(field.value as string)
      if (!ctx.readOnly && shown !== undefined && shown !== field.value) field.onChange(shown)
      field.onBlur()
    },
    'aria-invalid': status?.severity === 'error' ? true : undefined,
    'aria-describedby': status ? msgId : undefined,
    title: status ? status.messages.join('\n') : undefined,
    ref: (el: HTMLElement | null) => {
      field.ref(el)
      ctx.register(findingRef, el)
    }
  }
  // Through the text area's own editing, so that Ctrl+Z takes the correction back like any typing.
  const applyFix = (fix: ProseFix): void => {
    const after = PROSE_FIXES[fix](field.value as string)
    const el = document.getElementById(common.id)
    // One edit Ctrl+Z takes back, the caret and the view where the official was (not at a long text's end).
    if (el instanceof HTMLTextAreaElement && writeThrough(el, after)) return
    field.onChange(after)
  }
  const named = labelledBy ? { 'aria-labelledby': labelledBy } : {}
  let control
  if (options)
    control = (
      <select {...common} {...named} disabled={ctx.readOnly}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    )
  else if (multiline) control = <textarea {...common} {...named} rows={rows ?? 8} readOnly={ctx.readOnly} />
  else
    control = (
      <input
        {...common}
        {...named}
        placeholder={placeholder}
        inputMode={inputMode}
        readOnly={ctx.readOnly}
        autoComplete="off"
      />
    )
  return (
    <div className={`field ${className ?? ''} ${status ? `is-${status.severity}` : ''}`}>
      {!labelledBy && (
        <label htmlFor={common.id} title={hint}>
          {label}
        </label>
      )}
      {control}
      {status && (
        <div id={msgId} className={`field-msg is-${status.severity}`}>
          {status.messages.map((m, i) => {
            // The checks ran on the text as it is now, so the words a message quotes are in it.
            const quote = status.quotes[i]
            const fix = status.fixes[i]
            return (
              <p key={m}>
                {m}
                {multiline && fix && !ctx.readOnly && (
                  <button type="button" className="link fix" onClick={() => applyFix(fix)}>
                    {T.proseFix[fix]}
                  </button>
                )}
                {multiline && quote !== undefined && (
                  <button
                    type="button"
                    className="link locate"
                    onClick={() => ctx.showQuote(findingRef, quote, status.quoteNths[i])}
                  >
                    {T.locateQuote}
                  </button>
                )}
              </p>
            )
          })}
        </div>
      )}
    </div>
  )
}
