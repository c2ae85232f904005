// Section 六's 信息处理费 figures (2021 format): the three a report must state, and what each may hold.
import type { CellDomain } from '../formats/types'
import type { Fees } from './report'

export const FEE_KEYS: readonly (keyof Fees)[] = ['notices', 'noticedAmount', 'collected']

export const FEE_DOMAINS: Record<keyof Fees, CellDomain> = {
  notices: { kind: 'count' },
  noticedAmount: { kind: 'money', unit: '元', maxDecimals: 2 },
  collected: { kind: 'money', unit: '元', maxDecimals: 2 }
}
