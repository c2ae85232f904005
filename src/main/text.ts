// Every user-visible string of the main process, in one place.
export const APP_TITLE = '信息公开年报编辑器'

export const dialogText = {
  saveTitle: '导出报告',
  backupTitle: '备份全部报告',
  saveButton: '保存',
  pdfTitle: '导出 PDF',
  pdfFilter: 'PDF 文件',
  replaceTitle: '文件已存在',
  replaceMessage: (name: string) => `“${name}”已存在，要替换它吗？`,
  replaceDetail: (folder: string) => `位置：${folder}\n替换后，原文件的内容将被覆盖。`,
  replaceConfirm: '替换',
  replaceCancel: '取消',
  openTitle: '导入报告',
  restoreTitle: '从备份恢复',
  openButton: '打开',
  openManyTitle: '批量检查：选择要检查的报告（可多选）',
  openManyButton: '检查',
  externalTitle: '打开外部链接',
  externalMessage: '要在系统浏览器中打开下面的网址吗？',
  externalOpen: '打开',
  externalCancel: '取消',
  externalFailedMessage: '未能在系统浏览器中打开这个网址。',
  externalFailedDetail: (href: string) =>
    `${href}\n\n请检查电脑是否设置了默认浏览器，或在浏览器的地址栏中输入上面的网址。`,
  unsavedTitle: '还有修改没有保存',
  unsavedMessage: '报告最近的修改还没有保存完。',
  unsavedDetail:
    '如果正在保存，稍等一下就好；如果窗口中显示“保存失败”，请先按提示处理（例如腾出磁盘空间），显示“已保存”后再关闭。现在关闭，这些修改会丢失。',
  unsavedStay: '不关闭，等待保存',
  unsavedLeave: '仍然关闭（丢失修改）',
  aboutTitle: `关于${APP_TITLE}`,
  aboutDetail: (version: string) =>
    `版本 ${version}\n按照国办公开办函〔2021〕30号格式编写政府信息公开工作年度报告。\n本软件不联网，所有数据保存在本机。`
} as const

export const errorText = {
  untrustedSender: '拒绝来自未知页面的请求。',
  invalidArgument: (channel: string, detail: string) => `请求参数无效（${channel}）：${detail}`,
  fileTooLarge: (mb: number) => `文件过大（超过 ${mb} MB），无法导入。`,
  backupTooLarge: (mb: number) => `备份文件过大（超过 ${mb} MB），无法恢复。`,
  tooManyFiles: (n: number) => `一次最多检查 ${n} 个文件，请分批选择。`,
  batchFull: (mb: number) =>
    `这次选择的文件合计超过 ${mb} MB，此文件及其后的文件没有读取，请检查完后再选择它们（结果会累加）。`,
  // Said after 无法读取： in 批量检查's row. Node's own words are English: only its code is kept, for whoever helps.
  fileGone: '文件已不存在或已被移动。',
  fileDenied: '没有权限读取此文件。',
  fileReadFailed: (code: string) => `读取文件时出错（${code}）。`,
  noWindow: '主窗口尚未打开。',
  // A save in pieces (file:saveBegin, saveAppend, saveEnd)
  saveTooLarge: (gb: number) => `文件过大（超过 ${gb} GB），没有保存。`,
  tooManySaves: (n: number) => `已有 ${n} 个文件正在保存，请等它们保存完再试。`,
  saveNotOpen: '这次保存已经结束或已取消，请重新保存。',
  noNewFileHere: '这个文件夹不允许新建文件，无法在这里保存，请换一个文件夹。'
} as const

export const menuText = {
  file: '文件',
  newReport: '新建报告',
  import: '导入…',
  export: '导出',
  exportTxt: '纯文本（.txt）',
  exportHtml: '网页（.html）',
  exportDocx: 'Word（.docx）',
  exportPdf: 'PDF',
  exportJson: '数据（.json）',
  snapshot: '保存快照',
  copyHtml: '复制到网站',
  preview: '预览',
  batch: '批量检查…',
  history: '历史版本…',
  backup: '备份全部报告…',
  restore: '从备份恢复…',
  home: '返回首页',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  devTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullscreen: '全屏',
  help: '帮助',
  guide: '使用说明',
  about: '关于'
} as const
