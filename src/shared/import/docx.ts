// Word → HTML with mammoth; the HTML path does the rest. Node's mammoth reads `buffer`, its browser
// build `arrayBuffer`: both are given so that the same shared code runs in the CLI and the renderer.
// A static import: tsx (the CLI) cannot resolve a dynamic import('mammoth') from a CommonJS .ts module.
import mammoth from 'mammoth'

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer }
  // Pictures (seals, scans) are not read: encoding them as base64 would cost more than the whole text.
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }))
  const result = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false, convertImage })
  return result.value
}
