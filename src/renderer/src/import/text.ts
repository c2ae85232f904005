// What the choice of a report on a page holding several says.
export const IT = {
  title: (n: number) => `这个文件含有 ${n} 份报告`,
  legend: '请选择要导入的一份：',
  suggested: '（表格最完整）',
  oneAtATime: '每次导入一份；需要其他的，可以再次导入这个文件并另选一份。',
  import: '导入所选',
  cancel: '取消'
} as const
