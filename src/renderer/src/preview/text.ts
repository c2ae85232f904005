// Every user-visible text of the preview, in one place.
export const PT = {
  button: '预览',
  buttonHint: '查看报告在网站上发布后的样子（与“导出 网页”和“复制到网站”的内容相同）',
  title: '预览',
  note: '网站发布效果；字体和行距以网站为准。按 Esc 关闭。',
  close: '关闭预览'
} as const
