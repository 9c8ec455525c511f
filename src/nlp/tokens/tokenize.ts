import type { Span } from '../../types.js'
import { isAbbreviation } from './abbreviations.js'
import { isAlnum, isDash, isLeadPunct, isTrailPunct, isWhitespace } from './charClass.js'
import { clitic } from './clitic.js'

/** One token: a span of the input, `text === input.slice(start, end)`. */
export interface Token extends Span {}

/**
 * A token whose text is sliced from its source when read: the tagger reads only offsets, and a string per token
 * (kept alive, and copied by every scavenge, while its document is tagged) cost ~3% of the entity stage.
 */
class SourceToken implements Token {
  constructor(private readonly source: string, readonly start: number, readonly end: number) {}
  get text(): string {
    return this.source.slice(this.start, this.end)
  }
}

/**
 * Splits `text[start, end)` into CoNLL/PTB-like tokens, in order, with offsets into `text`; linear time.
 * Keeps "U.S.", "N.H.", "Inc.", "1,000.50", "Kang Kyung-wha", "AT&T", "C$" and URLs whole; splits off quotes
 * (straight or curly), brackets, sentence punctuation, em/en dashes and "--", and the clitics "'s", "n't", "'re",
 * "'ll", "'ve", "'m", "'d" (also with ’). Whitespace never belongs to a token.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = []
  let i = start
  while (i < end) {
    while (i < end && isWhitespace(text.charCodeAt(i))) i++
    if (i >= end) break
    let j = i
    while (j < end && !isWhitespace(text.charCodeAt(j))) j++
    splitChunk(text, i, j, out)
    i = j
  }
  return out
}

function push(text: string, s: number, e: number, out: Token[]): void {
  if (e > s) out.push(new SourceToken(text, s, e))
}

/** Tokenizes one whitespace-free chunk [s, e). */
function splitChunk(text: string, s: number, e: number, out: Token[]): void {
  if (isUrlStart(text, s, e)) {
    let u = e
    while (u > s + 1 && isTrailPunct(text.charCodeAt(u - 1))) u--
    push(text, s, u, out)
    for (let k = u; k < e; k++) push(text, k, k + 1, out)
    return
  }
  // Leading punctuation, one token each ("``" and "--" runs stay together), unless the chunk is a clitic ('s).
  while (s < e && clitic(text, s, e) !== e - s) {
    const c = text.charCodeAt(s)
    if (!isLeadPunct(c) && !(isDash(c) && !isAlnum(text.charCodeAt(s + 1)))) break
    if (c === 46 && isDigit(text.charCodeAt(s + 1))) break // .500
    const r = runEnd(text, s, e)
    push(text, s, r, out)
    s = r
  }
  const tail: Token[] = []
  // Trailing punctuation, collected right to left.
  while (e > s) {
    const c = text.charCodeAt(e - 1)
    if (c === 46 /* . */ && keepsPeriod(text, s, e)) break
    if (!isTrailPunct(c) && !(c === 45 && e - s > 2 && text.charCodeAt(e - 2) === 45)) break
    const r = runStart(text, s, e)
    tail.push(new SourceToken(text, r, e))
    e = r
  }
  const k = e > s ? clitic(text, s, e) : 0
  if (k > 0 && k < e - s) {
    tail.push(new SourceToken(text, e - k, e))
    e -= k
  }
  splitInner(text, s, e, out)
  for (let t = tail.length - 1; t >= 0; t--) out.push(tail[t])
}

/** Splits the core of a chunk at em/en dashes, "--", "...", and commas or quotes not between digits. */
function splitInner(text: string, s: number, e: number, out: Token[]): void {
  let from = s
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i)
    let cut = 0
    if (c === 0x2014 || c === 0x2013 || c === 0x2026) cut = 1
    else if (c === 45 && text.charCodeAt(i + 1) === 45 && i + 1 < e) cut = runEnd(text, i, e) - i
    else if (c === 46 && i + 2 < e && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) cut = runEnd(text, i, e) - i
    else if ((c === 44 || c === 59 || c === 34 || c === 0x201c || c === 0x201d) && i > s && i + 1 < e &&
      !(c === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) cut = 1
    if (cut === 0 || i === s && e - s === cut) continue
    push(text, from, i, out)
    push(text, i, i + cut, out)
    from = i + cut
    i += cut - 1
  }
  push(text, from, e, out)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** End of a run of the same character starting at i ("--", "...", "``"), or i + 1. */
function runEnd(text: string, i: number, e: number): number {
  const c = text.charCodeAt(i)
  let j = i + 1
  if (c === 45 || c === 46 || c === 96 || c === 39 || c === 42) while (j < e && text.charCodeAt(j) === c) j++
  return j
}

function runStart(text: string, s: number, e: number): number {
  const c = text.charCodeAt(e - 1)
  let j = e - 1
  if (c === 45 || c === 46 || c === 39 || c === 42) while (j > s && text.charCodeAt(j - 1) === c) j--
  return j
}

/** Whether a chunk [s, e) ending in "." keeps its period: "U.S.", "a.m.", "J.", "Inc.", "3." (list numbers). */
function keepsPeriod(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false
  const last = text.charCodeAt(e - 2)
  if (isDigit(last)) return e - s <= 3 && isDigit(text.charCodeAt(s)) // list numbers "3.", "10."
  if (!isAlnum(last)) return false
  for (let i = s + 1; i < e - 1; i++) if (text.charCodeAt(i) === 46 && !isDigit(text.charCodeAt(i - 1))) return true // U.S.
  if (e - s === 2) return true // initials "J."
  return isAbbreviation(text, s, e - 1)
}

function isUrlStart(text: string, s: number, e: number): boolean {
  if (e - s < 8) return false
  if (startsWithLower(text, s, 'http://') || startsWithLower(text, s, 'https://') || startsWithLower(text, s, 'www.')) return true
  let at = -1
  for (let i = s + 1; i < e - 3; i++) if (text.charCodeAt(i) === 64 /* @ */) { at = i; break }
  if (at < 0 || !isAlnum(text.charCodeAt(at + 1))) return false
  for (let i = at + 2; i < e - 1; i++) if (text.charCodeAt(i) === 46) return true
  return false
}

/** Whether text[s, ...) starts with `prefix` (lower-case ASCII), ignoring ASCII case; no string is built. */
function startsWithLower(text: string, s: number, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) {
    const c = text.charCodeAt(s + i), p = prefix.charCodeAt(i)
    if (c !== p && !(p >= 97 && p <= 122 && c === p - 32)) return false
  }
  return true
}
