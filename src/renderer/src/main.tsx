import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { draftInAddress } from './address'
import { installBridge } from './bridge/browser'
import { preopenDraftSession } from './drafts'
import './styles.css'

installBridge()
// A draft named in the address starts opening now, while React renders its first frame.
const openAtStart = draftInAddress()
if (openAtStart) preopenDraftSession(openAtStart)
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
