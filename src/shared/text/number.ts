// A number as a person reads it: never an exponent (1e+21, 1e-7), which no official writes.

export function plainNumber(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString()
  const text = String(value)
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!m) return text
  // The shortest digits that read back as the value, shifted by the exponent (only a fraction is left:
  // an integer was written above).
  const [, sign, lead, rest = '', exp] = m
  return `${sign}0.${'0'.repeat(-Number(exp) - 1)}${lead}${rest}`
}

/** Without the noise of binary fractions (0.1 + 0.2 is 0.3), but not rounded: 1e-7 stays 0.0000001. */
export const numberText = (value: number): string =>
  plainNumber(Number.isInteger(value) ? value : Number(value.toPrecision(15)))
