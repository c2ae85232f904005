// A statutory table drawn from its declaration: merged headers as printed, one input per value cell.
import { memo, useCallback, useState } from 'react'
import type { TableDecl } from '@shared/formats'
import { T } from '../text'
import { Cell, type PasteOutcome } from './Cell'
import { useEditor, type CellChange } from './context'

/** What the last write into many cells did (paste, 本年无此项), with the way to take it back. */
interface BatchReport {
  text: string
  refused: string[]
  changes: CellChange[]
}

export const TableGrid = memo(function TableGrid({ table }: { table: TableDecl }) {
  const ctx = useEditor()
  const [report, setReport] = useState<BatchReport | null>(null)
  const onPasted = useCallback(
    (o: PasteOutcome) =>
      setReport({
        text: T.pasted(o.written) + (o.outside > 0 ? T.pasteOutside(o.outside) : ''),
        refused: o.refused,
        changes: o.changes
      }),
    []
  )
  const byKey = new Map(table.cells.map((c) => [c.key, c]))
  const headingId = `table-${table.id}`

  const fillZeros = (): void => {
    const blanks = table.cells.map((c) => `${table.id}:${c.key}`).filter((ref) => ctx.cellText(ref) === '')
    const changes = ctx.setCells(blanks.map((ref) => [ref, '0'] as const))
    setReport({ text: changes.length ? T.zerosFilled(changes.length) : T.noBlanks, refused: [], changes })
  }
  const undo = (changes: CellChange[]): void =>
    setReport({ text: T.undone(ctx.undoCells(changes)), refused: [], changes: [] })

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
      {report && (
        <div className={`paste-report ${report.refused.length ? 'has-refused' : ''}`} role="status">
          <p>{report.text}</p>
          {report.refused.length > 0 && (
            <ul>
              {report.refused.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          {report.changes.length > 0 && !ctx.readOnly && (
            <button type="button" className="link" title={T.undoHint} onClick={() => undo(report.changes)}>
              {T.undo}
            </button>
          )}
          <button type="button" className="link" onClick={() => setReport(null)}>
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
