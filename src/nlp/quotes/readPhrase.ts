import type { Span } from '../../types.js'
import { GIVEN_NAME_GENDER, genderOfGivenName } from './firstNames.js'
import { DETERMINERS, HONORIFIC_GENDER, ORG_WORDS, ROLE_GENDER, SOURCE_NOUNS, TITLE_WORDS } from './nameWords.js'
import { NEGATED } from './clauseWords.js'
import { isCalendar, isTitleWord, join, joinWords, lastNameRun } from './nameRun.js'
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
  while (w.length > 1 && (TRAILERS.has(bare(w[w.length - 1].text)) || isCalendar(w[w.length - 1].text) || /^[a-z]+ly$/.test(w[w.length - 1].text))) w.pop()
  if (!w.length || letterOrDigit(w[0].text, 0, w[0].text.length) === 0) return null
  const pro = w.length === 1 ? pronounOf(w[0].text.toLowerCase()) : undefined
  if (pro) return { mention: join(w), form: 'pronoun', name: null, nameStart: -1, title: null, gender: pro.gender, isOrg: false, isPlural: pro.plural }
  let cut = w.length
  for (let i = 1; i < w.length; i++) {
    const lw = w[i].text
    if (PREPOSITIONS.has(lw) && !(lw === 'of' && isTitleWord(w[i - 1].text, 1) && w[i + 1] && isCapitalized(w[i + 1].text))) { cut = i; break }
  }
  const head = w.slice(0, cut)
  const run = lastNameRun(head)
  if (!run) return nominal(head, loose)
  const runWords = head.slice(run.from, run.to)
  const after = head.slice(run.to)
  const possessive = /['’]s$/.test(runWords[runWords.length - 1].text)
  if (after.length || possessive) {
    const noun = bare(after[after.length - 1]?.text ?? '')
    if (ORG_WORDS.has(noun) || noun === 'administration' || noun === 'team') {
      const name = [...runWords.map((x) => x.text.replace(/['’]s$/, '')), ...after.map((x) => x.text)].join(' ')
      return { ...asNominal(head), name, nameStart: runWords[0].start, isOrg: true }
    }
    if (after.length) return nominal(head, loose)
  }
  return nameRef(head, run.from, run.to)
}

/** The words outside parentheses that are no comma or quotation mark: dropParentheses and a filter in one pass. */
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

function nameRef(head: Span[], from: number, to: number): SpeakerRef {
  const run = head.slice(from, to)
  let lastTitle = -1
  for (let i = 0; i < run.length; i++) if (isTitleWord(run[i].text, i)) lastTitle = i
  const hasOrg = run.some((x) => ORG_WORDS.has(bare(x.text)))
  let nameWords = lastTitle < run.length - 1 ? run.slice(lastTitle + 1) : run
  if (hasOrg && lastTitle >= 0 && !GIVEN_NAME_GENDER.has(bare(nameWords[0].text))) nameWords = run
  const titleWords = [...head.slice(0, from), ...run.slice(0, run.length - nameWords.length)]
  const title = titleWords.length ? joinWords(titleWords).replace(/^(?:the|a|an|The|A|An) /, '') : null
  const allTitle = lastTitle === run.length - 1 && !hasOrg
  let gender: Gender | null = null
  for (const x of titleWords) gender ??= HONORIFIC_GENDER.get(bare(x.text)) ?? ROLE_GENDER.get(bare(x.text)) ?? null
  if (!hasOrg && nameWords.length > 1) gender ??= genderOfGivenName(bare(nameWords[0].text)) ?? GIVEN_NAME_GENDER.get(bare(nameWords[nameWords.length - 1].text)) ?? null
  else if (!hasOrg) gender ??= GIVEN_NAME_GENDER.get(bare(nameWords[0].text)) ?? null
  // "NBC’s Dante Chinni" is a person of NBC, not NBC.
  const titleEnd = titleWords[titleWords.length - 1]?.text ?? ''
  const isOrg = (hasOrg || (ORG_WORDS.has(bare(titleEnd)) && !/['’]s$/.test(titleEnd))) && !GIVEN_NAME_GENDER.has(bare(nameWords[0].text))
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
