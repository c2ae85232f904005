// Which of several reports on one page to import (seed 002 holds four). The import runs outside React
// (actions.ts); the dialog that asks lives in the app's tree (ReportChoice), and the two meet here.

export interface Asked {
  titles: readonly string[]
  /** The one whose tables were read most completely: offered first. */
  suggested: number
  answer(index: number | undefined): void
}

let show: ((asked: Asked | undefined) => void) | undefined

/** Set by the mounted dialog; undefined when it unmounts. */
export function answerWith(listener: typeof show): void {
  show = listener
}

/** The person's choice, or undefined when they cancel. Without a dialog mounted, the suggested one. */
export function askReport(titles: readonly string[], suggested: number): Promise<number | undefined> {
  const ask = show
  if (!ask) return Promise.resolve(suggested)
  return new Promise((resolve) =>
    ask({
      titles,
      suggested,
      answer(index) {
        ask(undefined)
        resolve(index)
      }
    })
  )
}
