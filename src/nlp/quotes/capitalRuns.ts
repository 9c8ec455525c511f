import type { Article, Span } from '../../types.js'
import { letterOrDigit, wordsIn } from './wordsIn.js'

const NAMED_KINDS = new Set(['paragraph', 'deck', 'headline', 'caption'])

/** Abbreviations of four or more letters that a name may follow ("Capt. Humayun Khan", "Prof. Jane Doe"). */
const LONG_ABBREVIATIONS = new Set(['pres', 'sens', 'reps', 'asst', 'dist', 'bros', 'capt', 'prof', 'lieut', 'supt', 'sgt', 'cmdr', 'insp', 'assn', 'dept', 'corp', 'univ', 'messrs', 'mmes', 'rev', 'hon', 'gov', 'atty', 'calif', 'mass', 'conn', 'penn', 'tenn', 'wash', 'okla', 'colo', 'minn', 'wisc'])

/** True for a word ending a sentence: a period after a word of four or more letters with a lowercase letter that
 *  is no abbreviation ("Benghazi."), not an initial ("J."), a title ("Sen.") or an acronym ("U.S."). */
export function endsSentence(word: string): boolean {
  if (!word.endsWith('.') || word.length < 5) return false
  const bare = word.slice(0, -1)
  return !bare.includes('.') && /\p{Ll}/u.test(bare) && !LONG_ABBREVIATIONS.has(bare.toLowerCase())
}

/** Runs of capitalized words ("Secretary of State Rex Tillerson") in every block that names people, cut at
 *  sentence ends ("in Benghazi. Bob said" is two runs: one name must not take both). */
export function capitalRuns(article: Article): { words: Span[] }[] {
  const out: { words: Span[] }[] = []
  const { text } = article
  for (const b of article.blocks) {
    if (!NAMED_KINDS.has(b.kind)) continue
    for (let start = nextCapital(text, b.start); start >= 0 && start < b.end; start = nextCapital(text, start)) {
      const end = capitalRunEnd(text, start)
      const words = wordsIn(text, start, Math.min(b.end, end))
      let from = 0
      for (let k = 0; k < words.length; k++) {
        if (k === words.length - 1 || endsSentence(words[k].text)) {
          if (k >= from) out.push({ words: from === 0 && k === words.length - 1 ? words : words.slice(from, k + 1) })
          from = k + 1
        }
      }
      start = end
    }
  }
  return out
}

// A scan of character codes standing for the regex
//   /\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \u00a0]+(?:of[ \u00a0]+)?\p{Lu}[\p{L}\p{N}.'’&-]*){0,8}/gu
// searched from a block's start: a Unicode regex walked every character of the text and built a match array per
// run. Each part of it is greedy and nothing after it can fail, so the match never backtracks. Stepping is by
// code point, as the /u regex does.

/** Offset of the first upper-case letter at or after `from` (the regex's match start), or -1. */
export function nextCapital(text: string, from: number): number {
  for (let i = from; i < text.length;) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if (c >= 65 && c <= 90) return i
      i++
    } else {
      if (upperLength(text, i) > 0) return i
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1
    }
  }
  return -1
}

/** End of the regex's match at `start`, where an upper-case letter stands. */
export function capitalRunEnd(text: string, start: number): number {
  let end = bodyEnd(text, start + upperLength(text, start))
  for (let n = 0; n < 8; n++) {
    let i = spacesEnd(text, end)
    if (i === end) break
    if (text.charCodeAt(i) === 111 && text.charCodeAt(i + 1) === 102) {
      const k = spacesEnd(text, i + 2)
      if (k > i + 2) i = k
    }
    const u = upperLength(text, i)
    if (u === 0) break
    end = bodyEnd(text, i + u)
  }
  return end
}

const UPPER = /\p{Lu}/uy

/** Code units of the upper-case letter at text[i] (2 when astral), or 0. */
function upperLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0
  if (i >= text.length) return 0
  UPPER.lastIndex = i
  return UPPER.test(text) ? UPPER.lastIndex - i : 0
}

/** Past [\p{L}\p{N}.'’&-]* from i. */
function bodyEnd(text: string, i: number): number {
  for (; i < text.length;) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 38 || c === 45) i++
      else return i
    } else if (c === 0x2019) i++
    else {
      const n = letterOrDigit(text, i, text.length)
      if (n === 0) return i
      i += n
    }
  }
  return i
}

/** Past [ \u00a0]* from i. */
function spacesEnd(text: string, i: number): number {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0) i++
  return i
}
