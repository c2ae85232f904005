import { describe, expect, it } from 'vitest'
import { getFormat } from '@shared/formats'
import { exportReport, exportTxt } from '@shared/export'
import { displayWidth, wrap } from '@shared/export/width'
import { filledReport } from './reports'

const VALUE_SEGMENT = /^(-?\d+(?:\.\d+)?(?:万元|元)?|空)$/

/** The lines of each table: from the first rule after a heading to the last rule. */
function tableBlocks(txt: string): string[][] {
  const blocks: string[][] = []
  let current: string[] | null = null
  for (const line of txt.split('\r\n')) {
    if (/^[+|]/.test(line)) (current ??= []).push(line)
    else if (current) {
      blocks.push(current)
      current = null
    }
  }
  return blocks
}

/**
 * The text of every box of a drawn table: segments between | that start at the same column, read down
 * until a rule closes the box, joined (wrapped labels come back whole).
 */
function boxTexts(block: string[]): string[] {
  const open = new Map<number, string>()
  const out: string[] = []
  const close = (at: number) => {
    const text = open.get(at)
    if (text) out.push(text)
    open.delete(at)
  }
  for (const line of block) {
    let at = 0
    for (const seg of line.split(/[|+]/).slice(1, -1)) {
      if (/^-+$/.test(seg)) close(at)
      else if (seg.trim() !== '') open.set(at, (open.get(at) ?? '') + seg.trim())
      at += displayWidth(seg) + 1
    }
    if (/^\+[-+]*\+$/.test(line)) for (const k of [...open.keys()]) close(k)
  }
  return out
}

describe('display width', () => {
  it('counts CJK, full-width forms and Chinese quotes as two columns', () => {
    expect(displayWidth('ab12')).toBe(4)
    expect(displayWidth('政府')).toBe(4)
    expect(displayWidth('（一）')).toBe(6)
    expect(displayWidth('“三安全一稳定”')).toBe(16)
    expect(displayWidth('１２３')).toBe(6)
  })
  it('wraps without splitting a character and never wider than asked', () => {
    const lines = wrap('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 20)
    expect(lines.join('')).toBe('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20)
  })
})

describe('txt export', () => {
  for (const year of [2024, 2020]) {
    const r = filledReport(year)
    const format = getFormat(r.format)
    const txt = exportTxt(r)
    const lines = txt.split('\r\n')

    it(`${year}: title first, then the six headings in statutory order, each on its own line`, () => {
      expect(lines[0]).toBe(r.title)
      const at = format.sections.map((s) => lines.indexOf(s.heading))
      expect(at.every((i) => i > 0)).toBe(true)
      expect([...at].sort((a, b) => a - b)).toEqual(at)
    })

    it(`${year}: prose as indented paragraphs under its heading`, () => {
      const h = lines.indexOf(format.sections[0].heading)
      expect(lines.slice(h + 1, h + 4)).toEqual([
        '　　2024年，本区认真贯彻落实《中华人民共和国政府信息公开条例》。',
        '　　（一）主动公开。全年主动公开政府信息1860条。',
        '　　（二）依申请公开。本年新收申请27件。'
      ])
    })

    it(`${year}: every table value in reading order, blanks shown as 空 and never as 0`, () => {
      const blocks = tableBlocks(txt)
      expect(blocks).toHaveLength(format.tables.length)
      format.tables.forEach((t, i) => {
        const expected = t.grid.flatMap((row) =>
          row.flatMap((g) => {
            if (g.kind !== 'value') return []
            const v = r.tables[t.id][g.key]
            return [v === null ? '空' : String(v) + (g.key === 'procurement.amount' ? '万元' : '')]
          })
        )
        const seen = blocks[i]
          .filter((l) => l.startsWith('|'))
          .flatMap((l) => l.split('|').map((s) => s.trim()))
          .filter((s) => VALUE_SEGMENT.test(s))
        expect(seen).toEqual(expected)
        expect(expected.filter((v) => v === '空').length).toBeGreaterThan(0)
      })
    })

    it(`${year}: every table's lines have one display width, and every label reads whole in its box`, () => {
      const blocks = tableBlocks(txt)
      for (const block of blocks) expect(new Set(block.map(displayWidth)).size).toBe(1)
      format.tables.forEach((t, i) => {
        const boxes = boxTexts(blocks[i])
        for (const row of t.grid)
          for (const g of row) if (g.kind === 'header' || g.kind === 'label') expect(boxes).toContain(g.text)
      })
    })

    it(`${year}: merged headers keep one box (no rule crosses a spanning cell)`, () => {
      const block = tableBlocks(txt)[format.tables.findIndex((t) => t.id === 'requests')]
      // 申请人情况 spans the seven applicant columns: its line has no | between them
      const line = block.find((l) => l.includes('申请人情况'))!
      expect(line.split('|').filter((s) => s.trim() !== '')).toHaveLength(2)
      // 三、本年度办理结果 spans 22 rows: the rules between them leave its column open
      const open = block.filter((l) => /^\|\s+[|+].*-/.test(l))
      expect(open.length).toBeGreaterThanOrEqual(21)
    })
  }

  it('exportReport gives the text with a UTF-8 byte-order mark for old Notepad', async () => {
    const r = filledReport(2024)
    const out = await exportReport(r, 'txt')
    expect(out.data).toBe('\uFEFF' + exportTxt(r))
    expect(out.fileName).toBe(`${r.title}.txt`)
    expect(out.mime).toBe('text/plain;charset=utf-8')
  })
})
