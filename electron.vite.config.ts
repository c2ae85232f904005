import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: { resolve: { alias: shared } },
  // package.json has no "type":"module", so the preload is emitted as CommonJS, which a sandboxed preload requires.
  preload: { resolve: { alias: shared } },
  renderer: {
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react()],
    // pdf.js's CMaps, each inlined in a chunk of its own (renderer/src/cmaps.ts)
    assetsInclude: ['**/*.bcmap'],
    build: { minify: true }
  }
})
