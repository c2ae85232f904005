// Every piece of Chinese text the renderer shows (outside the drafts/home/history screens), in one place.
import type { SectionId } from '@shared/formats'
import type { ProseFix } from '@shared/checks/fixes'
import type { DateTrouble } from '@shared/model/publication'
import type { UnreadRow } from '@shared/paste'

/** How long after a deadline the days past it are still counted. */
export const LATE_DAYS_COUNTED = 90

export const T = {
  appName: '信息公开年报编辑器',
  loading: '正在打开报告……',
  locateQuote: '在文中标出',
  proseFix: {
    halfWidthDigits: '全部改为半角',
    currentRegulation: '改为现行条例'
  } satisfies Record<ProseFix, string>,
  // header
  headerRegion: '报告基本信息',
  /** The page's heading while the title is blank and the year not (yet) a year. */
  reportOfNoYear: (agency: string) => `${agency}政府信息公开工作年度报告`,
  skipLinks: '跳到',
  skipToText: '跳到正文',
  skipToProblems: '跳到问题列表',
  headerFold: '收起',
  headerUnfold: '展开',
  headerFoldHint: '只留第一行（标题、机关名称、年度、机关类型），给正文和表格更多地方',
  headerUnfoldHint: '显示发布日期、本地发布时限和各项提示',
  title: '报告标题',
  agency: '机关名称',
  year: '年度',
  yearInvalid: '请填写四位数字的年份，例如 2024',
  yearOutOfRange: '这不像报告所属的年度（应在 1990 至 2200 年之间），请核对，例如 2024',
  agencyKind: '机关类型',
  kindGovernment: '人民政府',
  kindDepartment: '政府部门及其他机关',
  published: '发布日期',
  publishBy: '本地发布时限',
  publishByHint: '省、市对本机关另有发布时限时填写（每年的月和日）；不填则按条例',
  overviewLimit: '本地字数上限',
  overviewLimitInvalid: '应为正整数，例如 1000；没有字数上限请留空',
  overviewLimitHint: '省、市对“总体情况”规定了字数上限时填写（例如 1000）；不填则不限',
  overviewLength: (n: number) => `共 ${n} 字（不计空格和换行）`,
  /** Early in the year after the report's: the day such a report is published. */
  publishedPlaceholder: (year: number) => `例如 ${year + 1}年1月20日`,
  publishByPlaceholder: '例如 2月20日',
  dateInvalid: {
    published: (year: number) => `请填写日期，例如 ${year + 1}年1月20日 或 ${year + 1}-01-20`,
    publishBy: '请填写每年的月和日，例如 2月20日'
  },
  /** What to change in a date that is almost one (2月30日, 13月, 1月20日 without its year). */
  dateTrouble: (t: DateTrouble, year: number): string => {
    switch (t.kind) {
      case 'noSuchMonth':
        return `没有${t.month}月：月份应为 1 至 12`
      case 'noSuchDay':
        return `${t.year ? `${t.year}年` : ''}${t.month}月没有${t.day}日`
      case 'leapDay':
        return '2月29日不是每年都有：请填写每年都有的一天，例如 2月28日'
      case 'noYear':
        return `请写明年份，例如 ${year + 1}年1月20日`
      case 'hasYear':
        return '只填月和日（每年的同一天），例如 2月20日'
    }
  },
  deadline: (date: string, basis: string) => `发布时限：${date}（${basis}）`,
  // Long past, a count of days says nothing more (an old report that was never marked published).
  deadlineLeft: (days: number) =>
    days > 0
      ? `，还有 ${days} 天`
      : days === 0
        ? '，就是今天'
        : days >= -LATE_DAYS_COUNTED
          ? `，已超过 ${-days} 天`
          : '，已过发布时限',
  deadlineUnknown: '条例没有规定乡镇人民政府、街道办事处的发布时限：请按本省（市）的规定填写本地发布时限。',
  publishedOn: (date: string) => `已于${date}发布`,
  /** A 发布日期 still to come is the day planned, not a publication that happened. */
  publishingOn: (date: string) => `拟于${date}发布`,
  formatLabel: (source: string) => `表格格式：${source}`,
  readOnly:
    '此报告已在另一个窗口中打开。本窗口为只读，以免互相覆盖；请在另一个窗口中编辑，或关闭它后重新打开此报告。',
  // navigation / sections
  sectionNav: '章节',
  hints: '本节应写明：',
  tableHints: '填表说明：',
  governmentHints: '人民政府还应写明：',
  // tables
  noneThisYear: '本年无此项',
  noneThisYearHint: '把本表所有空白格填为 0（本年没有发生）',
  blank: '空',
  lastYearValue: (n: string) => `上年 ${n}`,
  // A figure last year's report settles (上年结转 ← 上年结转下年度; 2019: 上一年项目数量 ← 数量 + 增/减) is not
  // last year's value of the cell: said as what it must be, lest it be compared with last year's print.
  lastYearSettled: (n: string) => `应为 ${n}`,
  lastYearHint: '上年报告中此格的数值',
  lastYearCarried: (label: string) => `按上年报告，此格应为${label}的数值`,
  lastYearText: '上年报告的这一部分（供参考，不会写入本年报告）',
  lastYearOtherFormat: (format: string, { rows, columns }: { rows: string[]; columns: string[] }) =>
    `上年报告用的是${format}格式：` +
    (rows.length
      ? `${rows.join('、')}${rows.length > 1 ? `这${rows.length}行` : ''}在本年的格式中没有`
      : '') +
    (rows.length && columns.length ? '；' : '') +
    (columns.length ? `${columns.join('、')}${columns.length > 1 ? '各行' : ''}有本年没有的栏目` : '') +
    '。这些数字不作对照，也不带入本年。',
  fixTo: (n: string) => `改为 ${n}`,
  // at a total left blank: nothing is there to change
  fillWith: (n: string) => `填入 ${n}`,
  fixToHint: (n: string) => `按勾稽关系计算应为 ${n}，点击后填入`,
  pasted: (n: number) => `已粘贴 ${n} 个数值。`,
  pasteRefused: (where: string, text: string, why: string) => `${where}：“${text}”未写入（${why}）`,
  // Named, so the person can tell a stray total column from figures that belonged in the table; and why,
  // since the usual cause is a paste begun at the wrong cell.
  pasteOutside: (texts: string[], right: boolean, below: boolean) =>
    `有 ${texts.length} 个数值超出表格范围，未写入：${texts.slice(0, 6).join('、')}${texts.length > 6 ? ' 等' : ''}` +
    `（复制的${[right ? '列比所选格向右的格' : '', below ? '行比所选格向下的行' : ''].filter(Boolean).join('、')}多；` +
    `如是粘贴起点选错，请撤销后从更靠${right && below ? '左上' : right ? '左' : '上'}的格重新粘贴）。`,
  pasteLabels: (rows: number, columns: number) =>
    `复制内容带有${[rows ? '表头' : '', columns ? '行名' : ''].filter(Boolean).join('和')}，已略去，数字从所选格起填入。`,
  pasteLanded: (copied: string, row: string) => `“${copied}”的数字落在了“${row}”行`,
  pasteMisplaced: (rows: string[]) =>
    `复制内容的行与本表的行不一致：${rows.slice(0, 4).join('；')}${rows.length > 4 ? ` 等 ${rows.length} 行` : ''}。` +
    '数字是按位置填入的，请撤销后按本表的行逐行复制，或核对改正。',
  // Rows placed otherwise than from the focused cell down: said, lest the person look for them there.
  pasteByLabel: '复制内容带有行名，已略去，各行数字按行名填入本表的对应行。',
  pasteByHeadings: '复制内容为每格一行，带有表头，已略去，各数字按表头填入本表的对应格。',
  pasteWouldLand: (copied: string, row: string) => `“${copied}”的数字会落在“${row}”行`,
  pasteUnplaced: (rows: string[]) =>
    `复制内容的行与本表的行对不上，无法确定每个数字应填入哪一格，未写入任何数字：${rows.slice(0, 4).join('；')}` +
    `${rows.length > 4 ? ` 等 ${rows.length} 行` : ''}。请从复制内容第一行所对应的行粘贴，或按本表的行逐行复制。`,
  // A table copied one cell a line, its rows named on lines of their own: read by those names or not at all,
  // as down the column pasted into its figures would each land in another row. Said: the figures the reading
  // could not place, and why where the table tells (no such row; a row of other width).
  pasteUnreadRow: ({ label, figures, row, cells }: UnreadRow) =>
    `${label ? `“${label}”下的 ` : ''}${figures.slice(0, 6).join('、')}${figures.length > 6 ? ' 等' : ''}` +
    (row === undefined
      ? label
        ? '（本表没有这一行）'
        : '（前面没有行名）'
      : cells !== undefined && cells !== figures.length
        ? `（本表“${row}”行有 ${cells} 格）`
        : ''),
  pasteUnread: (rows: UnreadRow[]) =>
    '复制内容的行名各自单独成行，按行名无法确定每个数字应填入哪一格，未写入任何数字' +
    (rows.length
      ? `：${rows.slice(0, 4).map(T.pasteUnreadRow).join('；')}${rows.length > 4 ? ` 等 ${rows.length} 处` : ''}`
      : '') +
    '。' +
    (rows.some((r) => !r.label) ? '请从一行的行名起选取复制。' : '') +
    (rows.some((r) => r.label) || !rows.length
      ? '如复制的是另一格式的表（行和栏目与本表不同），请对照本表逐格填写。'
      : ''),
  pasteCleared: (n: number) => `复制内容中的空白格清空了 ${n} 个原已填写的格。`,
  zerosFilled: (n: number) => `已把 ${n} 个空白格填为 0。`,
  zerosAtOdds: (figures: string) =>
    `但本表已有不为0的数字（${figures}），填0后与之相关的合计对不上，已在表中标出：本年确有发生的，请按实际填写。`,
  zerosCarried: '上年结转的申请，本年须有办理结果或结转下年度。',
  noBlanks: '本表没有空白格，未作改动。',
  undo: '撤销',
  summarize: '生成文字说明',
  // Where the words go as the person sees it: the section's one text box, above the table.
  summarizeHint: '按本表数字写出一段文字说明，接在本节文字（表格上方的文本框）的末尾；原有文字保留，可撤销',
  summaryPlaced: {
    written: '已按本表数字在上方写入文字说明，请核对后按需修改。',
    replaced: '已按本表现在的数字重写上方此前生成的那段文字说明，请核对。',
    removed: '本表没有需要说明的数字（全部为0），已删去上方此前生成的那段文字说明。'
  },
  summaryDuplicates: (n: number) => `此前重复生成的另外 ${n} 段已一并删去。`,
  // A paragraph that reads like the generated one but has words of the official's in it: theirs to put right.
  summaryKept: (paragraph: string, n: number) =>
    `上方“${paragraph.length > 24 ? `${paragraph.slice(0, 24)}…` : paragraph}”${n > 1 ? `等 ${n} 段` : '一段'}` +
    '也写到本表的数字，但不全是生成的文字，为免丢失其中的文字未作改动：请对照核对，删去不再对的部分。',
  summaryAlready: '上方文字说明中已有这段文字，未作改动。',
  summaryUndone: '已撤销，文字说明恢复为生成之前的内容。',
  summaryEdited: '生成之后文字说明又改动过，为免丢失改动，未撤销；请直接修改文字。',
  summaryEmpty: '本表没有需要说明的数字（全部为0）。',
  summaryBlanks: (table: string, n: number, cells: string) =>
    `表${table}还有 ${n} 个空白格（${cells}），空白不等于0：请先填写，没有发生的填0，或点“本年无此项”。`,
  // A figure in words needs its unit: 2000 of 元 and of 万元 are not one amount.
  summaryUnitless: (cells: string[]) =>
    `${cells.join('、')}没有注明单位，写不出金额：请在数字后写上“元”或“万元”（如 2000万元），再生成文字说明。`,
  summaryAtOdds: (table: string, n: number) =>
    `表${table}还有 ${n} 处合计对不上（已在表中标出），请先改正后再生成文字说明。`,
  summaryRefused: (table: string, n: number) =>
    `表${table}还有 ${n} 个格填写有误（已在表中标出），请先改正后再生成文字说明。`,
  undoHint: '恢复这次写入之前的内容（之后又改过的格保持不变）',
  undone: (n: number) => `已撤销，${n} 个格恢复为原来的内容。`,
  // fees
  feesTitle: '信息处理费',
  fee: { notices: '收费通知件数', noticedAmount: '收费通知总金额（元）', collected: '实际收取总金额（元）' },
  // In a blank fee field whose figure the text of 六 states.
  feeStated: (v: string) => `正文已写明 ${v}`,
  // problems
  problems: '问题',
  noProblems: '没有发现问题。',
  checking: '正在检查……',
  dismiss: '忽略',
  dismissTitle: '判断无误的提示可以忽略：本报告中不再显示、不计入提示数；文字改动后会重新检查',
  dismissLabel: (message: string) => `忽略此提示：${message}`,
  dismissedCount: (n: number) => `已忽略 ${n} 条提示`,
  restoreDismissed: '全部恢复',
  errors: (n: number) => `错误 ${n}`,
  warnings: (n: number) => `提示 ${n}`,
  /** Said aloud once the counts settle after a change: what a sighted user sees change in 问题. */
  countsChanged: (errors: number, warnings: number, before: number) =>
    `问题：错误 ${errors} 项，提示 ${warnings} 项` +
    (errors > before
      ? `（错误增加 ${errors - before} 项）`
      : errors < before
        ? `（错误减少 ${before - errors} 项）`
        : ''),
  problemCount: (e: number, w: number) => (e + w === 0 ? '无问题' : `${e} 个错误，${w} 个提示`),
  headerGroup: '基本信息',
  wholeGroup: '全文',
  severity: { error: '错误', warning: '提示' },
  // toolbar
  home: '返回首页',
  backToBatch: '返回批量检查',
  help: '使用说明',
  helpHint: '怎样编写、检查、导出和发布年度报告；表格的勾稽关系（F1）',
  import: '导入…',
  export: '导出',
  exportKinds: {
    txt: '纯文本（.txt）',
    html: '网页（.html）',
    docx: 'Word（.docx）',
    pdf: 'PDF',
    json: '数据（.json）'
  },
  snapshot: '保存快照',
  history: '历史版本',
  saveState: { saved: '已自动保存', saving: '正在保存……', error: '保存失败' },
  exported: (path?: string) => (path ? `已导出：${path}` : '已导出。'),
  jsonLeavesLocal:
    '。数据文件不含发布日期、本地发布时限和字数上限（它们只保存在本软件中）；要连同它们转到另一台电脑，请用首页的“备份全部报告”。',
  printOpened: '已打开打印窗口：请在“目标打印机”中选择“另存为 PDF”后保存。',
  exportFailed: (why: string) => `导出失败：${why}`,
  errorsLeft: (n: number) => `注意：报告还有 ${n} 个错误，发布前请改正。`,
  fillPublished: '发布后请填写“发布日期”，以便核对是否按时发布。',
  copyHtml: '复制到网站',
  copyHtmlHint: '复制报告全文（含表格），粘贴到网站后台的编辑器中即可发布（桌面版快捷键 Ctrl+Shift+C）',
  copied: '已复制全文（含表格），可粘贴到网站后台编辑器；在编辑器的“源代码”模式下粘贴，得到的是网页代码。',
  copyFailed: '复制失败：无法使用系统剪贴板，请改用“导出 网页”。',
  importFilter: '年度报告（文本、网页、Word、PDF、OFD、数据）',
  importAllFilter: '所有文件',
  importOrigin: (name: string) => `导入 ${name}`,
  imported: (name: string, unread: number, toCheck: number) =>
    `已导入“${name}”。` +
    (unread || toCheck
      ? `导入说明列出 ${[unread && `${unread} 处未能读取`, toCheck && `${toCheck} 处需要核对`].filter(Boolean).join('、')}。`
      : ''),
  importedAgain: (name: string, when: string) =>
    `“${name}”的内容与 ${when} 导入的那一份相同，且那一份还没有改动过：没有再建一份，已打开原来那一份。`,
  importFailed: (why: string, name?: string) => (name ? `导入“${name}”失败：${why}` : `导入失败：${why}`),
  snapshotDone: '已保存快照（见“历史版本”）。',
  snapshotFailed: (why: string) => `快照没有保存：${why}。报告的内容仍在本窗口中。`,
  unsavedStay:
    '最近的修改还没有保存成功（见右侧），为免丢失，暂不离开本报告；正在自动重试，显示“已保存”后再试。',
  close: '关闭',
  // browser bridge
  openExternalConfirm: (url: string) => `将在新窗口中打开外部网址：\n${url}\n\n确定打开吗？`,
  saveNotOpen: '这次保存已经结束或已取消，请重新保存。',
  fileFilters: {
    txt: '纯文本',
    html: '网页文件',
    docx: 'Word 文档',
    pdf: 'PDF 文档',
    json: '报告数据'
  }
} as const

/** Short names for the navigation and the problems panel. */
export const sectionShort: Record<SectionId, string> = {
  overview: '一',
  active: '二',
  requests: '三',
  review: '四',
  problems: '五',
  other: '六'
}
