import type { Mention, Span } from '../../types.js'
import { isCommonWord } from './commonWords.js'

/** Closed-class words a title-case headline capitalizes ("On His Refusal To Use The Words") that are never names. */
const FUNCTION_WORDS = new Set(
  ('a an the and or but nor so yet of on in at to for from by with into onto over under about after before since ' +
    'during without within against among between through toward towards upon as than up down off out his her hers ' +
    'its their theirs our ours your yours my mine he she it they we you i him them us me who whom whose what which ' +
    'that this these those how why when where is are was were be been being am has have had do does did will would ' +
    'shall should can could may might must not no says said say vs').split(' '),
)

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu
/** Words and the marks that end a sentence or open a quotation, for {@link readWordForms}. */
const WORD_OR_MARK = /[\p{L}][\p{L}\p{M}'’-]*|[.!?"“:]/gu
const MARKS = new Set(['.', '!', '?', '"', '“', ':'])

/**
 * The text with its title-case lines (`lines`, from titleCaseLines: "Gold Star Mom Corners Obama On His Refusal
 * To Use The Words") written as a sentence would be, so the tagger, trained on running text and all-caps
 * headlines, does not read the whole line as one long name. A title-case line is a sentence that is not a list (no parentheses, at most one comma and one
 * colon) where at least 3 in 4 words are capitalized, and either a capitalized function word follows the first
 * word or all of at least 5 words other than function words are. In it, a capitalized word other than the first
 * (of the line, or after a colon or a dash) is lowercased when it is a function word, when the rest of the text
 * writes it in lowercase more often than capitalized, or, when the rest of the text does not use it, when news
 * text commonly writes it in lowercase (see commonWords). Only first letters change, and only where lowercasing
 * keeps the length, so every offset stays valid; the input is returned as is when no line is in title case.
 */
export function truecaseTitleLines(text: string, lines: readonly Span[], forms?: WordForms): string {
  if (lines.length === 0) return text
  const { counts } = forms ?? readWordForms(text, lines)
  let out = '', from = 0
  for (const line of lines) {
    let end = -1
    for (const m of line.text.matchAll(WORD)) {
      const w = m[0], gap = end < 0 ? '' : line.text.slice(end, m.index)
      const first = end < 0 || /[:;!?]|\s[-–—]\s/.test(gap)
      end = m.index + w.length
      if (first) continue
      if (!isCapitalized(w)) continue
      const initial = w[0].toLowerCase()
      if (initial.length !== 1) continue
      const lower = initial + w.slice(1)
      if (!lowercased(lower, counts.get(lower) ?? 0, counts.get(w) ?? 0)) continue
      const at = line.start + m.index
      out += text.slice(from, at) + initial
      from = at + 1
    }
  }
  return out + text.slice(from)
}

/** The sentences that are title-case lines (see truecaseTitleLines), in text order. */
export function titleCaseLines(sentences: readonly Span[]): Span[] {
  return sentences.filter((s) => isTitleCase(s.text))
}

/**
 * Mentions tagged in title-case lines without their edge words that the rest of the text never capitalizes, when
 * it capitalizes some other word of theirs: "Exploits Trump" of "Post Hit Piece Exploits Trump Supporter" is
 * "Trump", since only a headline capitalizes "Exploits". A mention none of whose words the rest of the text
 * capitalizes is kept whole (a name the headline alone gives). Other mentions are returned as they are.
 */
export function trimTitleMentions(text: string, lines: readonly Span[], mentions: Mention[], forms?: WordForms): Mention[] {
  const inLine = (m: Mention): boolean => lines.some((l) => m.start >= l.start && m.end <= l.end)
  if (!mentions.some(inLine)) return mentions
  const { capitalized } = forms ?? readWordForms(text, lines)
  return mentions.map((m) => {
    if (!inLine(m)) return m
    const words = [...m.text.matchAll(WORD)].map((w) => ({ known: capitalized.has(w[0]), start: m.start + w.index, end: m.start + w.index + w[0].length }))
    const known = words.filter((w) => w.known)
    if (known.length === 0 || known.length === words.length) return m
    let a = 0, b = words.length - 1
    while (!words[a].known) a++
    while (!words[b].known) b--
    const start = a === 0 ? m.start : words[a].start, end = b === words.length - 1 ? m.end : words[b].end
    return { ...m, start, end, text: text.slice(start, end) }
  })
}

/** The parts of the text between the title-case lines (which are in text order). */
function* outside(text: string, lines: readonly Span[]): Generator<string> {
  let from = 0
  for (const line of lines) {
    yield text.slice(from, line.start)
    from = line.end
  }
  yield text.slice(from)
}

/**
 * Whether a capitalized headline word is written in lowercase in a sentence: a function word, or one the article
 * writes in lowercase more often than capitalized, or, when the article does not use it, a common lowercase word.
 */
function lowercased(lower: string, lowerCount: number, capitalCount: number): boolean {
  if (FUNCTION_WORDS.has(lower.toLowerCase())) return true
  if (lowerCount + capitalCount > 0) return lowerCount > capitalCount
  return isCommonWord(lower.toLowerCase())
}

/** A capital, then at least one lowercase letter ("Refusal", not "CNN" or "U.S." or "a"). */
function isCapitalized(w: string): boolean {
  return w.length > 1 && w[0] !== w[0].toLowerCase() && w.slice(1) !== w.slice(1).toUpperCase()
}

function isTitleCase(sentence: string): boolean {
  if (sentence.includes('(') || count(sentence, ',') >= 2 || count(sentence, ':') >= 2) return false // tables and lists of names
  if (!mayBeTitleCase(sentence)) return false
  const words = sentence.match(WORD) ?? []
  if (words.length < 4) return false
  let capitals = 0, capitalFunctionWord = false, content = 0, lowerContent = 0
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const functionWord = FUNCTION_WORDS.has(w.toLowerCase())
    if (!functionWord) content++
    if (w[0] === w[0].toLowerCase()) { if (!functionWord) lowerContent++; continue }
    capitals++
    if (i > 0 && functionWord) capitalFunctionWord = true
  }
  return capitals >= 0.75 * words.length && (capitalFunctionWord || (lowerContent === 0 && content >= 5))
}

/**
 * False when a scan of character codes already shows that over a quarter of the words of `s` (as WORD reads them)
 * start in lowercase, which no title-case line has, so most sentences are never split into words: `lower` counts
 * the words that surely start with a-z (after an ASCII character that no word runs on through: not a letter, "'"
 * or "-"), `starts` every place a word may start (an ASCII letter or any non-ASCII character, not after an ASCII
 * letter), so lower <= lowercase words and starts >= words. Exact: it rejects only lines isTitleCase rejects.
 */
function mayBeTitleCase(s: string): boolean {
  let lower = 0, starts = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 128 && ((c | 32) < 97 || (c | 32) > 122)) continue
    const p = i > 0 ? s.charCodeAt(i - 1) : 32
    if ((p | 32) >= 97 && (p | 32) <= 122) continue
    starts++
    if (c >= 97 && c <= 122 && p < 128 && p !== 39 && p !== 45) lower++
  }
  return lower * 4 <= starts
}

function count(s: string, c: string): number {
  let n = 0
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++
  return n
}

/** What truecaseTitleLines and trimTitleMentions read of the text outside the title-case lines. */
export interface WordForms {
  /** How often each word form occurs, not first in its sentence. */
  counts: Map<string, number>
  /** The capitalized word forms (anywhere). */
  capitalized: Set<string>
}

/**
 * The {@link WordForms} of the text outside `lines` (title-case lines, in text order), from one scan: findEntities
 * reads them once for both truecaseTitleLines and trimTitleMentions, which each scanned the text (~5% of the entity
 * stage in a one-pass run).
 */
export function readWordForms(text: string, lines: readonly Span[]): WordForms {
  const counts = new Map<string, number>(), capitalized = new Set<string>()
  for (const part of outside(text, lines)) {
    let prev = '.'
    for (const m of part.matchAll(WORD_OR_MARK)) {
      const w = m[0]
      if (!MARKS.has(w)) {
        if (!MARKS.has(prev)) counts.set(w, (counts.get(w) ?? 0) + 1)
        if (w[0] !== w[0].toLowerCase()) capitalized.add(w)
      }
      prev = w
    }
  }
  return { counts, capitalized }
}
