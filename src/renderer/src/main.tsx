import './early'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { draftInAddress } from './address'
import { installBridge } from './bridge/browser'
import { preopenDraftSession } from './drafts'
import { keepUndoInFocusedField } from './undoScope'
import './styles.css'

installBridge()
keepUndoInFocusedField(document)
const root = createRoot(document.getElementById('root')!)
const render = (): void =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>
  )
// The draft named in the address (its opening began in ./early) is drawn as the first frame, with no
// loading frame before it; a database that is slow to answer delays the page by OPEN_WAIT_MS at most.
const OPEN_WAIT_MS = 400
const openAtStart = draftInAddress()
if (openAtStart) void preopenDraftSession(openAtStart, OPEN_WAIT_MS).then(render)
else render()
