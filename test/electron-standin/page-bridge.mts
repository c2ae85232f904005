// How values cross between Node (where the stand-in runs the preload) and the page (where the renderer
// runs): bytes as base64, functions as ids called back through the binding. In real Electron the
// contextBridge copies the same kinds of values.

/** Name of the page binding (page.exposeBinding) and of the page-side callback entry. */
export const BINDING = '__electronStandin'
export const CALLBACK = '__electronStandinCallback'

export type Encoded = unknown

export function encode(value: unknown, registerFn: (fn: (...args: unknown[]) => unknown) => number): Encoded {
  if (value instanceof Uint8Array) return { __u8: Buffer.from(value).toString('base64') }
  if (typeof value === 'function') return { __fn: registerFn(value as (...args: unknown[]) => unknown) }
  if (Array.isArray(value)) return value.map((v) => encode(v, registerFn))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v, registerFn)]))
  }
  return value
}

export function decode(value: Encoded, makeFn: (id: number) => (...args: unknown[]) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => decode(v, makeFn))
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.__u8 === 'string') return new Uint8Array(Buffer.from(o.__u8, 'base64'))
    if (typeof o.__fn === 'number') return makeFn(o.__fn)
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, decode(v, makeFn)]))
  }
  return value
}

/**
 * The page side, as plain JavaScript source (a function serialised from TypeScript would carry the
 * compiler's helpers). Defines window[key] with one method per exposed method. A binding call is
 * asynchronous where Electron's contextBridge is synchronous. So a method returns a real Promise, except a
 * subscription (`onX`, by the AppApi convention), which must hand back its unsubscribe function at once:
 * it returns a function that forwards to the preload's unsubscribe once the call has landed.
 */
export function pageBridgeScript(exposed: Record<string, string[]>): string {
  return `(() => {
  const exposed = ${JSON.stringify(exposed)}
  const binding = ${JSON.stringify(BINDING)}
  const callbacks = new Map()
  let nextId = 1
  const toBase64 = (bytes) => { let s = ''; for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]); return btoa(s) }
  const fromBase64 = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
  const encode = (v) => {
    if (v instanceof ArrayBuffer) v = new Uint8Array(v)
    if (ArrayBuffer.isView(v)) return { __u8: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) }
    if (typeof v === 'function') { const id = nextId++; callbacks.set(id, v); return { __fn: id } }
    if (Array.isArray(v)) return v.map(encode)
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]))
    return v
  }
  const decode = (v) => {
    if (Array.isArray(v)) return v.map(decode)
    if (v && typeof v === 'object') {
      if (typeof v.__u8 === 'string') return fromBase64(v.__u8)
      if (typeof v.__fn === 'number') { const id = v.__fn; return (...args) => window[binding]('call', id, args.map(encode)).then(decode) }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]))
    }
    return v
  }
  Object.defineProperty(window, ${JSON.stringify(CALLBACK)}, {
    value: (id, args) => { const f = callbacks.get(id); if (f) f(...args.map(decode)) }
  })
  for (const [key, methods] of Object.entries(exposed)) {
    const api = {}
    for (const method of methods) {
      api[method] = (...args) => {
        const p = window[binding]('invoke', key, method, args.map(encode)).then(decode)
        if (!/^on[A-Z]/.test(method)) return p
        p.catch(() => undefined)
        return (...a) => p.then((r) => (typeof r === 'function' ? r(...a) : undefined))
      }
    }
    Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true })
  }
})()`
}
