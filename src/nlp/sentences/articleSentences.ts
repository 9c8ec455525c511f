import type { Article, Sentence } from '../../types.js'
import { splitSentences } from './splitSentences.js'

/** The sentences of every block of the article, in order; each knows the index of its block. */
export function articleSentences(article: Article): Sentence[] {
  const out: Sentence[] = []
  for (let block = 0; block < article.blocks.length; block++) {
    const b = article.blocks[block]
    // fields written out, not { ...s, block }: a spread copy is slow and this makes one object per sentence
    for (const s of splitSentences(article.text, b.start, b.end)) out.push({ text: s.text, start: s.start, end: s.end, block })
  }
  return out
}
