// Every message import shows a person, in one place.

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
// Where only zeros after the point differ from the amount as it should be written, say so: the rest is right.
const zerosAfterPoint = (text: string): string => {
  const zeros = /\.0+(?=\D*$)/.exec(text)?.[0]
  return zeros ? `，末尾的“${zeros}”不必写` : ''
}

const DOCUMENT_NAMES = { docx: ' Word ', doc: ' Word ', pdf: ' PDF ', ofd: ' OFD ' } as const

/**
 * A document its reader could not open. The reader's own words are kept only when they are Chinese (ours);
 * pdf.js's and the zip reader's English (“Invalid PDF structure.”) tells an official nothing.
 */
const brokenDocument = (kind: string, instead: string, detail: string): string =>
  `${kind} 文件不完整或已损坏，无法读取${/\p{Script=Han}/u.test(detail) ? `（${detail}）` : ''}：可能没有下载完整；请重新下载，或${instead}`

export const importText = {
  empty: '文件是空的，没有可导入的内容',
  internal: (detail: string) => `导入时发生内部错误（请把这个文件报告给开发者）：${detail}`,
  tooLarge: (bytes: number, limit: number) =>
    `文件过大（${mb(bytes)} MB），超过 ${mb(limit)} MB 的上限；年度报告的文本一般不超过几百 KB，请确认选择的文件是否正确`,
  htmlTooDeep: (depth: number) =>
    `这个网页的标签嵌套超过 ${depth} 层，不像是一份年度报告的网页，无法读取；请在浏览器中打开它，把报告的文字复制到记事本，另存为 .txt 后导入`,
  unpackedTooLarge: (kind: string, limit: number) =>
    `这个 ${kind} 文件解压后的正文超过 ${mb(limit)} MB，不像是一份年度报告，无法导入；请确认选择的文件是否正确`,
  picture: (what: string) =>
    `这是${what}，不是文本、网页、Word、PDF 或 OFD 文件；请导入报告的文字版本（.txt、.html、.docx、.pdf 或 .ofd）`,
  laidOutRead: (kind: 'PDF' | 'OFD', pages: number) =>
    `从 ${kind}（${pages}页）中读取文字导入；${kind} 的表格按文字位置还原，请逐一核对表格数字`,
  pdfScanned: '这个 PDF 没有可读取的文字，可能是扫描件（每页是一张图片）；请导入报告的 Word、网页或文本版本',
  pdfFonts:
    '这个 PDF 的文字使用了未嵌入文件的中文字体，所需的字符映射表（CMap）无法读取；请导入报告的 Word、网页或文本版本',
  pdfLocked: '这个 PDF 设有打开密码，无法读取；请导入没有密码的版本',
  pdfBroken: (detail: string) => brokenDocument('PDF', '导入报告的 Word、网页或文本版本', detail),
  ofdScanned: '这个 OFD 没有可读取的文字，可能是扫描件（每页是一张图片）；请导入报告的 Word、网页或文本版本',
  ofdBroken: (detail: string) => brokenDocument('OFD', '导入报告的 Word、网页或文本版本', detail),
  zipNotDocx: '这是一个压缩文件，但不是 Word（.docx）或 OFD 文档，无法导入',
  /** `ext`: .odt (zipped) or .fodt (one XML file). */
  openDocument: (ext: string) =>
    `这是 OpenDocument 文本文档（${ext}，LibreOffice 等软件保存的格式），本软件不能直接读取；请在 WPS 或 Word 中“另存为”.docx 后再导入`,
  mhtRead: '按网页存档（.mht，“单个文件网页”）中的网页读取',
  mhtEmpty: '这是网页存档（.mht），但其中没有网页，无法导入',
  rtf: '这是 RTF 格式的文档，本软件不能直接读取；请在 Word 或 WPS 中“另存为”.docx 后再导入',
  xml: '这是一个 XML 数据文件，不是报告的文本、网页、Word、PDF 或 OFD 版本，无法导入；请导入报告的 .txt、.html、.docx、.doc、.pdf 或 .ofd 文件',
  /** The app's own backup (首页“备份全部报告”); `count` when the file lists its reports. */
  backup: (count?: { live: number; trashed: number }) =>
    `这是年报编辑器的备份文件${
      count ? `（含 ${count.live} 份报告${count.trashed ? `，另有 ${count.trashed} 份在回收站中` : ''}）` : ''
    }，不是一份报告；请在首页用“从备份恢复”打开，而不是导入`,
  /** The app's backup cut short or damaged: 从备份恢复 would refuse it too. */
  backupDamaged:
    '这是年报编辑器的备份文件，但内容不完整或已损坏（可能没有下载或复制完整），既不能导入，也不能用“从备份恢复”恢复；请找到完整的备份文件',
  /** JSON that is not the app's report data (its export “数据（.json）”); `damaged`: not even valid JSON. */
  notReportJson: (damaged: boolean) =>
    `这个文件${damaged ? '的内容不完整或已损坏，' : ''}不是本软件导出的报告数据文件，无法导入；本软件能导入的是它导出的报告数据（.json），以及报告的文本、网页、Word、PDF 或 OFD 版本`,
  doc: {
    notWord: '这个文件不是 Word 文档（其中没有 Word 正文），可能是 Excel、PowerPoint 或其他 Office 文件',
    tooOld: '这是 Word 95 或更早版本的文档，无法读取；请在 Word 或 WPS 中“另存为”.docx 后再导入',
    encrypted: '这个 Word 文档设有打开密码，无法读取；请导入没有密码的版本',
    broken: 'Word 文件结构损坏，无法读取'
  },
  binary: '文件不是文本：内容含有大量无法识别的字符，可能选错了文件',
  notWhatNamed: (ext: 'docx' | 'doc' | 'pdf' | 'ofd') =>
    `文件名是 .${ext}，但内容不是${DOCUMENT_NAMES[ext]}文件：可能已损坏、没有下载完整，或是改了扩展名的其他文件；请重新下载或另存一份再导入`,
  docxBroken: (detail: string) => brokenDocument('Word', '在 Word 或 WPS 中打开后“另存为”.docx', detail),
  docxNoBody: '其中的正文（word/document.xml）不完整',
  notReport: '没有找到年度报告的标题或章节标题（如“一、总体情况”），无法识别为政府信息公开工作年度报告',
  yearless:
    '找到了年度报告的章节标题，但标题和正文中都没有报告的年度（如“2024年”），无法确定按哪一年的格式读取；请在文件开头补上报告标题后再导入',
  // Said in words an official knows (记事本's 另存为 offers “ANSI”, not GB18030), the name kept for IT staff.
  encoding: (name: string) =>
    `这个文本文件不是 UTF-8 格式，已按${name === 'Big5' ? '繁体中文（Big5）' : '简体中文（GBK/GB18030）'}编码读取；如有个别乱码，请对照原文件核对`,
  traditional:
    '原文为繁体字，已转换为简体字，并把“檔案”“入口網站”等转写的用语换回原来的说法（如“文件”“门户网站”），请核对',
  noTitle: '没有找到报告标题（“××××年政府信息公开工作年度报告”），请补填机关名称和标题',
  noAgency: '标题中没有找到机关名称，请补填',
  agencyFromSignOff: (signer: string, titled: string) =>
    titled
      ? `机关名称按落款填为“${signer}”（标题中写作“${titled}”），请核对`
      : `标题中没有机关名称，按落款填为“${signer}”，请核对`,
  yearFromText: (year: number) => `标题中没有年份，按正文推断为 ${year} 年，请核对`,
  yearFromPeriod: (titled: number, year: number) =>
    `标题写的是${titled}年，但统计期限和发布日期都表明是${year}年的报告，已按${year}年度读取，请核对标题`,
  // Formats by their names (FormatDecl.name: 2021年版格式), as the checks name them.
  formatByLabels: (found: string, expected: string, year: number) =>
    `${year}年的报告应使用${expected}的表格，但原文表格是${found}，已按原文格式读取`,
  legacyNote: '2019 年以前的报告没有统一表格格式，各部分按原文保留为文字，附表也按原文保留在相应部分中',
  sectionMissing: (heading: string) => `没有找到“${heading}”部分`,
  sectionAlias: (found: string, heading: string) => `标题“${found}”按“${heading}”导入（与规定写法不同）`,
  // Not “不是规定的部分”: before 2019 a 收费及减免 part was one the old 条例 asked for; it has no part of its own here.
  extraHeading: (found: string, into: string) =>
    `“${found}”在本报告格式的六个部分中没有对应的部分，已连同标题并入“${into}”`,
  tableMissing: (n: string) => `没有找到表${n}，其中各格留空`,
  rowMissing: (n: string, label: string) => `表${n}没有找到“${label}”这一行，该行各格留空`,
  rowCount: (n: string, label: string, got: number, want: number) =>
    `表${n}“${label}”行读到 ${got} 个数，应为 ${want} 个，无法确定各数所在的列，该行各格留空`,
  // `cell` as every message names one (checks/labels.ts): 表三“二、上年结转政府信息公开申请数量”行“自然人”列.
  cellDecorated: (cell: string, text: string, value: string) =>
    `${cell}原文写作“${text}”，已读作 ${value}；表格中应只填数字，单位、括号和文字不写在格内`,
  amountDecorated: (cell: string, text: string, value: string) =>
    `${cell}原文写作“${text}”，已读作 ${value}；` +
    // Written as a number and its unit but for the zeros: only those are said (3481775656.00元).
    (text.replace(/\.0+(?=\D*$)/, '') === value
      ? zerosAfterPoint(text).slice(1)
      : `金额应写成数字加“元”或“万元”（如 ${value}）${zerosAfterPoint(text)}`),
  subtotal: (n: string, group: string, col: string, stated: string, sum: number) =>
    `表${n}“${group}”行“${col}”列印有小计 ${stated}，但其下各项之和为 ${sum}：小计应等于各项之和（法定格式中此行不填数字）`,
  rowReworded: (n: string, label: string, printed: string) =>
    `表${n}“${label}”行在原文中写作“${printed}”，已按此行读取；表格的行名应与法定格式一字不差（本软件导出的表格用的就是法定行名）`,
  cellPlaceholder: (cell: string, text: string) =>
    `${cell}印的是“${text}”，没有数字，该格留空：没有发生的请填 0，有数的请照实填写`,
  cellRefused: (cell: string, text: string, why: string) =>
    `${cell}的“${text}”无法读作数字：${why}；该格留空`,
  placed: (n: string, label: string, got: number) =>
    `表${n}“${label}”行只印出 ${got} 个数，已按各数所在的列位置读取，其余各格在原文中为空白`,
  groupZeros: (n: string, label: string) =>
    `表${n}“${label}”印为一行，全部是 0；本格式把它分为几项，各项也都按 0 填入，请核对`,
  groupRow: (n: string, label: string, values: string) =>
    `表${n}“${label}”只有一行数字（${values}），本格式把它分为几项，无法拆分，各项留空，请按实际情况填写`,
  /** Not a count of lines: a label wrapped over two lines is found by its first part only. */
  tableResidue: (heading: string, n: string, examples: string[]) =>
    `“${heading}”的文字中混有表${n}的内容（${examples.map((e) => `“${e}”`).join('、')}等），可能是表格没有完整读取时留下的；请核对表${n}各格，并从文字中删去这些内容`,
  strayRow: (n: string, text: string) => `表${n}中有一行数字无法对应到任何一行，已忽略：${text}`,
  reviewCount: (got: number) => `表四读到 ${got} 个数，应为 15 个（行政复议 5 个、行政诉讼 10 个），各格留空`,
  contentsLeftOut: '文中的目录不是报告正文，已略去；各部分按目录之后正文中的标题读取',
  /** `heading`: the format's first part as it prints it (“一、总体情况”, before 2019 “一、概述”). */
  intro: (heading: string) =>
    `标题与“${heading}”之间的引言（编制依据、统计期限、联系方式等）放在了“${heading.replace(/^[一二三四五六七八九十]+、/, '')}”的开头，请核对`,
  // Named by its field: one clause (未发出收费通知) gives two of them, and two like lines read as one said twice.
  feeFromText: (field: string, text: string, value: number) =>
    `信息处理费“${field}”按第六部分的文字“${text}”填为 ${value}，请核对`,
  feeConflict: (field: string, text: string, value: number, other: string) =>
    `第六部分对信息处理费“${field}”写了两个不同的数：“${text}”和“${other}”；已按前者填为 ${value}，请核对后改正文字中不对的一处`,
  /** `text`: our export's own fee line, taken out of 六 on import; where it went is said, not sought in 六. */
  feeConflictPrinted: (field: string, text: string, value: number, other: string) =>
    `第六部分对信息处理费“${field}”写了两个不同的数：本软件导出时加在末尾的“${text}”和文字中的“${other}”；已按前者填为 ${value}（末尾这句导入时已从文字中移出，它的数在信息处理费一栏），请核对后改正文字或信息处理费一栏中不对的一处`,
  publishedFromPage: (text: string, date: string) => `发布日期按网页上的“${text}”填为${date}，请核对`,
  publishedFromSignOff: (text: string, date: string) =>
    `发布日期按文末落款“${text}”填为${date}，请核对；落款已从正文中移出，导出时按机关名称和发布日期重新生成`,
  signOffMoved: (text: string) => `文末落款“${text}”已从正文中移出，导出时按机关名称和发布日期重新生成`,
  signOffDiffers: (text: string, page: string) =>
    `文末落款“${text}”的日期与网页上的发布日期（${page}）不同，已按网页上的日期填写，请核对；落款已从正文中移出`,
  otherReports: (titles: string) => `本页还包含其他报告，已忽略：${titles}`,
  chosenReport: (title: string) => `本页含有多份报告，导入了表格最完整的一份：${title}`,
  askedReport: (title: string) => `本页含有多份报告，按所选导入了：${title}`,
  otherReportsLeft: (titles: string) =>
    `本页的其他报告：${titles}（要导入其中一份，可再次导入这个文件并选择它）`
} as const
