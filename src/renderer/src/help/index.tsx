// 使用说明 loads on first use: nobody needs it to start the app.
import { lazy, Suspense } from 'react'
import type { FormatId } from '@shared/formats'

const Help = lazy(() => import('./Help'))

export function HelpDialog(props: { formatId?: FormatId; onClose(): void }) {
  return (
    <Suspense fallback={null}>
      <Help {...props} />
    </Suspense>
  )
}
