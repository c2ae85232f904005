// OFD packages made here, as an OFD writer lays a document out: a TextObject per run of text at its place on
// the page (Boundary, Size in mm, y down the page), some scaled by a CTM, character advances in DeltaX with
// the “g n v” shorthand, a template page with a running head and a page number on every page.
import JSZip from 'jszip'
import { LEFT, SIZE, typeset, wide, width, type Run } from './typeset'

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Advances as OFD writes them: a run of equal advances as “g n v”. */
function deltaX(chars: string[], scale: number): string {
  const steps = chars.slice(0, -1).map((ch) => ((wide(ch) ? SIZE : SIZE / 2) * scale).toFixed(3))
  const out: string[] = []
  for (let i = 0; i < steps.length;) {
    let j = i
    while (j < steps.length && steps[j] === steps[i]) j++
    out.push(j - i > 1 ? `g ${j - i} ${steps[i]}` : steps[i])
    i = j
  }
  return out.join(' ')
}

let ids = 100
/** One run of text at (x, baseline y); every third one drawn at double size through a CTM of 0.5. */
function textObject(text: string, x: number, y: number): string {
  const chars = Array.from(text)
  const scaled = ids % 3 === 0
  const k = scaled ? 2 : 1
  const ctm = scaled ? ' CTM="0.5 0 0 0.5 0 0"' : ''
  const w = width(text) * (SIZE / 2)
  return (
    `<ofd:TextObject ID="${ids++}" Boundary="${x.toFixed(3)} ${(y - SIZE).toFixed(3)} ${w.toFixed(3)} ${SIZE * 1.4}"` +
    ` Font="1" Size="${SIZE * k}"${ctm}><ofd:FillColor Value="0 0 0"/>` +
    `<ofd:TextCode X="0" Y="${(SIZE * k).toFixed(3)}" DeltaX="${deltaX(chars, k)}">${escape(text)}</ofd:TextCode>` +
    '</ofd:TextObject>'
  )
}

function pageContent(runs: Run[]): string {
  const objects = runs.map((run) => textObject(run.text, run.x, run.y))
  return `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Template TemplateID="2" ZOrder="Background"/><ofd:Content><ofd:Layer ID="3"><ofd:PageBlock ID="4">${objects.join('')}</ofd:PageBlock></ofd:Layer></ofd:Content></ofd:Page>`
}

export const RUNNING_HEAD = '内部资料 注意保存'

/** The OFD of `text` laid out as pages, or, with `pictures`, pages holding no text at all. */
export async function ofdOf(text: string, { pictures = false } = {}): Promise<Uint8Array> {
  const zip = new JSZip()
  const pages = typeset(text)
  zip.file(
    'OFD.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`
  )
  zip.file(
    'Doc_0/Document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages>` +
      pages.map((_, i) => `<ofd:Page ID="${10 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('') +
      '</ofd:Pages></ofd:Document>'
  )
  zip.file(
    'Doc_0/PublicRes.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`
  )
  zip.file(
    'Doc_0/Tpls/Tpl_0/Content.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="5">${textObject(RUNNING_HEAD, LEFT, 15)}${textObject('— 1 —', 100, 285)}</ofd:Layer></ofd:Content></ofd:Page>`
  )
  pages.forEach((runs, i) => {
    const content = pictures
      ? `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="3"><ofd:ImageObject ID="6" Boundary="0 0 210 297" ResourceID="7"/></ofd:Layer></ofd:Content></ofd:Page>`
      : pageContent(runs)
    zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, content)
  })
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
