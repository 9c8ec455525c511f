import type { Span } from '../../types.js'
import { GIVEN_NAME_GENDER } from './firstNames.js'
import { NOT_NAME, TITLE_WORDS } from './nameWords.js'
import { bare, isCapitalized } from './wordsIn.js'

/** Particles inside names ("Bill de Blasio", "Osama bin Laden"). */
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'del', 'da', 'di', 'y', 'ibn', '&'])

/** The last run of capitalized name words in the phrase (particles allowed inside), as [from, to). `lows` holds
 *  bare() of each word when the caller has it (at least w.length entries). */
export function lastNameRun(w: Span[], lows: string[] = w.map((x) => bare(x.text))): { from: number; to: number } | null {
  let to = -1
  for (let i = w.length - 1; i >= 0; i--) if (isNameWordOf(w[i].text, lows[i], i > 0 && isNameWordOf(w[i - 1].text, lows[i - 1]))) { to = i + 1; break }
  if (to < 0) return null
  let from = to - 1
  while (from > 0 && (isNameWordOf(w[from - 1].text, lows[from - 1]) || (PARTICLES.has(w[from - 1].text) && from > 1 && isNameWordOf(w[from - 2].text, lows[from - 2])))) from--
  if (/['’]s$/.test(w[from].text) && from < to - 1) from++
  return { from, to }
}

/**
 * True for a word that can be part of a name (capitalized and not a function word, day or month; or "Sen.",
 * "Mr."). A capitalized adverb or participle ("Finally", "Following") is not, unless it follows a name word
 * (`afterName`: "Joe Donnelly", "Peyton Manning").
 */
export function isNameWord(word: string, afterName = false): boolean {
  return isNameWordOf(word, bare(word), afterName)
}

// The *Of forms take the word's bare() from the caller: a phrase reader asks several of these questions about the
// same few words, and lower-casing them again for each one was the largest cost of reading a phrase.

/** isNameWord with `low` = bare(word). */
export function isNameWordOf(word: string, low: string, afterName = false): boolean {
  return isCapitalized(word) && !NOT_NAME.has(low) && (afterName || !((word.endsWith('ly') || word.endsWith('ing')) && !GIVEN_NAME_GENDER.has(low))) ||
    (word.length <= 4 && HONORIFIC_ABBREVIATIONS.has(word))
}

const HONORIFIC_ABBREVIATIONS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Rep.', 'Gov.'])

/** True for a title or role word ("Secretary", "Sen.", "spokesman"); "King" or "First" only first in a run. */
export function isTitleWord(word: string, index: number): boolean {
  return isTitleLow(bare(word), index)
}

/** isTitleWord of a word whose bare() is `low`. */
export function isTitleLow(low: string, index: number): boolean {
  return TITLE_WORDS.has(low) || (index === 0 && FIRST_ONLY_TITLES.has(low))
}

const FIRST_ONLY_TITLES = new Set(['king', 'queen', 'prince', 'first'])

/** True for a capitalized day or month name ("Tuesday", "Jan."). */
export function isCalendar(word: string): boolean {
  return isCalendarOf(word, bare(word))
}

/** isCalendar with `low` = bare(word). */
export function isCalendarOf(word: string, low: string): boolean {
  return isCapitalized(word) && NOT_NAME.has(low) && /day|uary|ch|il|ay|une|uly|ust|ber|\.$/.test(word)
}

/** The span of the words; a sentence period glued to the last word is left out ("Strada." → "Strada"). */
export function join(w: Span[]): Span {
  const first = w[0], last = w[w.length - 1]
  const end = last.text.endsWith('.') && /^\p{L}{3,}\.$/u.test(last.text) && !/^(?:Jr|Sr|Inc|Corp|Ltd|Bros)\.$/.test(last.text) ? last.end - 1 : last.end
  return { text: '', start: first.start, end }
}

/** The words as written: a space only where the text had one ("9/11 widow", "D-Mo."). */
export function joinWords(w: Span[]): string {
  return w.map((x, i) => (i > 0 && w[i - 1].end < x.start ? ' ' : '') + x.text).join('')
}
