import { STOP_WORDS } from './stopWords.js'

const WORD = /[\p{L}\p{N}]+/gu

/**
 * The topic words of text[start, end): lower-cased runs of letters and digits, without stop words and
 * one-character tokens ("Japan's" gives "japan"). In text order, repeats kept. Linear time.
 */
export function contentWords(text: string, start = 0, end = text.length): string[] {
  const out: string[] = []
  const part = start === 0 && end === text.length ? text : text.slice(start, end)
  for (const m of part.toLowerCase().matchAll(WORD)) {
    const w = m[0]
    if (w.length > 1 && !STOP_WORDS.has(w)) out.push(w)
  }
  return out
}
