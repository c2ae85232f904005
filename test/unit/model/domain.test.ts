// A stored value against its cell's domain: decimals are counted on the value, with only the noise of
// binary fractions forgiven, never a real excess of decimals however large the value.
import { describe, expect, it } from 'vitest'
import { domainViolation, hasAtMostDecimals } from '@shared/model/domain'

describe('hasAtMostDecimals', () => {
  it.each([
    [0.1 + 0.2, 2],
    [100.1 + 0.2, 2],
    [2000.35 + 1000.1, 2],
    [96171.6, 4],
    [3481775656, 2],
    [0, 2]
  ])('%d has at most %i decimals (a sum’s noise is not a decimal)', (v, n) => {
    expect(hasAtMostDecimals(v, n)).toBe(true)
  })

  it.each([
    [5000.125, 2],
    [123456.789, 2],
    [98765.43219, 4],
    [1.23456789, 6],
    [3481775656.001, 2],
    [0.0000001, 4],
    [12.5, 0]
  ])('%d has more than %i decimals, large or small', (v, n) => {
    expect(hasAtMostDecimals(v, n)).toBe(false)
  })

  it('judges a 万元 figure of 98765.43219 out of its domain, as the checks and the JSON reader do', () => {
    // Too precise, which is a warning of its own (VAL-04), not a figure of the wrong kind.
    expect(domainViolation(98765.43219, { kind: 'money', unit: '万元', maxDecimals: 4 })).toBe('decimals')
    expect(domainViolation(98765.4321, { kind: 'money', unit: '万元', maxDecimals: 4 })).toBeNull()
  })
})
