// Reports to export: a deterministic filled one, and fast-check arbitraries over whole 2019/2021 reports
// (random cells incl. blanks, random Chinese prose with punctuation). Shared by the export and round-trip tests.
import fc from 'fast-check'
import { getFormat } from '@shared/formats'
import type { AmountUnit, CellDomain, FormatId } from '@shared/formats'
import { emptyReport } from '@shared/model/report'
import type { Report } from '@shared/model/report'

/** Every cell filled with a distinct value, every fifth blank; prose in every section. */
export function filledReport(year: number, agency = '某某市某某区人民政府'): Report {
  const r = emptyReport(undefined, year, agency, 'government')
  let i = 0
  for (const t of getFormat(r.format).tables)
    for (const c of t.cells) {
      i++
      r.tables[t.id][c.key] = i % 5 === 0 ? null : c.domain.kind === 'signed' && i % 3 === 0 ? -i : i * 7
      if (c.domain.kind === 'money') r.tables[t.id][c.key] = 12.3456
      if (c.domain.kind === 'amount') {
        r.tables[t.id][c.key] = 2000.5
        r.units = { [c.key]: '万元' }
      }
    }
  r.sections.overview =
    '　　2024年，本区认真贯彻落实《中华人民共和国政府信息公开条例》。\n（一）主动公开。全年主动公开政府信息1860条。\n（二）依申请公开。本年新收申请27件。'
  r.sections.requests = '本年度“三安全一稳定”类申请均依法答复。'
  r.sections.problems = '一是公开目录更新不及时；二是政策解读形式单一。'
  r.sections.other = '本年度无其他需要报告的事项。'
  r.fees = { notices: 2, noticedAmount: 300, collected: 200 }
  return r
}

/** A value cell of `filledReport` as every export prints it: a rise in 本年增/减 with its +, the amount with 万元. */
export function printedValue(v: number | null | undefined, key: string, blank = ''): string {
  if (v === null || v === undefined) return blank
  return (
    (key.endsWith('.change') && v > 0 ? '+' : '') + String(v) + (key === 'procurement.amount' ? '万元' : '')
  )
}

const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞'
const PUNCT = '，。、；：“”（）《》！？…—'
/** What markup would make of: the html and docx paths must carry it as text. */
const MARKUP = '<>&"\''
const hanChar = fc.constantFrom(...HAN)
const anyChar = fc.oneof(
  { weight: 20, arbitrary: hanChar },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP, '<script>', '&amp;', '&nbsp;') },
  // numbers as prose quotes them: with a measure word, never a bare digit inside a word
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat({ max: 99999 }), fc.constantFrom('件', '年', '条', '%', '个', '次', '人次', '万元'))
      .map(([n, unit]) => `${n}${unit}`)
  }
)

/** One sentence-like line of prose: starts with a character, ends as Chinese sentences and list items end, never
 * looks like a section heading (一、…). */
const proseLine = fc
  .tuple(
    // how officials number points inside a section
    fc.constantFrom('', '', '', '（一）', '（二）', '1.', '2．', '一是', '（1）'),
    hanChar,
    fc.array(anyChar, { minLength: 5, maxLength: 60 }),
    // as Chinese sentences end, and as officials end a line of a list (no stop), a quote, a caption (：)
    fc.constantFrom('。', '；', '！', '？', '', '”', '：')
  )
  .map(([lead, first, rest, end]) => lead + first + rest.join('') + end)
  .filter((l) => !/^[一二三四五六七八九十]+、/.test(l))

export const arbProse = fc.array(proseLine, { minLength: 0, maxLength: 4 }).map((lines) => lines.join('\n'))

const arbValue = (domain: CellDomain): fc.Arbitrary<number | null> => {
  const value = ((): fc.Arbitrary<number> => {
    switch (domain.kind) {
      case 'count':
        return fc.nat({ max: 99999 })
      case 'signed':
        return fc.integer({ min: -999, max: 999 })
      case 'money':
        return fc.nat({ max: 9_999_999 }).map((n) => n / 10 ** domain.maxDecimals)
      case 'amount':
        return fc.nat({ max: 99_999_999 }).map((n) => n / 100)
    }
  })()
  return fc.option(value, { freq: 5, nil: null })
}

/**
 * A plausible agency name: a place (random characters, never a pronoun), its level, a body. No body's name
 * opens as a sentence does (根据…, 按照…) or says 公布/印发: the importer rightly takes such a line for prose.
 */
const arbAgency = fc
  .tuple(
    fc.array(
      hanChar.filter((c) => !'我你他她它这那'.includes(c)),
      { minLength: 2, maxLength: 4 }
    ),
    fc.constantFrom('省', '市', '县', '区', '镇'),
    fc.constantFrom(
      '人民政府',
      '人民政府办公室',
      '教育局',
      '财政局',
      '公安局',
      '卫生健康委员会',
      '自然资源和规划局',
      '市场监督管理局',
      '街道办事处'
    )
  )
  .map(([place, level, body]) => place.join('') + level + body)
  .filter((name) => !/^(?:根据|依据|现将|现公布|现予|按照|关于)|公布|印发/.test(name))

export function arbReport(formatId: Exclude<FormatId, 'legacy'>): fc.Arbitrary<Report> {
  const format = getFormat(formatId)
  const years = formatId === '2021' ? { min: 2021, max: 2030 } : { min: 2019, max: 2020 }
  const cells = format.tables.flatMap((t) => t.cells)
  return fc
    .record({
      year: fc.integer(years),
      agency: arbAgency,
      kind: fc.constantFrom('government' as const, 'department' as const),
      values: fc.tuple(...cells.map((c) => arbValue(c.domain))),
      unit: fc.constantFrom<AmountUnit>('元', '万元'),
      sections: fc.tuple(arbProse, arbProse, arbProse, arbProse, arbProse, arbProse),
      fees: fc.record({
        notices: fc.option(fc.nat({ max: 50 }), { nil: null }),
        noticedAmount: fc.option(
          fc.nat({ max: 500 }).map((n) => n * 10),
          { nil: null }
        ),
        collected: fc.option(
          fc.nat({ max: 500 }).map((n) => n * 10),
          { nil: null }
        )
      })
    })
    .map(({ year, agency, kind, values, unit, sections, fees }) => {
      const r = emptyReport(formatId, year, agency, kind)
      r.fees = fees
      cells.forEach((c, i) => {
        r.tables[c.table][c.key] = values[i]
        if (c.domain.kind === 'amount') r.units = { ...r.units, [c.key]: unit }
      })
      format.sections.forEach((s, i) => (r.sections[s.id] = sections[i]))
      return r
    })
}

/** A 发布日期 (YYYY-MM-DD) or none: any real day from 2019 to 2031. */
export const arbPublished: fc.Arbitrary<string | undefined> = fc.option(
  fc
    .integer({ min: Date.UTC(2019, 0, 1) / 86_400_000, max: Date.UTC(2031, 11, 31) / 86_400_000 })
    .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10)),
  { nil: undefined }
)
