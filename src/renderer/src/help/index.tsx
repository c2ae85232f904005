// 使用说明 loads on first use: nobody needs it to start the app.
import { lazy, Suspense } from 'react'
import type { FormatDecl } from '@shared/formats'

const Help = lazy(() => import('./Help'))

// The format comes from the caller, which has it already: imported here, it would split the formats out of
// the startup script into a chunk of their own, one more request before the first frame.
export function HelpDialog(props: { format: FormatDecl; onClose(): void }) {
  return (
    <Suspense fallback={null}>
      <Help {...props} />
    </Suspense>
  )
}
