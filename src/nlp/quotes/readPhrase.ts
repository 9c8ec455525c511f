import type { Span } from '../../types.js'
import { GIVEN_NAME_GENDER, genderOfGivenName } from './firstNames.js'
import { DETERMINERS, HONORIFIC_GENDER, ORG_WORDS, ROLE_GENDER, SOURCE_NOUNS, TITLE_WORDS } from './nameWords.js'
import { NEGATED } from './clauseWords.js'
import { isCalendarOf, isTitleLow, join, joinWords, lastNameRun } from './nameRun.js'
import { bare, isCapitalized, letterOrDigit } from './wordsIn.js'

export type Gender = 'male' | 'female'

/** What an attribution phrase ("Secretary of State Rex Tillerson", "he", "a party spokesman") points at. */
export interface SpeakerRef {
  /** The words of the phrase that name the speaker. */
  mention: Span
  form: 'name' | 'pronoun' | 'nominal'
  /** The proper name read from the phrase without its title ("Rex Tillerson", "White House"), or null. */
  name: string | null
  /** Offset of that name in the text, or -1. */
  nameStart: number
  title: string | null
  gender: Gender | null
  isOrg: boolean
  /** Pronouns and nominals: plural ("they", "officials"). */
  isPlural: boolean
}

// Maps, not object literals: a lookup by a word sliced from the text (not an interned string) cost a string-table
// probe per call, and no word can reach Object.prototype's keys.
const PRONOUNS = new Map<string, { gender: Gender | null; plural: boolean }>([
  ['he', { gender: 'male', plural: false }], ['she', { gender: 'female', plural: false }], ['i', { gender: null, plural: false }],
  ['they', { gender: null, plural: true }], ['we', { gender: null, plural: true }], ['it', { gender: null, plural: false }],
])
/** Possessive pronouns read as their subject form ("her comment" → she). */
const POSSESSIVE = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it'], ['my', 'i'], ['our', 'we']])
/** Words that may trail a subject before its verb ("Trump on Tuesday also said"). */
const TRAILERS = new Set(('also later then has had have would will did does was is were are previously recently once ' +
  'again repeatedly often finally simply quickly publicly privately flatly bluntly separately earlier last this ' +
  'on in at week month year night morning afternoon evening day weekend just further already even ' +
  'reportedly allegedly herself himself themselves itself ever never first subsequently told jokingly ' +
  'angrily sharply tersely curtly defiantly proudly frequently quietly loudly hastily openly').split(' ').concat(NEGATED))
const PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'on', 'to', 'about', 'who', 'which', 'whose', 'under', 'by'])
/** Marks dropped from a phrase: commas and quotation marks. */
const QUOTE_OR_COMMA = ',\'"“”’‘'
const PLURAL_NOUN = /(?:[^s]s|people|staff|police|media|press)$/

/**
 * Reads who a phrase of words (an attribution's subject or object) points at; null when it names nobody. A
 * description needs a source noun as its head ("a party spokesman") unless `loose`, where any determiner phrase
 * goes ("said a German user").
 */
export function readPhrase(words: Span[], loose = false): SpeakerRef | null {
  const w = phraseWords(words)
  while (w.length > 1) {
    const last = w[w.length - 1].text, low = bare(last)
    if (!(TRAILERS.has(low) || isCalendarOf(last, low) || /^[a-z]+ly$/.test(last))) break
    w.pop()
  }
  if (!w.length || letterOrDigit(w[0].text, 0, w[0].text.length) === 0) return null
  const pro = w.length === 1 ? pronounOf(w[0].text.toLowerCase()) : undefined
  if (pro) return { mention: join(w), form: 'pronoun', name: null, nameStart: -1, title: null, gender: pro.gender, isOrg: false, isPlural: pro.plural }
  // bare() of each word, computed once for all the questions below.
  const lows = w.map((x) => bare(x.text))
  let cut = w.length
  for (let i = 1; i < w.length; i++) {
    const lw = w[i].text
    if (PREPOSITIONS.has(lw) && !(lw === 'of' && isTitleLow(lows[i - 1], 1) && w[i + 1] && isCapitalized(w[i + 1].text))) { cut = i; break }
  }
  const head = w.slice(0, cut)
  const run = lastNameRun(head, lows)
  if (!run) return nominal(head, loose)
  const runWords = head.slice(run.from, run.to)
  const after = head.slice(run.to)
  const possessive = /['’]s$/.test(runWords[runWords.length - 1].text)
  if (after.length || possessive) {
    const noun = after.length ? lows[cut - 1] : ''
    if (ORG_WORDS.has(noun) || noun === 'administration' || noun === 'team') {
      const name = [...runWords.map((x) => x.text.replace(/['’]s$/, '')), ...after.map((x) => x.text)].join(' ')
      return { ...asNominal(head), name, nameStart: runWords[0].start, isOrg: true }
    }
    if (after.length) return nominal(head, loose)
  }
  return nameRef(head, lows, run.from, run.to)
}

/** The words outside parentheses ("Sen. Claire McCaskill (D-Mo.)" → "Sen. Claire McCaskill") that are no comma or
 *  quotation mark. */
function phraseWords(words: Span[]): Span[] {
  const out: Span[] = []
  let depth = 0
  for (const x of words) {
    const t = x.text
    if (t === '(') depth++
    else if (t === ')') depth = Math.max(0, depth - 1)
    else if (!depth && !(t.length === 1 && QUOTE_OR_COMMA.includes(t))) out.push(x)
  }
  return out
}

/** The name read from head[from, to) after the title words; `lows` holds bare() of head's words. */
function nameRef(head: Span[], lows: string[], from: number, to: number): SpeakerRef {
  const run = head.slice(from, to)
  let lastTitle = -1
  for (let i = 0; i < run.length; i++) if (isTitleLow(lows[from + i], i)) lastTitle = i
  let hasOrg = false
  for (let i = from; i < to; i++) hasOrg ||= ORG_WORDS.has(lows[i])
  // The name is run[nameFrom..]: the words after the last title word (all of the run when it ends with one, or
  // when an organization word stands in it and no given name follows the title).
  let nameFrom = lastTitle < run.length - 1 ? lastTitle + 1 : 0
  if (hasOrg && lastTitle >= 0 && !GIVEN_NAME_GENDER.has(lows[from + nameFrom])) nameFrom = 0
  const nameWords = nameFrom ? run.slice(nameFrom) : run
  const titleCount = from + nameFrom
  const titleWords = head.slice(0, titleCount)
  const title = titleCount ? joinWords(titleWords).replace(/^(?:the|a|an|The|A|An) /, '') : null
  const allTitle = lastTitle === run.length - 1 && !hasOrg
  let gender: Gender | null = null
  for (let i = 0; i < titleCount; i++) gender ??= HONORIFIC_GENDER.get(lows[i]) ?? ROLE_GENDER.get(lows[i]) ?? null
  const firstLow = lows[titleCount]
  if (!hasOrg && nameWords.length > 1) gender ??= genderOfGivenName(firstLow) ?? GIVEN_NAME_GENDER.get(lows[to - 1]) ?? null
  else if (!hasOrg) gender ??= GIVEN_NAME_GENDER.get(firstLow) ?? null
  // "NBC’s Dante Chinni" is a person of NBC, not NBC.
  const titleEnd = titleCount ? head[titleCount - 1].text : ''
  const isOrg = (hasOrg || (titleCount > 0 && ORG_WORDS.has(lows[titleCount - 1]) && !/['’]s$/.test(titleEnd))) && !GIVEN_NAME_GENDER.has(firstLow)
  if (allTitle) return { ...asNominal(head), title }
  const name = dropFinalPeriod(dropThe(dropPossessive(joinWords(nameWords))))
  return { mention: join(head), form: 'name', name, nameStart: nameWords[0].start, title: isOrg ? null : title, gender, isOrg, isPlural: false }
}

/** The pronoun a lower-cased word reads as ("her" → she, "he’ll" → he), or undefined. */
function pronounOf(lower: string): { gender: Gender | null; plural: boolean } | undefined {
  const possessive = POSSESSIVE.get(lower)
  if (possessive !== undefined) return PRONOUNS.get(possessive)
  return PRONOUNS.get(lower.includes("'") || lower.includes('’') ? lower.replace(/['’](?:s|d|ll|ve|re)$/, '') : lower)
}

/** The same as .replace(/['’]s$/, ''), .replace(/^The /, '') and .replace(/([\p{Ll}\p{Lu}][\p{Ll}]+)\.$/u, '$1'),
 *  with the regex run only when the string can match. */
function dropPossessive(s: string): string {
  const n = s.length
  return n >= 2 && s.charCodeAt(n - 1) === 115 && (s.charCodeAt(n - 2) === 39 || s.charCodeAt(n - 2) === 0x2019) ? s.slice(0, n - 2) : s
}

function dropThe(s: string): string {
  return s.startsWith('The ') ? s.slice(4) : s
}

/** Exported for its fast-path test. */
export function dropFinalPeriod(s: string): string {
  if (!s.endsWith('.')) return s
  // ASCII by character codes (most names); the regex decides when a non-ASCII character counts.
  let i = s.length - 2
  while (i >= 0 && isAsciiLower(s.charCodeAt(i))) i--
  const lower = s.length - 2 - i
  if (lower >= 2) return s.slice(0, -1)
  if (i >= 0 && s.charCodeAt(i) >= 128) return s.replace(/([\p{Ll}\p{Lu}][\p{Ll}]+)\.$/u, '$1')
  return lower === 1 && i >= 0 && s.charCodeAt(i) >= 65 && s.charCodeAt(i) <= 90 ? s.slice(0, -1) : s
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122
}

function nominal(head: Span[], loose = false): SpeakerRef | null {
  const lastWord = bare(head[head.length - 1].text)
  const looseOk = loose && head.length <= 6 && !DETERMINERS.has(lastWord) && !/(?:ed|ly|ing)$/.test(lastWord) &&
    !PREPOSITIONS.has(head[0].text.toLowerCase()) && !TRAILERS.has(lastWord)
  if (!isDescription(head) && !(looseOk && !head.some((x) => /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|to)$/i.test(x.text)))) return null
  let gender: Gender | null = null
  for (const x of head) gender ??= ROLE_GENDER.get(bare(x.text)) ?? null
  const last = bare(head[head.length - 1].text)
  const isOrg = ORG_WORDS.has(last)
  return { mention: join(head), form: 'nominal', name: null, nameStart: -1, title: null, gender, isOrg, isPlural: !isOrg && PLURAL_NOUN.test(last) }
}

/** A description as a source: a known source noun as its head, opened by a determiner or a possessive name, or
 *  bare when plural ("officials"), all in at most eight words. */
function isDescription(head: Span[]): boolean {
  if (head.length > 8) return false
  const last = bare(head[head.length - 1].text)
  if (!SOURCE_NOUNS.has(last) && !TITLE_WORDS.has(last)) return false
  if (head.some((x) => /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|to|I)$/.test(x.text))) return false
  const first = head[0].text
  return head.length === 1 || DETERMINERS.has(first.toLowerCase()) || /['’]s$/.test(first) || isCapitalized(first) ||
    head.every((x) => !/^(?:he|she|they|it|is|are|was|were|has|have|had|will|would)$/i.test(x.text))
}

function asNominal(head: Span[]): SpeakerRef {
  const last = bare(head[head.length - 1].text)
  return { mention: join(head), form: 'nominal', name: null, nameStart: -1, title: null, gender: null, isOrg: ORG_WORDS.has(last), isPlural: false }
}
