// A web archive (.mht, “单个文件网页”), as Word and WPS save one and sites publish it, sometimes named .doc:
// the page it holds imports as the page itself does, whether quoted-printable in GB2312 or base64 in UTF-8.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importReport } from '@shared/import'
import { importText } from '@shared/import/messages'
import { IMPORT_FIXTURES } from './expect'
import { gbkBytes } from './gbk'
import { imported } from './imported'

const BOUNDARY = '----=_NextPart_01DA1234.56789ABC'

/** Quoted-printable as Word writes it: lines of at most 76 characters, soft breaks “=”, “=3D” for “=”. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = []
  let line = ''
  for (const b of bytes) {
    if (b === 0x0a) {
      lines.push(line)
      line = ''
      continue
    }
    const t =
      b === 0x0d
        ? ''
        : b >= 0x80 || b === 0x3d
          ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
          : String.fromCharCode(b)
    if (line.length + t.length > 75) {
      lines.push(`${line}=`)
      line = ''
    }
    line += t
  }
  lines.push(line)
  return lines.join('\r\n')
}

function mht(page: { body: string; encoding: string; charset: string }): string {
  return [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${BOUNDARY}"`,
    '',
    '此文档为“单个文件网页”，也称为“Web 档案”文件。',
    '',
    `--${BOUNDARY}`,
    'Content-Location: file:///C:/D3F1/report.htm',
    `Content-Transfer-Encoding: ${page.encoding}`,
    `Content-Type: text/html; charset="${page.charset}"`,
    '',
    page.body,
    '',
    `--${BOUNDARY}`,
    'Content-Location: file:///C:/D3F1/report.files/filelist.xml',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/xml; charset="utf-8"',
    '',
    '<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office"></xml>',
    `--${BOUNDARY}--`,
    ''
  ].join('\r\n')
}

describe('a web archive (.mht)', () => {
  const html = readFileSync(join(IMPORT_FIXTURES, 'county2022.html'), 'utf8')
  // GB2312 declares itself in the page too, as Word's pages do; the archive's header is what is read.
  const gbPage = html.replace(/charset=["']?utf-8["']?/i, 'charset=gb2312')

  it.each([
    [
      'quoted-printable, GB2312',
      () => mht({ body: quotedPrintable(gbkBytes(gbPage)), encoding: 'quoted-printable', charset: 'gb2312' })
    ],
    [
      'base64, UTF-8',
      () =>
        mht({
          body: Buffer.from(html, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n'),
          encoding: 'base64',
          charset: 'utf-8'
        })
    ]
  ])('%s: imports as the page it holds, named .mht or .doc', async (_, make) => {
    const page = await imported('county2022.html', html)
    for (const name of ['报告.mht', '报告.doc']) {
      const r = await imported(name, new TextEncoder().encode(make()))
      expect(r.report).toEqual(page.report)
      expect(r.problems).toContainEqual({ level: 'notice', message: importText.mhtRead })
    }
  })

  it('as Chrome saves it (.mhtml): its own headers first, the Content-Type folded over lines', async () => {
    const page = await imported('county2022.html', html)
    const chrome = mht({
      body: quotedPrintable(new TextEncoder().encode(html)),
      encoding: 'quoted-printable',
      charset: 'utf-8'
    })
      .replace(
        `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="${BOUNDARY}"`,
        [
          'From: <Saved by Blink>',
          'Snapshot-Content-Location: http://www.example.gov.cn/art/2023/3/14/art_1.html',
          'Subject: =?utf-8?Q?=E6=9F=90=E5=8E=BF?=',
          'MIME-Version: 1.0',
          'Content-Type: multipart/related;',
          '\ttype="text/html";',
          `\tboundary="${BOUNDARY}"`
        ].join('\r\n')
      )
      .replace('Content-Type: text/html; charset="utf-8"', 'Content-Type: text/html')
    const r = await imported('报告.mhtml', chrome)
    expect(r.report).toEqual(page.report)
  })

  it('a page part that names no charset: UTF-8 if it reads so, else GB18030', async () => {
    const page = await imported('county2022.html', html)
    const gb = mht({
      body: quotedPrintable(gbkBytes(gbPage)),
      encoding: 'quoted-printable',
      charset: 'x'
    }).replace('Content-Type: text/html; charset="x"', 'Content-Type: text/html')
    expect((await imported('报告.mht', gb)).report).toEqual(page.report)
  })

  it('without a page in it, is refused saying so', async () => {
    const empty = mht({ body: '', encoding: '7bit', charset: 'utf-8' }).replace('text/html', 'image/png')
    expect(await importReport({ name: 'a.mht', data: empty })).toEqual({
      ok: false,
      message: importText.mhtEmpty,
      problems: []
    })
  })
})
