// Every user-visible text of the history panel, in one place.
export const HT = {
  title: '历史版本',
  snapshotTitle: '保存快照',
  snapshotName: '快照名称',
  snapshotPlaceholder: '例如：报送前定稿（可不填）',
  snapshotSave: '保存',
  cancel: '取消',
  close: '关闭',
  loading: '正在读取……',
  empty: '还没有历史版本。编辑时每 5 分钟自动保存一个版本；按 Ctrl+S 可保存带名称的快照。',
  restore: '恢复',
  readOnly: '此报告正在另一个窗口中编辑，这里只能查看历史版本；要恢复，请在那个窗口中打开“历史版本”。',
  /** Named too: two versions saved within one second differ by their names (自动保存, a snapshot's). */
  restoreLabel: (when: string, name: string) => `恢复 ${when} 的版本（${name}）`,
  restored: (when: string, name: string) =>
    `已恢复到 ${when} 的版本（${name}）。恢复前的内容已另存为“恢复前”版本，可随时再恢复。`,
  failed: (why: string) => `恢复失败：${why}`,
  first: '最早的版本',
  noChange: '无改动',
  changedFrom: '与前一版本相比：',
  cells: (table: string, n: number) => `表${table} ${n} 处`,
  fees: '信息处理费',
  refused: (n: number) => `未通过检查的输入 ${n} 处`,
  meta: {
    agency: '机关名称',
    title: '标题',
    year: '年度',
    agencyKind: '机关类型',
    format: '表格格式',
    published: '发布日期',
    publishBy: '本地发布时限',
    overviewLimit: '本地字数上限'
  }
} as const
