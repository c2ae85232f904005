// Prose of the sample report. Written for this app in the register of published reports; the figures
// match tables.ts except 新收申请 in 总体情况 (170, table 169), one of the two deliberate errors.
import type { SectionId } from '../formats'

export const sampleSections: Record<SectionId, string> = {
  overview: '2024年，滨江区人民政府新收政府信息公开申请170件。',
  active: '',
  requests: '',
  review: '',
  problems: '',
  other: '本年度未收取信息处理费。'
}
