// The renderer alone, served in a plain browser (dev:web) with the browser implementation of the bridge.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src')
    }
  },
  plugins: [react()],
  assetsInclude: ['**/*.bcmap'],
  server: { host: '127.0.0.1' }
})
