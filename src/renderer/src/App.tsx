// Home (list of drafts, 新建报告), the editor of one draft (the one named in the address at startup), or 批量检查.
import { useCallback, useEffect, useState } from 'react'
import { getFormat } from '@shared/formats'
import { BatchScreen, type Review } from './batch/BatchScreen'
import { EditorScreen } from './editor/EditorScreen'
import { modalOpen } from './Dialog'
import { importFile } from './editor/actions'
import { HelpDialog } from './help'
import { Home, type HomeCommand, type ListView } from './home/Home'
import { ReportChoice } from './import/ReportChoice'
import { draftInAddress, showDraftInAddress } from './address'

export function App() {
  return (
    <>
      <Screen />
      <ReportChoice />
    </>
  )
}

function Screen() {
  const [openId, setOpenIdState] = useState<string | null>(draftInAddress)
  const setOpenId = useCallback((id: string | null) => {
    setOpenIdState(id)
    showDraftInAddress(id)
  }, [])
  // What an import from the home screen said when it opened nothing (a file that could not be read): shown
  // by the home screen in its one place for messages. A new object each time, so the same words show again.
  const [importMessage, setImportMessage] = useState<{ text: string }>()
  // What the last action said as it opened another draft (已导入…): shown by the editor it opened.
  const [carried, setCarried] = useState('')
  const [batch, setBatch] = useState(false)
  const [review, setReview] = useState<Review>()
  // 使用说明 over the home screen or 批量检查 (the editor opens its own, for its report's format).
  const [help, setHelp] = useState(false)
  // What the menu asked of the home screen (新建报告, 备份全部报告, 从备份恢复), from there or from the editor.
  const [homeCommand, setHomeCommand] = useState<HomeCommand>()
  const takeHomeCommand = useCallback(() => setHomeCommand(undefined), [])
  // The draft left by 返回首页, whose row takes the keyboard back.
  const [cameFrom, setCameFrom] = useState<string>()
  const [listView, setListView] = useState<ListView>()
  // Left 批量检查 for home: its 批量检查… button takes the keyboard back.
  const [leftBatch, setLeftBatch] = useState(false)
  // The draft was opened from 批量检查's list: the editor offers the way back to it.
  const [fromBatch, setFromBatch] = useState(false)
  const openWith = useCallback(
    (id: string, message = '') => {
      setFromBatch(false)
      setCameFrom(undefined)
      setLeftBatch(false)
      setCarried(message)
      // Said of an earlier file: it would greet the home screen again when the person comes back.
      setImportMessage(undefined)
      setBatch(false)
      setOpenId(id)
    },
    [setOpenId]
  )
  // Home comes back from 批量检查 with no row to return to.
  const openBatch = useCallback(() => {
    setCameFrom(undefined)
    setLeftBatch(false)
    setBatch(true)
  }, [])
  const leaveBatch = useCallback(() => {
    setLeftBatch(true)
    setBatch(false)
  }, [])
  const onImport = useCallback(
    () =>
      void importFile().then((r) => {
        // A file not chosen takes back what the last one's failure said; a new failure replaces it.
        setImportMessage(!r.id && r.message ? { text: r.message } : undefined)
        if (r.id) openWith(r.id, r.message)
      }),
    [openWith]
  )
  // On the home screen the menu can only import; in the editor the editor screen handles the menu.
  useEffect(() => {
    if (openId) return
    return window.api.onMenuCommand((c) => {
      if (modalOpen()) return
      if (c === 'import') onImport()
      else if (c === 'new' || c === 'backup' || c === 'restore') {
        setBatch(false)
        setHomeCommand({ name: c })
      } else if (c === 'batch') openBatch()
      else if (c === 'home') leaveBatch()
      else if (c === 'help') setHelp(true)
    })
  }, [openId, onImport, openBatch, leaveBatch])
  if (openId)
    return (
      <EditorScreen
        key={openId}
        id={openId}
        initialStatus={carried}
        fromBatch={fromBatch}
        onHome={() => {
          setCameFrom(openId)
          setOpenId(null)
        }}
        onHomeCommand={(c) => {
          // The new report's form takes the keyboard, not the row of the report left.
          setCameFrom(c.name === 'new' ? undefined : openId)
          setOpenId(null)
          setHomeCommand(c)
        }}
        onOpen={openWith}
        onBatch={() => {
          setOpenId(null)
          openBatch()
        }}
      />
    )
  // Away from a report, the rules shown are those of the format in force.
  const helpDialog = help && <HelpDialog format={getFormat('2021')} onClose={() => setHelp(false)} />
  if (batch)
    return (
      <>
        <BatchScreen
          onHome={leaveBatch}
          onOpen={(id) => {
            openWith(id)
            setFromBatch(true)
          }}
          kept={review}
          onReviewed={setReview}
        />
        {helpDialog}
      </>
    )
  return (
    <>
      <Home
        notice={importMessage}
        command={homeCommand}
        onCommandTaken={takeHomeCommand}
        cameFrom={cameFrom}
        cameFromBatch={leftBatch}
        onOpen={openWith}
        onImport={onImport}
        onBatch={openBatch}
        onHelp={() => setHelp(true)}
        kept={listView}
        onListView={setListView}
      />
      {helpDialog}
    </>
  )
}
