// A number as a person reads it: never an exponent (1e+21, 1e-7), which no official writes.

export function plainNumber(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString()
  const text = String(value)
  if (!/e/i.test(text)) return text
  return value.toFixed(20).replace(/0+$/, '')
}

/** Without the noise of binary fractions (0.1 + 0.2 is 0.3), but not rounded: 1e-7 stays 0.0000001. */
export const numberText = (value: number): string =>
  plainNumber(Number.isInteger(value) ? value : Number(value.toPrecision(15)))
