// Every user-visible text of 使用说明, in one place. The rules of the tables are not written here: they are
// read from the format's declaration (formats/describe.ts), so that this page cannot disagree with the checks.
import { IMPORT_EXTENSIONS } from '@shared/import/extensions'

export interface HelpSection {
  title: string
  items: string[]
}

export const HT = {
  title: '使用说明',
  close: '关闭',
  rulesTitle: (format: string) => `表格的勾稽关系（${format}格式）`,
  formatName: { '2021': '2021年版', '2019': '2019年版', legacy: '2019年以前' } as Record<string, string>,
  rulesIntro:
    '每填一个数字，编辑器就按下列关系核对表格；不符合的格会标红，并在右侧“问题”栏写明所涉数字，点击即可跳到该格。“错误”必须改正，“提示”请核对后决定。',
  severity: { error: '错误', warning: '提示' } as Record<string, string>,
  lastYear: '（需“从上年报告新建”或提供上年报告时核对）',
  places: (n: number) => `适用于 ${n} 处：`,
  sections: [
    {
      title: '快速上手',
      items: [
        '首页点“新建报告”，填写机关名称和年度；去年已用本软件编写的，可在去年报告旁点“从上年报告新建”，上年数会显示在各格下方，各部分上方可展开上年报告的同一部分作参考。',
        '左侧按“一”至“六”逐部分填写。每部分标题按规定格式固定，不能修改；标题下的提示说明这一部分应写哪些内容。',
        '表格中每格填一个数字：全角数字（１２３）也可以；字母、负数（“本年增/减”除外）和小数（金额除外）会被拒绝并说明原因。空白不等于 0：没有发生的请填 0，整张表都没有发生的可点“本年无此项”。',
        '可以从 Excel、WPS 或网页复制一整行或一块数字，点中起始格后粘贴。',
        '“生成文字说明”把表格数字写成文字，接在这一部分正文后面，可再修改。',
        '右侧“问题”栏列出所有错误和提示，按部分分组；改正后即时消失。确认无误的提示可以“忽略”。'
      ]
    },
    {
      title: '保存与历史',
      items: [
        '所有内容在输入时自动保存在本机，无需手动保存；窗口意外关闭后再打开，已输入的内容都在。',
        '如果显示“保存失败”（例如磁盘已满），内容仍在窗口中并自动重试；此时请不要关闭窗口，先腾出空间，显示“已保存”后再离开。',
        '“保存快照”（Ctrl+S）给当前内容起个名字留档；“历史版本”可查看并恢复以前的版本。',
        '首页的“备份全部报告”把所有报告存成一个文件，换电脑时用“从备份恢复”。'
      ]
    },
    {
      title: '导入已有的报告',
      items: [
        `可导入的文件：${IMPORT_EXTENSIONS.map((e) => `.${e}`).join('、')}。去年的 Word、网站上的网页、PDF 或 OFD 均可，繁体字会自动转换为简体。`,
        '导入后，“导入说明”列出未能读取的内容和需要核对之处；表格中无法确定的格留空，不会猜测，请逐一核对。扫描件（图片）的 PDF、OFD 没有文字，无法导入。',
        '“批量检查”可一次检查多份报告（例如各部门报送的年报），并导出汇总表。'
      ]
    },
    {
      title: '导出与发布',
      items: [
        '“预览”查看报告在网站上的样子；“复制到网站”后，在网站后台编辑器中直接粘贴（源代码模式也可）。',
        '“导出”可生成纯文本、网页、Word（公文格式）、PDF 和数据文件。导出时会提示还剩多少错误。',
        '报告发布后请填写“发布日期”：编辑器据此核对是否在规定时限内发布（县级以上人民政府部门1月31日前，县级以上地方人民政府3月31日前；乡镇、街道按本地规定填写“本地发布时限”）。'
      ]
    },
    {
      title: '快捷键',
      items: [
        'Ctrl+O 导入　Ctrl+S 保存快照　Ctrl+P 导出 PDF　Ctrl+Shift+P 预览　F1 使用说明',
        'Ctrl+N 新建报告、Ctrl+Shift+C 复制到网站：桌面版（在浏览器中请点相应的按钮）',
        '表格中：方向键移动，Enter 下移，Tab / Shift+Tab 左右移动，进入一格时其内容被选中，可直接改写。合计格旁出现“改为 N”时，按 Tab 到它再按 Enter 即可采用。',
        '在工具栏的“返回首页”上按 Shift+Tab，可到“跳到正文”“跳到问题列表”，不必逐格经过整张表。屏幕较小时，可点报告信息右上角的“收起”，给正文和表格留出地方。'
      ]
    }
  ] satisfies HelpSection[]
} as const
