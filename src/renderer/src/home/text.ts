// Every user-visible text of the home screen, in one place.
import type { BackupResult } from '../drafts'
import { LATE_DAYS_COUNTED, T } from '../text'

export const H = {
  appName: '信息公开年报编辑器',
  title: '我的年度报告',
  newReport: '新建报告',
  importReport: '导入已发布的报告',
  batch: '批量检查…',
  batchHint: '一次检查多份已发布的报告（例如下级机关的年报），不保存为草稿',
  help: T.help,
  helpHint: T.helpHint,
  newFormTitle: '新建报告',
  agency: '机关名称',
  agencyPlaceholder: '例如：某某市某某区人民政府',
  year: '年度',
  format: '表格格式',
  kind: '机关类型',
  government: '人民政府',
  // as the editor's 机关类型 names it
  department: '政府部门及其他机关',
  lastYear: '上年报告（用于上年结转和跨年检查）',
  noLastYear: '不使用',
  create: '创建',
  cancel: '取消',
  agencyRequired: '请填写机关名称',
  twinExists: (agency: string, year: number) =>
    `已有“${agency}”${year}年度的报告。如需继续编写，请点“取消”，在下方列表中打开那份报告，不必再新建。`,
  yearInvalid: '请填写四位数字的年份，例如 2024',
  search: '搜索',
  searchPlaceholder: '机关名称或年度',
  sort: '排序',
  sortUpdated: '最后编辑',
  sortAgency: '机关名称',
  sortYear: '年度',
  sortErrors: '问题数',
  columns: ['机关名称', '年度', '格式', '最后编辑', '问题', '发布', '操作'],
  empty: '还没有报告。点击“新建报告”开始。',
  noMatch: '没有符合条件的报告。',
  loading: '正在读取……',
  sample: '示例',
  // Under the 示例 badge, which says whose errors they are.
  sampleNote: '留有几处错误，供试用检查功能',
  // Said in the editor's toolbar as the sample opens: short enough for the room beside the buttons at 1024 px.
  sampleOpened: '示例中的错误是特意留下的',
  copy: '副本',
  errors: (n: number) => `${n} 个错误`,
  warnings: (n: number) => `${n} 个提示`,
  noProblems: '无问题',
  published: (date: string) => `已于${date}发布`,
  publishing: (date: string) => `拟于${date}发布`,
  dueBy: (date: string) => `${date}前发布`,
  dueDaysLeft: (days: number) =>
    days > 0
      ? `还有 ${days} 天`
      : days === 0
        ? '今天截止'
        : days >= -LATE_DAYS_COUNTED
          ? `已超过 ${-days} 天`
          : // long past: most often a report published and imported without its 落款's date
            '未填发布日期',
  undatedHint: '如已发布，请在报告中填写发布日期',
  localRule: '按本地规定',
  dueSoonTitle: '即将到期的报告',
  dueSoonName: (agency: string, year: number) => `${agency} ${year}年度`,
  dueSoonWhen: (date: string, left: string) => `：${date}前发布，${left}`,
  /** An imported report may not name its agency: its row still needs a name to be clicked. */
  agencyShown: (agency: string) => agency.trim() || '（未写机关名称）',
  rename: '重命名',
  renameLabel: (agency: string) => `${agency}的新名称`,
  ok: '确定',
  renameBlank: '机关名称不能为空，请填写后再确定（按 Esc 取消）',
  duplicate: '复制',
  fromLastYear: '从上年报告新建',
  fromLastYearHint: (year: number) => `以此报告为上年报告，新建 ${year} 年度报告`,
  // Said in the editor's toolbar, which has room for a short line.
  nextYearOpened: (year: number) => `已有${year}年度的报告，已打开它，未再新建`,
  delete: '删除',
  copied: (agency: string, year: number) =>
    `已复制“${agency}”${year}年度的报告：新的一份在列表中标有“复制”，光标已移到它。`,
  /** With its year: an agency's reports of several years share its name. */
  deleted: (agency: string, year: number) => `已将“${agency}”${year}年度的报告移到回收站，30 天内可恢复。`,
  undo: '撤销',
  trash: (n: number) => `回收站（${n}）`,
  trashEmpty: '回收站是空的。',
  restore: '恢复',
  restored: (agency: string, year: number) => `已恢复“${agency}”${year}年度的报告，见下方列表。`,
  daysLeft: (n: number) => `${n} 天后永久删除`,
  deleteForever: '永久删除',
  emptyTrash: '清空回收站',
  confirmForever: (what: string) => `确定永久删除${what}吗？它的历史版本一并删除，不能恢复。`,
  foreverOne: (agency: string, year: number) => `“${agency}”${year}年度的报告`,
  foreverAll: (n: number) => `回收站中的 ${n} 份报告`,
  deletedForever: (n: number) => `已永久删除 ${n} 份报告。`,
  backup: '备份全部报告',
  restoreBackup: '从备份恢复',
  backingUp: '正在备份全部报告……（报告和历史版本多时需要几秒钟）',
  restoring: '正在从备份恢复……（报告和历史版本多时需要几秒钟）',
  backupFilter: '年报编辑器备份',
  backupSaved: (path?: string) => (path ? `已备份到 ${path}` : '已备份。'),
  backupMerged: ({
    added,
    trashed,
    skipped,
    copies,
    merged,
    untrashed,
    unreadable,
    unreadableReports
  }: BackupResult) =>
    `已从备份恢复：新增 ${added} 份报告` +
    (copies ? `（其中 ${copies} 份与这里的同一份报告内容不同，作为副本加在旁边，标有“从备份恢复”）` : '') +
    (trashed ? `，${trashed} 份备份时在回收站中的报告放回回收站` : '') +
    (untrashed ? `，${untrashed} 份从回收站移回列表` : '') +
    `，${skipped} 份已存在未改动` +
    (merged ? `；另有 ${merged} 个历史版本并入已有的报告` : '') +
    (unreadable ? `；${unreadable} 个历史版本内容无法读取（如年度写错），未恢复` : '') +
    (unreadableReports.length
      ? `；${unreadableReports.join('、')}的报告年度不是有效的年份，连同其历史版本未恢复`
      : '') +
    '。',
  failed: (why: string) => `操作失败：${why}`,
  // A format by its name (FormatDecl.name, 2021年版格式) and the document that set it.
  formatChoice: (name: string, source: string) => `${name}（${source}）`,
  yearSuffix: (y: number) => `${y}年`
} as const
