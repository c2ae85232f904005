import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')!).render(<p>信息公开年报编辑器</p>)
