import type { QuoteKind, Span } from '../../types.js'
import type { QuoteRegion } from './scanQuoteMarks.js'
import { isSpace } from './isSpace.js'
import { letterOrDigit, wordsIn } from './wordsIn.js'

/** Words right before a quotation that make it a title of a work, a show or a nickname, not a quotation. */
const TITLE_CUES = /(?:['’]s|\b(?:on|of|in|at|from|by|for|with|titled|entitled|headlined|headline|nicknamed|dubbed|named|show|shows|program|programme|series|book|books|film|films|movie|movies|song|songs|album|documentary|memoir|autobiography|biography|novel|play|musical|episode|segment|column|op-ed|essay|ad|video|podcast|campaign|slogan|hashtag|called|known as|the|a|an|his|her|their|its|thriller|drama|comedy|sitcom|anthem|hit|classic|tour|pageant|magazine|newsletter|report|article|story|speech|host|anchor|star|stars|starring|author|co-author|and|or)[,:]?\s*)$/i
const SMALL = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|from|by|is|it|as|vs\.?|&)$/

/**
 * Decides whether a quotation-mark region is a quotation and of which kind, or null for what only looks like one:
 * a nickname between name words ("Robert C. “Bobby” Scott"), or a title of a show, book or song in Title Case
 * after a possessive or a word like "on" or "titled" ("on ABC’s “This Week,”"). A quotation that fills its
 * sentence or follows a colon or comma is `direct`; one embedded in the author's sentence is `partial`.
 */
export function classifyRegion(text: string, r: QuoteRegion, sentenceStart: number): QuoteKind | null {
  return ruleOut(text, r, sentenceStart) ? null : kindOf(text, r, sentenceStart)
}

/** Why a region is not a quotation by the hand rules: no words, a nickname between name words, a title of a work. */
export function ruleOut(text: string, r: QuoteRegion, sentenceStart: number, letters = innerLetters(text, r)): 'empty' | 'nickname' | 'title' | null {
  if (!letters.length) return 'empty'
  const prev = previousWord(text, r.open)
  const next = wordsIn(text, r.close, Math.min(text.length, r.close + 30))[0]?.text ?? ''
  if (letters.length <= 2 && /^\p{Lu}/u.test(prev) && /^\p{Lu}/u.test(next) && !/[.,!?]$/.test(text.slice(r.start, r.end))) return 'nickname'
  const lead = text.slice(Math.max(sentenceStart, r.open - 40), r.open)
  const titled = isTitleCase(letters.map((w) => w.text)) && (TITLE_CUES.test(lead.trimEnd()) || /^\s*by\s+\p{Lu}/u.test(text.slice(r.close, r.close + 20)))
  if (letters.length <= 8 && titled && !/(?:[:]|\b(?:said|says|told|asked|wrote|added),)\s*$/.test(lead)) return 'title'
  return null
}

/** `direct` for a quotation that fills its sentence or follows a colon or comma, else `partial`. */
export function kindOf(text: string, r: QuoteRegion, sentenceStart: number, letters = innerLetters(text, r)): QuoteKind {
  const before = text.slice(Math.max(sentenceStart, r.open - 400), r.open).trimEnd()
  const introduced = before === '' || /[:,]$/.test(before) || /(?:^|[.!?”"])\s*$/.test(before) || r.continues
  const fills = !r.closed || /[.!?,]$/.test(text.slice(r.start, r.end)) || /^[.!?]/.test(text.slice(r.close, r.close + 1))
  // A quoted clause of two words before its attribution is whole too ("“We won,” said Jane Roe.").
  const clause = letters.length >= 3 || (letters.length === 2 && r.closed && before === '' && /[,!?]$/.test(text.slice(r.start, r.end)))
  return introduced && fills && clause ? 'direct' : 'partial'
}

/** The words of the first 160 characters of a region that start with a letter or digit. */
export function innerLetters(text: string, r: QuoteRegion, reach = 160): Span[] {
  return wordsIn(text, r.start, Math.min(r.end, r.start + reach)).filter((w) => letterOrDigit(w.text, 0, w.text.length) > 0)
}

function isTitleCase(words: string[]): boolean {
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.test(w.toLowerCase())))
}

function previousWord(text: string, at: number): string {
  let i = at
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  let s = i
  while (s > 0 && isNameChar(text, s - 1) && i - s < 40) s--
  return text.slice(s, i)
}

const LETTER = /\p{L}/u

/** True when the code unit text[i] is a letter or one of . ' ’ - (the class [\p{L}.'’-]); ASCII by code. */
function isNameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39 || c === 45
  return c === 0x2019 || LETTER.test(text[i])
}
