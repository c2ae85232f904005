// Home (list of drafts, 新建报告) or the editor of one draft. The open draft is kept in the address
// (#draft=<id>) so a reload, or a link, opens it directly without the home screen.
import { useCallback, useEffect, useState } from 'react'
import { EditorScreen } from './editor/EditorScreen'
import { importFile } from './editor/actions'
import { Home } from './home/Home'

const HASH = /^#draft=([\w-]+)$/

function draftInAddress(): string | null {
  return HASH.exec(window.location.hash)?.[1] ?? null
}

export function App() {
  const [openId, setOpenIdState] = useState<string | null>(draftInAddress)
  const setOpenId = useCallback((id: string | null) => {
    setOpenIdState(id)
    const url = id ? `#draft=${id}` : window.location.pathname + window.location.search
    window.history.replaceState(null, '', url)
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
