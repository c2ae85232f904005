// Every user-visible text of the drafts module, in one place.
export const text = {
  saved: '已保存',
  saving: '保存中…',
  savedAgain: '已恢复保存，修改都已保存',
  saveFailed: (reason: string) => `保存失败：${reason}，正在重试（内容仍在本窗口中，请勿关闭）`,
  quota: '磁盘空间不足',
  closed: '数据库已关闭',
  aborted: '写入被中止（常见原因是磁盘空间不足）',
  unknownError: '未知错误',
  databaseError: (code: string) => `本地数据库出错（${code}）`,
  sampleMark: '示例',
  // The importer's notes on an imported draft: what could not be read (its errors) apart from what is to be
  // checked (its warnings and notices: a fee read from the words, Traditional characters converted, …).
  importProblemsTitle: '导入说明',
  importProblemsHint: (unread: number, toCheck: number) => {
    const counts = [unread && `${unread} 处内容未能读取`, toCheck && `${toCheck} 处需要核对`]
    const todo = [unread && '补填', toCheck && '核对']
    return `导入时有 ${counts.filter(Boolean).join('，')}，请对照原文件${todo.filter(Boolean).join('和')}。`
  },
  importUnread: '未能读取（已留空，请对照原文件补填）',
  importToCheck: '需要核对',
  dismiss: '知道了',
  dismissHint: '不再显示导入说明（这份报告以后打开时也不再显示）',
  importGo: '点击转到这一处',
  importFilled: '（已补填）',
  importRemoved: '（已删去）',
  fold: '收起',
  unfold: '展开',
  copySuffix: '（副本）',
  originNew: '新建',
  originDuplicate: '复制',
  originLastYear: '从上年报告新建',
  originBackup: '从备份恢复',
  revision: {
    auto: '自动保存的版本',
    snapshot: '快照',
    'before-import': '导入前',
    'before-sum': '汇总前',
    'before-restore': '恢复前',
    'before-rename': '改名前',
    conflict: '另一窗口保存的版本'
  },
  notFound: '找不到这份报告，它可能已被删除。',
  inTrash: '这份报告已删除，在首页的“回收站”中；要继续编辑，请先在回收站中恢复它。',
  // The database will not open (availability.ts): most often this app's last window, still closing.
  unavailable:
    '暂时打不开本机保存报告的数据库：可能是刚关闭的本程序还没有完全退出，或有其他程序正在使用它。正在自动重试，也可以点“重试”。',
  unavailableCode: (code: string) => `（错误代码：${code}）`,
  retry: '重试',
  retrying: '正在重试……',
  openElsewhere: '这份报告正在另一个窗口中编辑：请在那个窗口中修改，或先关闭它再试。',
  revisionNotFound: '找不到这个历史版本。',
  readOnlyRestore: '本窗口为只读，不能恢复历史版本。',
  unsavedRestore:
    '最近的修改还没有保存成功，暂不能恢复历史版本（恢复前的版本要先保存）；正在自动重试，请稍后再试。',
  backup: {
    notJson: '这不是本软件的备份文件：无法读取（文件可能已损坏或不完整）。数据库没有任何改动。',
    foreign: '这不是本软件的备份文件。数据库没有任何改动。',
    report:
      '这是一份报告的 JSON 文件（由“导出”得到），不是备份文件：请在首页用“导入已发布的报告”打开它。数据库没有任何改动。',
    newer: (v: number) => `这个备份来自更新版本的软件（备份格式 ${v}），请先升级本软件。数据库没有任何改动。`,
    damaged: (where: string) => `备份文件已损坏（${where}），已拒绝恢复。数据库没有任何改动。`
  }
} as const
