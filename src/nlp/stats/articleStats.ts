import type { Article } from '../../types.js'

/** Words per minute assumed for reading time (adult silent reading of non-fiction; Brysbaert 2019: 238). */
export const READING_WPM = 238

/** Size of the article body: words and paragraphs of `paragraph` blocks, and reading minutes (at least 1). */
export interface ArticleStats {
  wordCount: number
  paragraphCount: number
  readingMinutes: number
}

/** Counts words (runs of letters or digits, with inner apostrophes and hyphens) in the body paragraphs. */
export function articleStats(article: Article): ArticleStats {
  let wordCount = 0
  let paragraphCount = 0
  for (const b of article.blocks) {
    if (b.kind !== 'paragraph') continue
    paragraphCount++
    wordCount += countWords(b.text)
  }
  return { wordCount, paragraphCount, readingMinutes: wordCount ? Math.max(1, Math.round(wordCount / READING_WPM)) : 0 }
}

/** Number of words in `s`: maximal runs of letters and digits, joined by inner ' ’ - . */
export function countWords(s: string): number {
  return (s.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? []).length
}
