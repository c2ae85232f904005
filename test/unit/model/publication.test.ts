import { describe, expect, it } from 'vitest'
import {
  chineseDate,
  dateAlone,
  dateTrouble,
  daysUntil,
  findDate,
  isIsoDate,
  isMonthDay,
  monthDayText,
  parseMonthDay,
  needsLocalDeadline,
  publicationDeadline
} from '@shared/model/publication'

describe('dates as reports write them', () => {
  it('finds Arabic, full-width and Chinese-numeral dates', () => {
    expect(findDate('日期: 2016-12-30 字号:[ ]')).toBe('2016-12-30')
    expect(findDate('发布时间：2025年01月20日 10:00')).toBe('2025-01-20')
    expect(findDate('２０２５年１月２０日')).toBe('2025-01-20')
    expect(findDate('2025/1/9')).toBe('2025-01-09')
    expect(findDate('二〇二五年一月二十日')).toBe('2025-01-20')
    expect(findDate('二〇一九年十二月三十一日')).toBe('2019-12-31')
    expect(findDate('二○二五年三月一日')).toBe('2025-03-01')
  })

  it('refuses what is not a calendar date', () => {
    expect(findDate('2025年2月30日')).toBeUndefined()
    expect(findDate('黄下政办〔201666号')).toBeUndefined()
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isMonthDay('02-20')).toBe(true)
    expect(isMonthDay('02-29')).toBe(false)
    expect(isMonthDay('13-01')).toBe(false)
  })

  it('prints a 落款 date without leading zeros', () => {
    expect(chineseDate('2025-01-05')).toBe('2025年1月5日')
  })

  it('counts days to a deadline, negative once past', () => {
    expect(daysUntil('2026-11-30', '2027-01-31')).toBe(62)
    expect(daysUntil('2027-02-01', '2027-01-31')).toBe(-1)
  })
})

describe('publication deadline', () => {
  const r = {
    year: 2024,
    format: '2021' as const,
    agency: '某某市人民政府',
    agencyKind: 'government' as const
  }
  it('follows 条例第四十九条 by kind of agency', () => {
    expect(publicationDeadline(r)?.date).toBe('2025-03-31')
    expect(publicationDeadline({ ...r, agency: '某某市教育局', agencyKind: 'department' })?.date).toBe(
      '2025-01-31'
    )
  })
  it('has no statutory date for a 乡镇 or 街道, unless a local rule is set', () => {
    expect(needsLocalDeadline({ agency: '某某镇人民政府' })).toBe(true)
    expect(needsLocalDeadline({ agency: '某某区某某街道办事处' })).toBe(true)
    expect(needsLocalDeadline({ agency: '某某县人民政府' })).toBe(false)
    expect(publicationDeadline({ ...r, agency: '某某乡人民政府' })).toBeUndefined()
    expect(publicationDeadline({ ...r, agency: '某某乡人民政府', publishBy: '02-20' })).toEqual({
      date: '2025-02-20',
      basis: '本地规定'
    })
  })
  it('takes a local rule that brings the day forward, never one that would put it past the 条例’s', () => {
    const dept = { ...r, agency: '某某市教育局', agencyKind: 'department' as const }
    expect(publicationDeadline({ ...dept, publishBy: '01-20' })).toEqual({
      date: '2025-01-20',
      basis: '本地规定'
    })
    expect(publicationDeadline({ ...dept, publishBy: '03-15' })).toEqual({
      date: '2025-01-31',
      basis: '条例第四十九条：县级以上人民政府部门每年1月31日前'
    })
    expect(publicationDeadline({ ...r, format: 'legacy', publishBy: '06-30' })?.date).toBe('2025-03-31')
  })
  it('gives none while the agency is not named (its kind would be a guess)', () => {
    expect(publicationDeadline({ ...r, agency: ' ', agencyKind: 'department' })).toBeUndefined()
  })
  it('gives reports before 2019 the old 3月31日', () => {
    expect(publicationDeadline({ ...r, format: 'legacy', agencyKind: 'department' })?.date).toBe('2025-03-31')
  })
})

describe('a date alone', () => {
  it.each([
    ['2025年1月20日', '2025-01-20'],
    ['二〇二五年一月二十日', '2025-01-20'],
    ['二○二五年十二月三十一日', '2025-12-31'],
    // the zero typed as a letter, as the importer reads it too
    ['二O二五年一月二十日', '2025-01-20'],
    ['二o二五年一月二十日', '2025-01-20'],
    ['二OO五年一月二十日', '2005-01-20'],
    ['２０２５年１月２０日', '2025-01-20'],
    ['2025-01-20', '2025-01-20'],
    ['2025年1月20号', '2025-01-20'],
    // typed in Chinese punctuation mode
    ['２０２７．１．２０', '2027-01-20'],
    ['2027。1。20', '2027-01-20'],
    ['2027年1月20日。', '2027-01-20'],
    ['2027。1。20。', '2027-01-20'],
    ['2027／1／20', '2027-01-20'],
    ['2027－01－20', '2027-01-20'],
    ['2025年2月30日', undefined],
    ['2025年1月20日印发', undefined],
    ['截至2025年1月20日', undefined]
  ])('%s → %s', (text, iso) => {
    expect(dateAlone(text)).toBe(iso)
  })
})

describe('a yearly day as typed', () => {
  it.each([
    ['2月20日', '02-20'],
    ['02-20', '02-20'],
    ['２月２０日', '02-20'],
    ['2月20号', '02-20'],
    [' 1/31 ', '01-31'],
    ['３．３１', '03-31'],
    ['3。31', '03-31'],
    ['3月31日。', '03-31'],
    ['2月29日', undefined],
    ['13月1日', undefined],
    ['2025年2月20日', undefined]
  ])('%s → %s', (text, md) => {
    expect(parseMonthDay(text)).toBe(md)
  })
  it('prints it back without zeros', () => {
    expect(monthDayText('02-05')).toBe('2月5日')
  })
})

describe('why a date typed was not read', () => {
  it.each([
    ['2025年2月29日', 'published', { kind: 'noSuchDay', year: 2025, month: 2, day: 29 }],
    ['2024年2月29日', 'published', undefined],
    ['2025。2。29', 'published', { kind: 'noSuchDay', year: 2025, month: 2, day: 29 }],
    ['２０２５年１３月１日', 'published', { kind: 'noSuchMonth', month: 13 }],
    ['1月20号', 'published', { kind: 'noYear' }],
    ['4月31日', 'published', { kind: 'noSuchDay', month: 4, day: 31 }],
    ['2月29日', 'publishBy', { kind: 'leapDay' }],
    ['2月30日', 'publishBy', { kind: 'noSuchDay', month: 2, day: 30 }],
    ['2026年2月20日', 'publishBy', { kind: 'hasYear' }],
    ['2026年2月30日', 'publishBy', { kind: 'noSuchDay', month: 2, day: 30 }],
    ['下月初', 'published', undefined],
    ['2月20日', 'publishBy', undefined]
  ] as const)('%s as %s → %o', (text, field, trouble) => {
    expect(dateTrouble(text, field)).toEqual(trouble)
  })
})
