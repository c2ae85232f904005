import type { Severity } from '../formats/types'
import type { ProseFix } from './fixes'

/** A check's finding, shaped as report-json.md prints it. */
export interface Finding {
  /** Stable dotted id, e.g. requests.balance. */
  rule: string
  severity: Severity
  message: string
  /** Every cell the rule read, as `table:key`; `sections:<id>`, `meta:title`, `meta:year`, `fees:<key>`. */
  cells: string[]
  /**
   * For a finding about prose: the words it is about, as the checks read the text (checks/text.ts), so that
   * the editor can select them (text/locate.ts). Not part of report-json's findings; the CLI leaves it out.
   */
  quote?: string
  /**
   * Which of the places the quote occurs in that text the finding is about, counted from 0, where the same
   * words occur more than once (上年 and 本年 each “新收申请170件”): the editor selects that one.
   */
  quoteNth?: number
  /** For a finding about prose: the correction the editor offers to apply to the whole text. Editor only. */
  fix?: ProseFix
}
