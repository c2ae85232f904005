// Every user-visible text of the drafts module, in one place.
export const text = {
  saved: '已保存',
  saving: '保存中…',
  saveFailed: (reason: string) => `保存失败：${reason}，正在重试（内容仍在本窗口中，请勿关闭）`,
  quota: '磁盘空间不足',
  closed: '数据库已关闭',
  unknownError: '未知错误',
  readOnly:
    '此报告已在另一个窗口中打开。本窗口为只读，以免互相覆盖；请在另一个窗口中编辑，或关闭它后重新打开此报告。',
  sampleMark: '示例',
  importProblemsTitle: '导入时未能读取的内容',
  importProblemsHint: (n: number) => `原文件中有 ${n} 处内容未能读取，请对照原文件核对并补填：`,
  dismiss: '知道了',
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
    conflict: '另一窗口保存的版本'
  },
  notFound: '找不到这份报告，它可能已被删除。',
  revisionNotFound: '找不到这个历史版本。',
  readOnlyRestore: '本窗口为只读，不能恢复历史版本。',
  backup: {
    notJson: '这不是本软件的备份文件：无法读取（文件可能已损坏或不完整）。数据库没有任何改动。',
    foreign: '这不是本软件的备份文件。数据库没有任何改动。',
    newer: (v: number) => `这个备份来自更新版本的软件（备份格式 ${v}），请先升级本软件。数据库没有任何改动。`,
    damaged: (where: string) => `备份文件已损坏（${where}），已拒绝恢复。数据库没有任何改动。`
  }
} as const
