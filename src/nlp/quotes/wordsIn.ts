import type { Span } from '../../types.js'

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\-'’&]|\.(?=[\p{L}\p{N}]))*\.?|\S/gu

/**
 * Words ("Kyung-wha", "U.S.", "Trump’s", "R-Wis.") and single punctuation marks of text[from, to), in order.
 * Callers pass bounded windows, so the cost is that of the window.
 */
export function wordsIn(text: string, from: number, to: number): Span[] {
  const out: Span[] = []
  const slice = text.slice(Math.max(0, from), to)
  const base = Math.max(0, from)
  for (const m of slice.matchAll(WORD)) out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length })
  return out
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

/** The word lower-cased, without a trailing period or possessive ("Sen." → "sen", "Trump’s" → "trump"). */
export function bare(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '')
}
