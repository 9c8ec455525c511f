import { STOP_WORDS } from './stopWords.js'

/** Topic-word ids of a range, in text order with repeats, and its number of word tokens (stop words included). */
export interface TermBag {
  terms: number[]
  tokens: number
}

/** Word → id table of one article for {@link contentTerms}: stop words map to -1, topic words to 0 … size − 1. */
export interface Vocabulary {
  ids: Map<string, number>
  /** Number of topic words seen, the next free id. */
  size: number
}

/** A fresh, empty {@link Vocabulary}. */
export function createVocabulary(): Vocabulary {
  return { ids: new Map(), size: 0 }
}

/**
 * The topic words of text[start, end) as ids of `vocab` (new words are added): lower-cased runs of letters, digits
 * and marks (UTF-16 units: an astral letter is not one), without stop words and one-character tokens ("Japan's"
 * gives "japan"). Words become ids at once so no strings are kept. Linear time.
 */
export function contentTerms(text: string, start: number, end: number, vocab: Vocabulary): TermBag {
  const terms: number[] = []
  let low = text.slice(start, end).toLowerCase()
  // The runs are found by a regex, in native code, where a character loop ran interpreted in short runs. The regex
  // reads code points; blanking surrogates keeps the per-unit reading (no surrogate is a letter on its own).
  if (SURROGATE.test(low)) low = low.replace(SURROGATES, ' ')
  let tokens = 0
  WORD_RUN.lastIndex = 0
  for (let m; (m = WORD_RUN.exec(low)) !== null;) {
    tokens++
    const w = m[0]
    if (w.length < 2) continue
    let id = vocab.ids.get(w)
    if (id === undefined) {
      id = STOP_WORDS.has(w) ? -1 : vocab.size++
      vocab.ids.set(w, id)
    }
    if (id >= 0) terms.push(id)
  }
  return { terms, tokens }
}

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu
const SURROGATE = /[\uD800-\uDFFF]/
const SURROGATES = /[\uD800-\uDFFF]/g
