import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { parseReportJson } from '@shared/model/json'
import type { Report } from '@shared/model/report'

export const fixturePath = (name: string) => `test/fixtures/reports/${name}`

/** A fixture report, asserting that it reads without problems. */
export function loadFixture(name: string): Report {
  const { report, problems } = parseReportJson(readFileSync(fixturePath(name), 'utf8'))
  expect(problems).toEqual([])
  return report!
}
