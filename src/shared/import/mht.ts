// A web archive (.mht, .mhtml: “单个文件网页”) → the HTML page it holds. Word and WPS save one, and sites
// publish it, sometimes named .doc: a MIME message whose first text/html part is the page, quoted-printable
// or base64, in the charset its header names.

// shared code is typed without DOM or Node; these exist in both.
const web = globalThis as unknown as {
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string }
  TextEncoder: new () => { encode(s: string): Uint8Array }
  atob(s: string): string
}
const utf8 = (s: string): Uint8Array => new web.TextEncoder().encode(s)

// Any header lines (Chrome's open with From and Snapshot-Content-Location; a header may fold onto the next
// lines), then the Content-Type of a multipart/related message.
const HEAD = /^\s*(?:[\w-]+[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*)*?Content-Type[ \t]*:[ \t]*multipart\/related/i

/** Whether `text` opens as a web archive does. */
export const isMht = (text: string): boolean => HEAD.test(text.slice(0, 4096))

interface Part {
  headers: Map<string, string>
  body: string
}

/** Header lines up to the first blank line, folded lines joined; names in lower case. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([\w-]+)\s*:\s*(.*)$/.exec(line)
    if (m) headers.set(m[1].toLowerCase(), m[2].trim())
  }
  return headers
}

function split(message: string): { headers: Map<string, string>; body: string } {
  const m = /\r?\n\r?\n/.exec(message)
  if (!m) return { headers: parseHeaders(message), body: '' }
  return { headers: parseHeaders(message.slice(0, m.index)), body: message.slice(m.index + m[0].length) }
}

const param = (value: string, name: string): string | undefined =>
  new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value)?.slice(1).find(Boolean)

function quotedPrintable(body: string): Uint8Array {
  const s = body.replace(/=\r?\n/g, '')
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    const hex = s[i] === '=' ? s.slice(i + 1, i + 3) : ''
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16))
      i += 2
    } else {
      // The message is ASCII; anything else was written as it stands (UTF-8 in a careless writer).
      const c = s.charCodeAt(i)
      if (c < 0x80) out.push(c)
      else out.push(...utf8(s[i]))
    }
  }
  return Uint8Array.from(out)
}

function base64(body: string): Uint8Array {
  const binary = web.atob(body.replace(/[^A-Za-z0-9+/=]/g, ''))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/**
 * The page's text in the charset its part names, GB2312 and GBK read as GB18030, their superset. A part
 * that names none is UTF-8 if it reads as UTF-8, else what Chinese Windows writes.
 */
function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  const name = charset?.toLowerCase()
  if (name) {
    try {
      return new web.TextDecoder(/^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(name) ? 'gb18030' : name).decode(
        bytes
      )
    } catch {
      // a charset unknown here: read as if none were named
    }
  }
  try {
    return new web.TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new web.TextDecoder('gb18030').decode(bytes)
  }
}

/** The HTML page of a web archive, or undefined when it holds none. */
export function mhtHtml(text: string): string | undefined {
  const top = split(text)
  const boundary = param(top.headers.get('content-type') ?? '', 'boundary')
  const parts: Part[] = boundary
    ? text
        .split(`--${boundary}`)
        .slice(1)
        .map((chunk) => split(chunk.replace(/^\r?\n/, '')))
    : [top]
  const page = parts.find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''))
  if (!page) return undefined
  const encoding = (page.headers.get('content-transfer-encoding') ?? '').toLowerCase()
  const bytes =
    encoding === 'base64'
      ? base64(page.body)
      : encoding === 'quoted-printable'
        ? quotedPrintable(page.body)
        : utf8(page.body)
  const charset = param(page.headers.get('content-type') ?? '', 'charset')
  return decodeText(bytes, charset)
}
