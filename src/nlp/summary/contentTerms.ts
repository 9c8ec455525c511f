import { STOP_WORDS } from './stopWords.js'

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

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
 * The topic words of text[start, end) as ids of `vocab` (new words are added): lower-cased runs of letters and
 * digits, without stop words and one-character tokens ("Japan's" gives "japan"). One pass with a
 * character-code scanner; words become ids at once so no strings are kept. Linear time.
 */
export function contentTerms(text: string, start: number, end: number, vocab: Vocabulary): TermBag {
  const terms: number[] = []
  const low = text.slice(start, end).toLowerCase()
  const n = low.length
  let tokens = 0
  let i = 0
  while (i < n) {
    // character tests inlined (ASCII by table): this loop runs once per character of every body sentence
    let c = low.charCodeAt(i)
    while (c < 0x80 ? WORD_ASCII[c] === 0 : !NON_ASCII_WORD_CHAR.test(low[i])) { if (++i >= n) break; c = low.charCodeAt(i) }
    if (i >= n) break
    const from = i
    do { if (++i >= n) break; c = low.charCodeAt(i) } while (c < 0x80 ? WORD_ASCII[c] === 1 : NON_ASCII_WORD_CHAR.test(low[i]))
    tokens++
    if (i - from < 2) continue
    const w = low.slice(from, i)
    let id = vocab.ids.get(w)
    if (id === undefined) {
      id = STOP_WORDS.has(w) ? -1 : vocab.size++
      vocab.ids.set(w, id)
    }
    if (id >= 0) terms.push(id)
  }
  return { terms, tokens }
}

/** 1 for the ASCII letters and digits. */
const WORD_ASCII = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0))
