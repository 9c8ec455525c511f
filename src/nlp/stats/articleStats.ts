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

/** Number of words in `s`: maximal runs of letters and digits, joined by inner ' ’ - . ("don't", "U.S.", "co-op"). */
export function countWords(s: string): number {
  // A regex finds the words in native code, where the character loop ran interpreted in short runs. It reads code
  // points and the loop UTF-16 units, which can differ on a lone surrogate: text with surrogates keeps the loop.
  if (SURROGATE.test(s)) return countWordsByUnit(s)
  let n = 0
  WORD.lastIndex = 0
  while (WORD.test(s)) n++
  return n
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu
const SURROGATE = /[\uD800-\uDFFF]/

/** {@link countWords} by UTF-16 unit: a word starts at a word character after neither a word character nor a joiner that follows one. */
export function countWordsByUnit(s: string): number {
  let n = 0
  let prevWord = false
  let prev2Word = false
  for (let i = 0; i < s.length; i++) {
    const word = isWordChar(s, i)
    if (word && !prevWord && !(prev2Word && isJoiner(s.charCodeAt(i - 1)))) n++
    prev2Word = prevWord
    prevWord = word
  }
  return n
}

const WORD_CHAR = /[\p{L}\p{N}]/u

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  return WORD_CHAR.test(s[i]) || (c >= 0xd800 && c <= 0xdfff && WORD_CHAR.test(String.fromCodePoint(s.codePointAt(c >= 0xdc00 ? i - 1 : i) ?? 0)))
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46
}
