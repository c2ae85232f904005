// A statutory table drawn from its declaration: merged headers as printed, one input per value cell.
import { memo, useCallback, useState } from 'react'
import type { TableDecl } from '@shared/formats'
import { T } from '../text'
import { Cell, type PasteOutcome } from './Cell'
import { useEditor } from './context'

export const TableGrid = memo(function TableGrid({ table }: { table: TableDecl }) {
  const ctx = useEditor()
  const [pasted, setPasted] = useState<PasteOutcome | null>(null)
  const onPasted = useCallback((o: PasteOutcome) => setPasted(o), [])
  const byKey = new Map(table.cells.map((c) => [c.key, c]))
  const headingId = `table-${table.id}`

  const fillZeros = (): void => {
    const blanks = table.cells.map((c) => `${table.id}:${c.key}`).filter((ref) => ctx.cellText(ref) === '')
    ctx.setCells(blanks.map((ref) => [ref, '0'] as const))
  }

  return (
    <section className="table-block" aria-labelledby={headingId}>
      <div className="table-head">
        <h3 id={headingId}>{`表${table.number}\u3000${table.title}`}</h3>
        {!ctx.readOnly && (
          <button type="button" className="secondary" title={T.noneThisYearHint} onClick={fillZeros}>
            {T.noneThisYear}
          </button>
        )}
      </div>
      {pasted && (
        <div className={`paste-report ${pasted.refused.length ? 'has-refused' : ''}`} role="status">
          <p>
            {T.pasted(pasted.written)}
            {pasted.outside > 0 && T.pasteOutside(pasted.outside)}
          </p>
          {pasted.refused.length > 0 && (
            <ul>
              {pasted.refused.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          <button type="button" className="link" onClick={() => setPasted(null)}>
            {T.close}
          </button>
        </div>
      )}
      <div className="grid-scroll">
        <table className={`grid grid-${table.id}`}>
          <tbody>
            {table.grid.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => {
                  switch (cell.kind) {
                    case 'header':
                      return (
                        <th key={c} scope="col" rowSpan={cell.rowSpan} colSpan={cell.colSpan}>
                          {cell.text}
                        </th>
                      )
                    case 'label':
                      return (
                        <th
                          key={c}
                          scope="row"
                          className="row-label"
                          rowSpan={cell.rowSpan}
                          colSpan={cell.colSpan}
                        >
                          {cell.text}
                        </th>
                      )
                    case 'blank':
                      return <td key={c} className="void" rowSpan={cell.rowSpan} colSpan={cell.colSpan} />
                    case 'value': {
                      const decl = byKey.get(cell.key)
                      if (!decl) throw new Error(`grid names undeclared cell ${cell.key}`)
                      return (
                        <Cell
                          key={c}
                          table={table}
                          decl={decl}
                          rowSpan={cell.rowSpan}
                          colSpan={cell.colSpan}
                          onPasted={onPasted}
                        />
                      )
                    }
                  }
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
})
