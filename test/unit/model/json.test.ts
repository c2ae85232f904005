import { describe, expect, it } from 'vitest'
import { parseReportJson, serializeReport, validateReportJson } from '@shared/model/json'
import { emptyReport } from '@shared/model/report'

const doc2021 = () => {
  const r = emptyReport('2021', 2024, '某某区人民政府', 'government')
  return JSON.parse(serializeReport(r)) as Record<string, unknown> & {
    tables: Record<string, Record<string, unknown>>
    fees: Record<string, unknown>
    sections: Record<string, unknown>
  }
}

describe('report-json', () => {
  it('round-trips a report, including the 2019 procurement unit', () => {
    const r = emptyReport('2019', 2020, '吉林省商务厅', 'department')
    r.tables.active['procurement.amount'] = 2000
    r.units = { 'procurement.amount': '万元' }
    r.tables.requests['new.np'] = 1
    const text = serializeReport(r)
    const doc = JSON.parse(text)
    expect(doc.tables.active['procurement.amountUnit']).toBe('万元')
    expect(Object.keys(doc)).toEqual([
      'schema',
      'schemaVersion',
      'format',
      'agency',
      'agencyKind',
      'year',
      'title',
      'sections',
      'tables',
      'fees'
    ])
    const back = parseReportJson(text)
    expect(back.problems).toEqual([])
    expect(back.report).toEqual(r)
  })

  it('names each problem once, in Chinese, and keeps what it can', () => {
    const d = doc2021()
    d.tables.requests['new.np'] = -1
    d.tables.requests['new.biz'] = '12'
    d.tables.requests['bogus'] = 1
    delete d.tables.review['rev.keep']
    d.fees.notices = 1.5
    d.sections.overview = 3
    const { report, problems } = parseReportJson(JSON.stringify(d))
    expect(problems).toEqual([
      '一、总体情况（sections.overview）：应为文字，实际为 3',
      'tables.requests 中有本格式没有的项 "bogus"（1），已略去：如果是某一格的名称写错了，请改正后重新导入',
      '表三“一、本年新收政府信息公开申请数量”行“自然人”列（tables.requests["new.np"]）：应为不小于0的整数，实际为 -1',
      '表三“一、本年新收政府信息公开申请数量”行“商业企业”列（tables.requests["new.biz"]）：应为数字或 null（空白），实际为 文字 "12"',
      '缺少 表四“行政复议”下“结果维持”列（tables.review["rev.keep"]）',
      '信息处理费“收费通知件数”（fees.notices）：应为不小于0的整数，实际为 1.5'
    ])
    expect(report?.tables.requests['new.np']).toBe(-1)
    expect(report?.tables.requests['new.biz']).toBeNull()
    expect(report?.tables.review['rev.keep']).toBeNull()
    expect(report?.sections.overview).toBe('')
  })

  it.each([
    ['{', '不是有效的 JSON：文件在中途结束，内容不完整'],
    ['{"schema": "x",}', '不是有效的 JSON：第 16 个字符处格式有误'],
    // V8 names the character met, not where: no place is said rather than the first x in the text
    ['{"schema": "xxgk", "year": x}', '不是有效的 JSON：格式有误'],
    ['[]', '应为一个 JSON 对象'],
    ['{"schema":"other"}', 'schema 应为 "xxgk-nianbao/report"'],
    [
      '{"schema":"xxgk-nianbao/report","schemaVersion":2}',
      '较新版本的软件生成的（数据格式第 2 版），本程序只能读取第 1 版，请先升级本软件'
    ],
    [
      '{"schema":"xxgk-nianbao/report","schemaVersion":"1"}',
      '数据格式版本（schemaVersion）应为 1，实际为 文字 "1"'
    ],
    [
      '{"schema":"xxgk-nianbao/report","schemaVersion":1,"format":"2030"}',
      '报告格式（format）应为 "2021"（2021年版）'
    ],
    [
      '{"schema":"xxgk-nianbao/report","schemaVersion":1,"format":"2021","year":"2024"}',
      '报告年度（year）应为数字（如 2024，不带“年”字），实际为 文字 "2024"'
    ]
  ])('%s is not a report', (text, part) => {
    const { report, problems } = parseReportJson(text)
    expect(report).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(part)
  })

  it('classifies problems so callers can tell domain errors from broken documents', () => {
    const d = doc2021()
    d.tables.active['fees.amount'] = 1.23456
    const { problems } = validateReportJson(JSON.stringify(d))
    expect(problems.map((p) => [p.kind, p.path])).toEqual([['domain', 'tables.active["fees.amount"]']])
  })

  it('names missing fields and keeps a usable report', () => {
    const d = doc2021() as Record<string, unknown>
    delete d.agencyKind
    delete d.title
    delete d.fees
    d.extra = 1
    const { report, problems } = parseReportJson(JSON.stringify(d))
    expect(problems).toEqual([
      '缺少机关类型（agencyKind），已按机关名称定为人民政府',
      '缺少 报告标题（title）',
      '缺少 fees',
      '报告中有 report-json 第1版没有的项 "extra"，已略去'
    ])
    // The name tells the kind left out: a 人民政府 has its own deadline and may make 规章.
    expect(report).toMatchObject({ agencyKind: 'government', title: '', fees: { notices: null } })
  })

  it('a kind given wrongly is said, and taken from the name', () => {
    const d = doc2021() as Record<string, unknown>
    d.agency = '某某市住房和城乡建设局'
    d.agencyKind = null
    const { report, problems } = parseReportJson(JSON.stringify(d))
    expect(problems).toEqual([
      '机关类型（agencyKind）：应为 "government"（人民政府）或 "department"（政府部门及其他机关），实际为 null（空白）；已按机关名称定为政府部门及其他机关'
    ])
    expect(report?.agencyKind).toBe('department')
  })

  it('says a key given twice, where, and which value was kept (JSON.parse keeps the last without a word)', () => {
    const text = serializeReport(emptyReport('2021', 2024, '某某区人民政府', 'government'))
      .replace('"new.np": null', '"new.np": 152,\n"new.np": 252')
      .replace('"other": ""', '"other": "无",\n"other": ""')
      .replace('"year": 2024', '"year": 2024, "yea\\u0072": 2025')
      // Keys alike in different objects, and quotes and brackets inside a text, are no duplicates.
      .replace('"overview": ""', '"overview": "\\"new.np\\": 1, {\\"}"')
    const { report, problems } = validateReportJson(text)
    expect(problems.map(({ kind, level, message, ref }) => ({ kind, level, message, ref }))).toEqual([
      {
        kind: 'duplicate',
        level: 'warning',
        message:
          '六、其他需要报告的事项（sections.other） 写了 2 次（"无"、""），已按最后一次读作 ""，请核对哪个是对的',
        ref: 'sections:other'
      },
      {
        kind: 'duplicate',
        level: 'warning',
        message:
          '表三“一、本年新收政府信息公开申请数量”行“自然人”列（tables.requests["new.np"]） 写了 2 次（152、252），已按最后一次读作 252，请核对哪个是对的',
        ref: 'requests:new.np'
      },
      {
        kind: 'duplicate',
        level: 'warning',
        message: 'year 写了 2 次（2024、2025），已按最后一次读作 2025，请核对哪个是对的',
        ref: undefined
      }
    ])
    expect([report?.tables.requests['new.np'], report?.year]).toEqual([252, 2025])
  })

  it('writes the unit key only with a unit ("元" or "万元"), never as null', () => {
    const r = emptyReport('2019', 2020, 'x', 'department')
    const doc = JSON.parse(serializeReport(r))
    expect('procurement.amountUnit' in doc.tables.active).toBe(false)
    expect(parseReportJson(serializeReport(r)).problems).toEqual([])
  })

  it('asks the 信息处理费 of a 2021-format report only; a missing sections object is said to be missing', () => {
    const d = JSON.parse(serializeReport(emptyReport('2019', 2020, 'x', 'department')))
    delete d.fees
    expect(parseReportJson(JSON.stringify(d)).problems).toEqual([])
    const e = doc2021() as Record<string, unknown>
    delete e.sections
    const { problems } = validateReportJson(JSON.stringify(e))
    expect(problems.map((p) => [p.kind, p.message])).toEqual([['missing', '缺少 sections']])
  })

  it('rejects a wrong unit for the 2019 procurement amount', () => {
    const r = emptyReport('2019', 2020, 'x', 'department')
    const d = JSON.parse(serializeReport(r))
    d.tables.active['procurement.amountUnit'] = '万'
    expect(parseReportJson(JSON.stringify(d)).problems).toEqual([
      'tables.active["procurement.amountUnit"]：应为 "元" 或 "万元"，实际为 文字 "万"'
    ])
  })
})
