// Corrections of the prose that a finding can offer and the editor apply in one click. Each is a pure
// function of the text, so what the check found and what the click writes cannot disagree.

const FULL_DIGITS = /[０-９]+(?:．[０-９]+)?/g

/** Runs of full-width digits, with a decimal point typed full-width between them: １７０, １２．５. */
export const fullWidthNumbers = (text: string): string[] => text.match(FULL_DIGITS) ?? []

export const PROSE_FIXES = {
  /** １７０ → 170, １２．５ → 12.5; ％ and the rest of the text stay as typed. */
  halfWidthDigits: (text: string): string =>
    text.replace(FULL_DIGITS, (run) =>
      run.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    )
} satisfies Record<string, (text: string) => string>

export type ProseFix = keyof typeof PROSE_FIXES
