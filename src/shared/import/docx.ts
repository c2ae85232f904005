// Word → HTML with mammoth; the HTML path does the rest. Node's mammoth reads `buffer`, its browser
// build `arrayBuffer`: both are given so that the same shared code runs in the CLI and the renderer.
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer }
  const result = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false })
  return result.value
}
