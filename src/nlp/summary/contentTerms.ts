import { STOP_WORDS } from './stopWords.js'

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** Topic-word ids of a range, in text order with repeats, and its number of word tokens (stop words included). */
export interface TermBag {
  terms: number[]
  tokens: number
}

/**
 * A fresh word → id table for {@link contentTerms}: stop words map to -1; topic words get dense ids 0, 1, …
 * in order of first sight (id = size − stop words at insertion). One table per article.
 */
export function createVocabulary(): Map<string, number> {
  return new Map([...STOP_WORDS].map((w) => [w, -1]))
}

/**
 * The topic words of text[start, end) as ids of `vocab` (new words are added): lower-cased runs of letters and
 * digits, without stop words and one-character tokens ("Japan's" gives "japan"). One pass with a
 * character-code scanner; words become ids at once so no strings are kept. Linear time.
 */
export function contentTerms(text: string, start: number, end: number, vocab: Map<string, number>): TermBag {
  const terms: number[] = []
  const low = text.slice(start, end).toLowerCase()
  let tokens = 0
  let i = 0
  while (i < low.length) {
    while (i < low.length && !isWordChar(low, i)) i++
    if (i >= low.length) break
    const from = i
    while (i < low.length && isWordChar(low, i)) i++
    tokens++
    if (i - from < 2) continue
    const w = low.slice(from, i)
    let id = vocab.get(w)
    if (id === undefined) {
      id = vocab.size - STOP_WORDS.size
      vocab.set(w, id)
    }
    if (id >= 0) terms.push(id)
  }
  return { terms, tokens }
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
  return NON_ASCII_WORD_CHAR.test(text[i])
}
