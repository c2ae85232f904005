// Table figures of the sample report (a 区人民政府, 2024, format 2021). Table 三 by row, columns
// 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计.
import type { TableId } from '../formats'
import type { CellMap } from '../model/report'

const requestRows: Record<string, [number, number, number, number, number, number, number]> = {
  new: [152, 11, 0, 1, 3, 2, 169],
  carry: [6, 1, 0, 0, 0, 0, 7],
  r1: [58, 4, 0, 1, 1, 0, 64],
  r2: [9, 1, 0, 0, 0, 0, 10],
  r3_1: [0, 0, 0, 0, 0, 0, 0],
  r3_2: [1, 0, 0, 0, 0, 0, 1],
  r3_3: [0, 0, 0, 0, 0, 0, 0],
  r3_4: [2, 0, 0, 0, 0, 0, 2],
  r3_5: [1, 0, 0, 0, 0, 0, 1],
  r3_6: [2, 1, 0, 0, 0, 0, 3],
  r3_7: [1, 0, 0, 0, 0, 0, 1],
  r3_8: [4, 0, 0, 0, 0, 0, 4],
  r4_1: [38, 2, 0, 0, 1, 1, 42],
  r4_2: [6, 0, 0, 0, 0, 0, 6],
  r4_3: [3, 0, 0, 0, 0, 0, 3],
  r5_1: [7, 0, 0, 0, 0, 0, 7],
  r5_2: [5, 1, 0, 0, 0, 0, 6],
  r5_3: [1, 0, 0, 0, 0, 0, 1],
  r5_4: [0, 0, 0, 0, 0, 0, 0],
  r5_5: [2, 0, 0, 0, 0, 0, 2],
  r6_1: [4, 0, 0, 0, 1, 0, 5],
  r6_2: [0, 0, 0, 0, 0, 0, 0],
  r6_3: [2, 0, 0, 0, 0, 0, 2],
  r7: [146, 9, 0, 1, 3, 1, 160],
  next: [12, 3, 0, 0, 0, 1, 16]
}
const columns = ['np', 'biz', 'sci', 'npo', 'law', 'oth', 'tot']

const review: Record<string, [number, number, number, number, number]> = {
  // Deliberate error: 总计 3 ≠ 1 + 0 + 0 + 1.
  rev: [1, 0, 0, 1, 3],
  lit1: [0, 0, 0, 1, 1],
  lit2: [0, 0, 0, 0, 0]
}
const results = ['keep', 'fix', 'other', 'pending', 'total']

export function sampleTables(): Record<TableId, CellMap> {
  const requests: CellMap = {}
  for (const [row, values] of Object.entries(requestRows))
    values.forEach((v, i) => (requests[`${row}.${columns[i]}`] = v))
  const reviewCells: CellMap = {}
  for (const [block, values] of Object.entries(review))
    values.forEach((v, i) => (reviewCells[`${block}.${results[i]}`] = v))
  return {
    active: {
      'reg.made': 0,
      'reg.repealed': 0,
      'reg.valid': 0,
      'norm.made': 6,
      'norm.repealed': 2,
      'norm.valid': 41,
      'licence.decisions': 3862,
      'penalty.decisions': 1247,
      'coercion.decisions': 58,
      'fees.amount': 312.65
    },
    requests,
    review: reviewCells
  }
}
