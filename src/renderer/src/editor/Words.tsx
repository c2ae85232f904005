// A heading or row label broken only between words: 商业|企业, not 商业企|业, where a narrow column wraps
// it. The words are the browser's own (Intl.Segmenter's dictionary); the text is unchanged, since <wbr>
// adds no characters, so what a screen reader says and what a copy takes stay as the law prints them.
import { Fragment } from 'react'

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('zh', { granularity: 'word' })
    : null
const cache = new Map<string, string[]>()

function wordsOf(text: string): string[] {
  let words = cache.get(text)
  if (!words) {
    words = segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : [text]
    cache.set(text, words)
  }
  return words
}

export function Words({ text }: { text: string }) {
  const words = wordsOf(text)
  // Without a segmenter the text may break anywhere, as before: keep-all would then not break it at all.
  if (words.length < 2) return <>{text}</>
  return (
    <span className="words">
      {words.map((w, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {w}
        </Fragment>
      ))}
    </span>
  )
}
