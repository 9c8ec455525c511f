import type { Article, Sentence } from '../../types.js'
import { splitSentences } from './splitSentences.js'

/** The sentences of every block of the article, in order; each knows the index of its block. */
export function articleSentences(article: Article): Sentence[] {
  const out: Sentence[] = []
  article.blocks.forEach((b, block) => {
    for (const s of splitSentences(article.text, b.start, b.end)) out.push({ ...s, block })
  })
  return out
}
