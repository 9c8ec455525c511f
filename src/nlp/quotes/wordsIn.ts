import type { Span } from '../../types.js'
import { isSpace } from './isSpace.js'

/**
 * Words ("Kyung-wha", "U.S.", "Trump’s", "R-Wis.") and single punctuation marks of text[from, to), in order: a
 * word is a letter or digit, then letters, digits, - ' ’ & and periods followed by a letter or digit, then
 * perhaps one period; anything else that is not white space is a mark of its own (one code point). The same as
 * the regex /[\p{L}\p{N}](?:[\p{L}\p{N}\-'’&]|\.(?=[\p{L}\p{N}]))*\.?|\S/gu, by a scan of character codes.
 * Callers pass bounded windows, so the cost is that of the window.
 */
export function wordsIn(text: string, from: number, to: number): Span[] {
  const out: Span[] = []
  const stop = Math.min(to, text.length)
  let i = Math.max(0, from)
  while (i < stop) {
    const c = text.charCodeAt(i)
    // ASCII by code in line (most characters), the rest by isSpace and letterOrDigit.
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpace(c)) { i++; continue }
    const start = i
    let n = c < 128 ? ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0) : letterOrDigit(text, i, stop)
    if (n === 0) {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < stop && isLow(text.charCodeAt(i + 1)) ? 2 : 1
    } else {
      i += n
      while (i < stop) {
        const d = text.charCodeAt(i)
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 45 || d === 39 || d === 0x2019 || d === 38) { i++; continue }
        if (d === 46) {
          if (i + 1 < stop && letterOrDigit(text, i + 1, stop) > 0) { i++; continue }
          break
        }
        if (d < 128 || (n = letterOrDigit(text, i, stop)) === 0) break
        i += n
      }
      if (i < stop && text.charCodeAt(i) === 46) i++
    }
    out.push({ text: text.slice(start, i), start, end: i })
  }
  return out
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/** How many code units the letter or digit at text[i] spans (2 for an astral one), or 0 when it is none. */
export function letterOrDigit(text: string, i: number, stop: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < stop && isLow(text.charCodeAt(i + 1)) && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0
  return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER_FIRST.test(word)
}

const UPPER_FIRST = /^\p{Lu}/u

/** The word lower-cased, without a trailing period or possessive ("Sen." → "sen", "Trump’s" → "trump"). */
export function bare(word: string): string {
  let w = word.toLowerCase()
  let n = w.length
  // The same as .replace(/['’]s$/, '').replace(/\.$/, ''), by character codes.
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 0x2019)) w = w.slice(0, (n -= 2))
  return n > 0 && w.charCodeAt(n - 1) === 46 ? w.slice(0, n - 1) : w
}
