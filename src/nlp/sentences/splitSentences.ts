import type { Span } from '../../types.js'
import { isSpaceCode, makeSpan, trimRange } from '../../parse/span.js'
import { ABBREVIATIONS, SENTENCE_OPENERS, TITLES } from './abbreviations.js'
import { findQuoteRegions, type Region } from './findQuoteRegions.js'

const OPENERS = '"“‘\'([«'
const QUOTE_CLOSERS = '"”’\''
// Regexes made once (a literal in a loop is a new object each time), and only for what a character-code test cannot say.
const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u
const ONE_LETTER = /^\p{L}$/u
const ONE_CAPITAL = /^\p{Lu}$/u
const LETTER_OR_PERIOD = /[\p{L}.]/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LEADING_PERIODS = /^\.+/
/** Verbs of a trailing attribution: `“Why?” Sanders replied.` stays one sentence. */
const ATTRIBUTION_VERBS = new Set(
  ('said says replied replies asked asks added adds told tells wrote writes continued explained noted argued insisted ' +
    'responded tweeted shouted yelled recalled declared remarked quipped answered countered exclaimed joked').split(' '),
)

/**
 * Splits text[start, end) into sentences. A sentence ends at ".", "!", "?" or "…" (with any closing quotes or
 * brackets) followed by space and a capital, a digit or an opening quote, or by a line break. Periods after
 * initials ("N. Korea"), titles ("Sen.") and abbreviations ("U.S.", "Jan.") do not end a sentence unless a
 * typical sentence opener follows; a bullet ("•") after a terminal always starts a new sentence. Inside a
 * quotation that the sentence carries on after ("“Stop. Now.” and he left"), nothing splits, nor before a
 * trailing attribution ("“Why?” Sanders replied."). Spans are trimmed and in order. Linear time.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = []
  const regions = findQuoteRegions(text, start, end)
  let region = 0
  let from = start
  // A regex skips to the next terminal in native code, where a loop over every character ran interpreted in short runs.
  const block = text.slice(start, end)
  TERMINAL.lastIndex = 0
  while (TERMINAL.test(block)) {
    const i = start + TERMINAL.lastIndex - 1
    let j = i + 1
    while (j < end && (isTerminal(text.charCodeAt(j)) || text.charCodeAt(j) === 32 && text.charCodeAt(j + 1) === 46)) j++
    while (j < end && isCloser(text.charCodeAt(j))) j++
    let k = j
    let hasNewline = false
    for (let c; k < end && isSpaceCode(c = text.charCodeAt(k)); k++) if (c === 10 || c === 13) hasNewline = true
    if (k === j || k >= end) { TERMINAL.lastIndex = j - start; continue }
    while (region < regions.length && regions[region].end <= i) region++
    if (!hasNewline && !isBoundary(text, i, j, k, end, regions[region])) { TERMINAL.lastIndex = j - start; continue }
    pushTrimmed(out, text, from, j)
    from = k
    TERMINAL.lastIndex = k - start
  }
  pushTrimmed(out, text, from, end)
  return out
}

/** A character that may end a sentence. */
const TERMINAL = /[.!?…]/g

// Character-code tests instead of '.!?…'.includes(text[i]): text[i] of a non-Latin-1 character ("’") allocates a string.
/** One of . ! ? … */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026
}

/** One of " ” ’ ' ) ] » (closing quotes and brackets after a terminal). */
function isCloser(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb
}

function isBoundary(text: string, i: number, j: number, k: number, end: number, region: Region | undefined): boolean {
  const next = text[k]
  if (next === '•') return true
  let w = k
  while (w < end && w - k < 2 && OPENERS.includes(text[w])) w++
  const nextWord = wordAt(text, w, end)
  if (!nextWord || !UPPER_OR_DIGIT_START.test(nextWord) && w === k) return false
  if (region && region.start <= i && i < region.end && region.carriesOn) return false
  if (w === k && QUOTE_CLOSERS.includes(text[j - 1]) && attributionFollows(text, k, end)) return false
  if (text[i] !== '.' || j > i + 1 && text[i + 1] === '.') return true
  const before = wordBefore(text, i)
  if (!before) return true
  const lower = before.toLowerCase()
  if (TITLES.has(lower) || ONE_LETTER.test(before)) return false
  if (ABBREVIATIONS.has(lower) || before.includes('.')) return SENTENCE_OPENERS.has(nextWord.toLowerCase())
  return true
}

/** True when one of the next four words is an attribution verb ("Sanders replied", "the White House said"). */
function attributionFollows(text: string, k: number, end: number): boolean {
  let p = k
  for (let n = 0; n < 4 && p < end; n++) {
    const word = wordAt(text, p, end)
    if (!word) return false
    if (ATTRIBUTION_VERBS.has(word.toLowerCase())) return true
    p += word.length
    if (p < end && text[p] === '.' && !TITLES.has(word.toLowerCase()) && !ONE_CAPITAL.test(word)) return false
    while (p < end && (text[p] === '.' || text[p] === ' ')) p++
  }
  return false
}

/** The word (letters and inner periods) ending right before offset i. */
function wordBefore(text: string, i: number): string {
  let s = i
  while (s > 0 && isLetterOrPeriod(text, s - 1)) s--
  return text.slice(s, i).replace(LEADING_PERIODS, '')
}

/** The run of letters and digits starting at offset k (at most 30 characters). */
function wordAt(text: string, k: number, end: number): string {
  let e = k
  while (e < end && e - k < 30 && isLetterOrDigit(text, e)) e++
  return text.slice(k, e)
}

/** /[\p{L}.]/u on text[i], without the regex for ASCII (the only ASCII letters are A-Z and a-z). */
function isLetterOrPeriod(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 || c === 46
  return LETTER_OR_PERIOD.test(text[i])
}

/** /[\p{L}\p{N}]/u on text[i], without the regex for ASCII (letters A-Z, a-z; digits 0-9). */
function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 || c >= 48 && c <= 57
  return LETTER_OR_DIGIT.test(text[i])
}

function pushTrimmed(out: Span[], text: string, start: number, end: number) {
  const r = trimRange(text, start, end)
  if (r.start < r.end) out.push(makeSpan(text, r.start, r.end))
}
