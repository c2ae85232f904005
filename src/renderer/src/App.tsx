// Home (list of drafts, 新建报告) or the editor of one draft.
import { useEffect, useState } from 'react'
import { EditorScreen } from './editor/EditorScreen'
import { importFile } from './editor/actions'
import { Home } from './home/Home'

export function App() {
  const [openId, setOpenId] = useState<string | null>(null)
  // On the home screen the menu can only import; in the editor the editor screen handles the menu.
  useEffect(() => {
    if (openId) return
    return window.api.onMenuCommand((c) => {
      if (c === 'import') void importFile().then((r) => r.id && setOpenId(r.id))
    })
  }, [openId])
  if (openId)
    return <EditorScreen key={openId} id={openId} onHome={() => setOpenId(null)} onOpen={setOpenId} />
  return <Home onOpen={setOpenId} />
}
