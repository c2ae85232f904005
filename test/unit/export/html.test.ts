import { describe, expect, it } from 'vitest'
import { parse } from 'node-html-parser'
import type { HTMLElement } from 'node-html-parser'
import { getFormat } from '@shared/formats'
import { exportReport, htmlDocument, htmlFragment } from '@shared/export'
import { titleLines } from '@shared/export/prose'
import { filledReport, printedValue } from './reports'

const hostile = () => {
  const r = filledReport(2024, '某某市交通运输局&港口管理局 "试点"')
  r.title = `${r.agency}2024年政府信息公开工作年度报告<b>`
  r.sections.overview = '第一段<script>alert(1)</script>。\n第二段 a & b，“引号” \'单引号\' "双引号"'
  return r
}

describe('html export', () => {
  it('escapes all user text: no markup from the agency, title or prose survives', () => {
    const r = hostile()
    const html = htmlDocument(r)
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&amp;港口管理局 &quot;试点&quot;')
    const root = parse(html)
    // read back as text, every character is what the person typed
    expect(root.querySelector('h1')!.text).toBe(titleLines(r.title).join('\n'))
    expect(root.querySelector('title')!.text).toBe(r.title)
    const paragraphs = root.querySelectorAll('p').map((p) => p.text)
    expect(paragraphs).toContain('第一段<script>alert(1)</script>。')
    expect(paragraphs).toContain('第二段 a & b，“引号” \'单引号\' "双引号"')
  })

  it('is a complete UTF-8 document, A4 with the 公文 margins, with nothing remote', () => {
    const html = htmlDocument(filledReport(2024))
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toMatch(/<meta charset="utf-8">/i)
    expect(html).toMatch(/@page\{size:A4;margin:37mm 26mm 35mm 28mm\}/)
    // page numbers “— 1 —” at the outer edge: odd (right-hand) pages right, even pages left
    expect(html).toMatch(/@page:right\{@bottom-right\{content:"— " counter\(page\) " —";[^}]*font-size:14pt/)
    expect(html).toMatch(/@page:left\{@bottom-left\{content:"— " counter\(page\) " —"/)
    expect(html).not.toMatch(/https?:|url\(|<link|<script|<img|@import/i)
    expect(html).toMatch(/font-family:仿宋_GB2312, FangSong_GB2312, 仿宋, FangSong/)
    expect(html).toContain("'Noto Serif CJK SC'")
  })

  it('the fragment for a CMS has no document chrome and no <style>', () => {
    const frag = htmlFragment(filledReport(2024))
    expect(frag).not.toMatch(/<html|<head|<body|<style|<meta|class=/i)
    expect(frag).toMatch(/^<h1 /)
  })

  it('offers both flavours through exportReport, with mime type and file name', async () => {
    const r = filledReport(2024)
    const doc = await exportReport(r, 'html')
    const frag = await exportReport(r, 'html', { html: 'fragment' })
    expect(doc.data).toBe(htmlDocument(r))
    expect(frag.data).toBe(htmlFragment(r))
    expect(doc.mime).toBe('text/html;charset=utf-8')
    expect(doc.fileName).toBe('某某市某某区人民政府2024年政府信息公开工作年度报告.html')
  })

  for (const year of [2024, 2020]) {
    describe(`tables of the ${year} report`, () => {
      const r = filledReport(year)
      const format = getFormat(r.format)
      const root = parse(htmlFragment(r))
      const tables = root.querySelectorAll('table')

      it('one plain table per statutory table, in section order, none nested', () => {
        expect(tables).toHaveLength(format.tables.length)
        for (const t of tables) expect(t.querySelectorAll('table')).toHaveLength(0)
        // each table follows its own section heading
        const order = root.childNodes
          .filter((n): n is HTMLElement => 'tagName' in n && !!(n as HTMLElement).tagName)
          .map((n) => (n.tagName === 'H2' ? n.text : n.querySelector('table') ? 'TABLE' : n.tagName))
        for (const t of format.tables) {
          const heading = format.sections.find((s) => s.table === t.id)!.heading
          const at = order.indexOf(heading)
          const next = order.slice(at + 1).find((x) => x === 'TABLE' || x.includes('、'))
          expect(next).toBe('TABLE')
        }
      })

      it('each table alone in a box that scrolls it sideways when the screen is narrower', () => {
        for (const html of [htmlFragment(r), htmlDocument(r)]) {
          const tables = parse(html).querySelectorAll('table')
          expect(tables).toHaveLength(format.tables.length)
          for (const t of tables) {
            const box = t.parentNode!
            expect(box.tagName).toBe('DIV')
            expect(box.getAttribute('style')).toMatch(/(^|;)overflow-x:auto(;|$)/)
            const inside = box.childNodes.filter((n) => n.toString().trim() !== '')
            expect(inside).toHaveLength(1)
            expect(inside[0]).toBe(t)
          }
        }
        // paper does not scroll: the box lets a table show in full when printed, and the table keeps to the
        // text block (its phone-screen minimum width lifted)
        expect(htmlDocument(r)).toMatch(
          /@media print\{div\{overflow:visible!important\}table\{min-width:0!important\}/
        )
        for (const t of parse(htmlFragment(r)).querySelectorAll('table')) {
          const min = /;min-width:([\d.]+)em$/.exec(t.getAttribute('style') ?? '')
          // on a phone narrower than itself; and inside a CMS's 700 px column at 16 px, with its borders
          expect(Number(min?.[1])).toBeGreaterThan(10)
          expect(Number(min?.[1]) * 16).toBeLessThanOrEqual(700 - 16)
          // columns shared out as in the Word table
          const widths = t
            .querySelectorAll('col')
            .map((c) => Number(/width:([\d.]+)%/.exec(c.getAttribute('style') ?? '')![1]))
          expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0)
        }
      })

      it('column headings of 表三 and 表四 in <thead>, so print repeats them; 表二 has none', () => {
        const heads = tables.map((t) => t.querySelectorAll('thead tr').length)
        expect(heads).toEqual(format.tables.map((t) => (t.id === 'active' ? 0 : 3)))
      })

      it('every cell has an inline border and alignment', () => {
        const cells = root.querySelectorAll('td, th')
        expect(cells.length).toBeGreaterThan(50)
        for (const c of cells) {
          const style = c.getAttribute('style') ?? ''
          expect(style).toMatch(/border:1px solid #000/)
          expect(style).toMatch(/text-align:(left|center|right)/)
          expect(style).toMatch(/vertical-align:middle/)
          // the same as attributes, for editors that keep attributes and drop style
          expect(style).toContain(`text-align:${c.getAttribute('align')}`)
          expect(c.getAttribute('valign')).toBe('middle')
        }
        for (const t of tables) expect(t.getAttribute('border')).toBe('1')
        for (const t of tables) expect(t.getAttribute('style')).toMatch(/border-collapse:collapse/)
      })

      it('rowspan and colspan exactly as the declared grid, headings and labels scoped, values in their cells', () => {
        format.tables.forEach((decl, i) => {
          const rows = tables[i].querySelectorAll('tr')
          expect(rows).toHaveLength(decl.grid.length)
          decl.grid.forEach((gridRow, r) => {
            const cells = rows[r].querySelectorAll('td, th')
            expect(
              cells.map((c) => [
                Number(c.getAttribute('rowspan') ?? 1),
                Number(c.getAttribute('colspan') ?? 1)
              ])
            ).toEqual(gridRow.map((g) => [g.rowSpan ?? 1, g.colSpan ?? 1]))
            gridRow.forEach((g, k) => {
              const text = cells[k].text
              if (g.kind === 'header' || g.kind === 'label') expect(text).toBe(g.text)
              // headings and row labels head their columns and rows, for a screen reader to name a figure by
              if (g.kind === 'header') {
                expect(cells[k].tagName).toBe('TH')
                expect(cells[k].getAttribute('scope')).toBe('col')
              }
              if (g.kind === 'label') {
                expect(cells[k].tagName).toBe('TH')
                expect(cells[k].getAttribute('scope')).toBe('row')
                // and look as before: a <th> is bold unless said otherwise
                expect(cells[k].getAttribute('style')).toMatch(/;font-weight:normal$/)
              }
              if (g.kind === 'value' || g.kind === 'blank') expect(cells[k].tagName).toBe('TD')
              if (g.kind === 'blank') expect(text).toBe('')
              if (g.kind === 'value') {
                const v = r0(decl.id, g.key)
                expect(text).toBe(printedValue(v, g.key))
              }
            })
          })
        })
        function r0(table: 'active' | 'requests' | 'review', key: string) {
          return r.tables[table][key]
        }
      })
    })
  }

  it('writes the six headings in statutory order with the prose as paragraphs', () => {
    const r = filledReport(2024)
    const root = parse(htmlFragment(r))
    expect(root.querySelectorAll('h2').map((h) => h.text)).toEqual(
      getFormat('2021').sections.map((s) => s.heading)
    )
    const ps = root.querySelectorAll('p').map((p) => p.text)
    // leading full-width spaces are dropped: the paragraph style indents
    expect(ps.slice(0, 3)).toEqual([
      '2024年，本区认真贯彻落实《中华人民共和国政府信息公开条例》。',
      '（一）主动公开。全年主动公开政府信息1860条。',
      '（二）依申请公开。本年新收申请27件。'
    ])
    for (const p of root.querySelectorAll('p')) expect(p.getAttribute('style')).toMatch(/text-indent:2em/)
    expect(ps.at(-1)).toBe('本年度发出信息处理费收费通知2件，收费通知总金额300元，实际收取总金额200元。')
  })

  it('printed, a label spanning rows of 表三 keeps on its page as many of its rows as hold its lines', () => {
    // Chromium carries no line of such a label over a page break: 三、/本年/度办/理结 beside (一) and (二),
    // 果 printed under the table. Its five lines take its first four rows (1 + 2 + 1 + 2 lines); no more,
    // since its 22 rows are taller than a page.
    const table = parse(htmlFragment(filledReport(2024))).querySelectorAll('table')[1]
    const kept = table
      .querySelectorAll('tbody tr')
      .filter((tr) => /break-after:avoid/.test(tr.getAttribute('style') ?? ''))
      .map((tr) => tr.querySelectorAll('th').at(-1)!.text)
    expect(kept).toEqual([
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1.属于国家秘密',
      '1.本机关不掌握相关政府信息',
      '1.信访举报投诉类申请',
      '2.重复申请'
    ])
  })
})
