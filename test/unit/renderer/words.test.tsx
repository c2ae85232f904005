import { describe, expect, it } from 'vitest'
import { render } from '@testing-library/react'
import { Words } from '@renderer/editor/Words'

// The pieces between the break opportunities, as a narrow column may wrap them.
function pieces(text: string): string[] {
  const { container } = render(<Words text={text} />)
  const out = ['']
  for (const node of container.querySelector('.words')?.childNodes ?? [])
    if (node.nodeName === 'WBR') out.push('')
    else out[out.length - 1] += node.textContent
  return out
}

describe('Words', () => {
  it('lets a column heading break between its words, never inside one', () => {
    expect(pieces('商业企业')).toEqual(['商业', '企业'])
    expect(pieces('法律服务机构')).toEqual(['法律', '服务', '机构'])
  })
  it('keeps the text exactly as the law prints it, for screen readers and copying', () => {
    const label = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'
    const { container } = render(<Words text={label} />)
    expect(container.textContent).toBe(label)
    expect(pieces(label).join('')).toBe(label)
  })
  it('writes a single word as plain text', () => {
    const { container } = render(<Words text="总计" />)
    expect(container.innerHTML).toBe('总计')
  })
})
