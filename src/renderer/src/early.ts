// Imported first by main.tsx, so that it runs before React and the editor are evaluated: the draft named
// in the address starts opening (lock and read) while the rest of the page's code is still starting.
// It imports drafts/startup itself rather than the drafts index, which would evaluate Dexie first.
import { draftInAddress } from './address'
import { startOpening } from './drafts/startup'

const id = draftInAddress()
if (id) startOpening(id)
