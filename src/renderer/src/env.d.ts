/// <reference types="vite/client" />
import type { AppApi } from '@shared/api'

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or installed by bridge/browser.ts (plain browser). */
    api: AppApi
  }
  interface ImportMetaEnv {
    readonly VITE_APP_VERSION?: string
  }
}
