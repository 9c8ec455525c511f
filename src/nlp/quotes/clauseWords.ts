import type { Span } from '../../types.js'
import { CUE_FORMS } from './cueWords.js'
import { DETERMINERS, SOURCE_NOUNS, TITLE_WORDS } from './nameWords.js'
import { isCapitalized } from './wordsIn.js'

/** Word classes that bound an attribution phrase: clause boundaries, auxiliaries, marks, appositives. */

/** How far back or ahead (UTF-16 units) a subject or speaker phrase is looked for. */
export const REACH = 240
/** The longest subject or speaker phrase, in words. */
export const MAX_WORDS = 12
/** Conjunctions and relative words that open a new clause. */
export const BOUNDARY_WORDS = new Set(('that and but while because when as if where after before so though although since ' +
  'which who whom whose than or until unless whereas whether what how why nor yet like').split(' '))
/** Negated auxiliaries, with either apostrophe ("he doesn’t want", "they didn't say"). */
export const NEGATED = 'does do did is are was were has have had wo would ca could should must need'.split(' ')
  .flatMap((a) => [`${a}n't`, `${a}n’t`]).concat(["can't", 'can’t', 'cannot'])
/** Auxiliaries and adverbs between a subject and its verb ("Trump has also said"). */
export const AUXILIARIES = new Set(('also has had have would will did does was is were are could can may might should must ' +
  'later then previously recently once again repeatedly often finally simply publicly privately flatly bluntly ' +
  'separately earlier reportedly allegedly already further even just never ever first not subsequently ' +
  'angrily sharply jokingly tersely quickly quietly proudly openly defiantly').split(' ').concat(NEGATED))
/** Punctuation that ends a phrase: one of “ ” " ‘ ’ ' « » „ : ; ( ) [ ] — – ! ? . alone, or -- or ''. A Set, since it
 *  is tested on every word. */
const MARK_WORDS: ReadonlySet<string> = new Set([...'“”"‘’\'«»„:;()[]—–!?.', '--', "''"])

/** True for a word that is punctuation ending a phrase (MARK_WORDS). */
export function isMark(t: string): boolean {
  return MARK_WORDS.has(t)
}

/** True for a word that ends a subject: a mark, a cue, an auxiliary, a conjunction or a past/present participle. */
export function isVerbLike(t: string): boolean {
  const l = t.toLowerCase()
  return t === ',' || isMark(t) || CUE_FORMS.has(l) || AUXILIARIES.has(l) || BOUNDARY_WORDS.has(l) ||
    (!isCapitalized(t) && /(?:ed|ing)$/.test(l) && l.length > 4)
}

/** A word that opens a new clause after a speaker ("said X when asked", "says a source involved in …"). */
export function isClauseStart(t: string, prev: string): boolean {
  return /^(?:when|while|as|after|before|because|who|which|whose|during|if|since|though|although|that|where|and|but)$/.test(t) ||
    (!isCapitalized(t) && /(?:ed|ing)$/.test(t) && t.length > 4 && (isCapitalized(prev) || SOURCE_NOUNS.has(prev.toLowerCase())))
}

/** True for a segment between commas that describes the name before it ("who …", "R-Wis.", "a spokesman"). */
export function isAppositive(seg: Span[]): boolean {
  if (!seg.length || seg.length > 25) return false
  const first = seg[0].text
  if (/^(?:after|before|in|at|on|during|with|without|speaking|asked|when|like|from|for|by|according|then|now|once|earlier|later)$/.test(first)) return true
  if (/^[RDI]-/.test(first) || /^\d/.test(first)) return true
  if (seg.length === 1 && /^[A-Z][a-z]*\.$/.test(first)) return true
  if (/['’]s?$/.test(first) || DETERMINERS.has(first.toLowerCase())) return seg.some((x) => SOURCE_NOUNS.has(x.text.toLowerCase()) || TITLE_WORDS.has(x.text.toLowerCase()))
  // "Democrat of Tennessee", "Mr. Obama's deputy national security adviser".
  if (seg.length >= 3 && TITLE_WORDS.has(first.toLowerCase()) && /^(?:of|from|for)$/.test(seg[1].text) && isCapitalized(seg[2].text)) return true
  const owner = seg.findIndex((x) => /\p{Lu}[\p{L}.-]*['’]s$/u.test(x.text))
  if (owner >= 0 && owner < seg.length - 1 && seg.length <= 10) {
    const last = seg[seg.length - 1].text.toLowerCase()
    if (SOURCE_NOUNS.has(last) || TITLE_WORDS.has(last)) return true
  }
  return !isCapitalized(first) && !BOUNDARY_WORDS.has(first) || /^(?:who|which|whose)$/.test(first)
}

/** True for a time word that may stand between a cue and its speaker ("said Tuesday"). */
export function isTimeWord(t: string): boolean {
  return /^(?:on|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|night|morning|afternoon|evening|earlier|later|recently|previously)$/.test(t)
}


/** Index of the word before the cue at `i`, past at most two auxiliaries or adverbs ("and has said", "who also
 *  acknowledged"); -1 when the cue opens `w`. */
export function beforeAuxiliaries(w: Span[], i: number): number {
  let j = i - 1
  while (j > 0 && i - j <= 2 && AUXILIARIES.has(w[j].text.toLowerCase())) j--
  return j
}
