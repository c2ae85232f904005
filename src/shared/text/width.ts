// Full-width digits, ％ and ． (as Chinese input methods type them) read as their half-width forms.

export const FULL_WIDTH = /[\uFF10-\uFF19\uFF05\uFF0E]/g

export const halfWidth = (text: string): string =>
  text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
