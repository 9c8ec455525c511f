import { isAscii } from './isAscii.js'

/**
 * True when `word` is one of `words` (lower-case ASCII forms) up to ASCII case: the same as the anchored regex
 * /^(?:form|form|…)$/i.test(word), by a Set lookup (a second one only for a word with capitals). A regex with the
 * `i` flag and no `u` flag folds no other character onto an ASCII letter (the Kelvin sign lower-cases to "k" but
 * does not match /k/i), hence the ASCII test before a lower-cased word counts.
 */
export function isListed(words: ReadonlySet<string>, word: string): boolean {
  if (words.has(word)) return true
  const lower = word.toLowerCase()
  return lower !== word && words.has(lower) && isAscii(word)
}

/** A Set of the space-separated forms of `list`. */
export function listOf(list: string): ReadonlySet<string> {
  return new Set(list.split(' '))
}
