// Home (list of drafts, 新建报告) or the editor of one draft (the one named in the address at startup).
import { useCallback, useEffect, useState } from 'react'
import { EditorScreen } from './editor/EditorScreen'
import { importFile } from './editor/actions'
import { Home } from './home/Home'
import { draftInAddress, showDraftInAddress } from './address'

export function App() {
  const [openId, setOpenIdState] = useState<string | null>(draftInAddress)
  const setOpenId = useCallback((id: string | null) => {
    setOpenIdState(id)
    showDraftInAddress(id)
  }, [])
  const onImport = useCallback(() => void importFile().then((r) => r.id && setOpenId(r.id)), [setOpenId])
  // On the home screen the menu can only import; in the editor the editor screen handles the menu.
  useEffect(() => {
    if (openId) return
    return window.api.onMenuCommand((c) => {
      if (c === 'import') onImport()
    })
  }, [openId, onImport])
  if (openId)
    return <EditorScreen key={openId} id={openId} onHome={() => setOpenId(null)} onOpen={setOpenId} />
  return <Home onOpen={setOpenId} onImport={onImport} />
}
