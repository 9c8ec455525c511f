import type { Span } from '../../types.js'
import { CUE_FORMS } from './cueWords.js'

/** A cue found among words: its span and lower-case form ("said", "according to", "pointed out"). */
export interface Cue {
  span: Span
  form: string
  /** Index of the cue's first word in the word list. */
  index: number
  /** Number of words it takes. */
  size: number
}

/** The cue made by the words at index i ("said", "according to", "pointed out"), or null. */
export function cueAt(words: Span[], i: number, capitalOk = false): Cue | null {
  const one = lowerWithoutPeriod(words[i].text)
  // Only the first word of a two-word cue can start one: the next word is read for those alone.
  const next = i + 1 < words.length && (one === 'according' || FIRST_OF_TWO.has(one)) ? lowerWithoutPeriod(words[i + 1].text) : undefined
  if (next && (one === 'according' && next === 'to' || CUE_FORMS.has(one + ' ' + next))) {
    return { span: { text: '', start: words[i].start, end: words[i + 1].start + next.length }, form: one + ' ' + next, index: i, size: 2 }
  }
  if (!CUE_FORMS.has(one) || (!capitalOk && /^\p{Lu}/u.test(words[i].text))) return null
  if (i > 0 && /^(?:the|a|an|his|her|their|its|these|those|this|that|our|my|your|of|such|whose|few|several)$/i.test(words[i - 1].text)) return null
  // After a possessive name it is a noun ("Donald Trump’s claim that …").
  if (i > 0 && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(words[i - 1].text)) return null
  return { span: { text: '', start: words[i].start, end: words[i].start + one.length }, form: one, index: i, size: 1 }
}

/** First words of the cues of two words ("pointed" of "pointed out"). */
const FIRST_OF_TWO: ReadonlySet<string> = new Set([...CUE_FORMS.keys()].filter((f) => f.includes(' ')).map((f) => f.slice(0, f.indexOf(' '))))

/** The word lower-cased without a final period: the same as .toLowerCase().replace(/\.$/, ''). */
function lowerWithoutPeriod(word: string): string {
  const w = word.toLowerCase()
  return w.endsWith('.') ? w.slice(0, -1) : w
}

/** Cues that attribute only right after a quotation ("…,” he continued"), not before one. */
const TRAILING_ONLY = /^(?:continue|continues|continued|continuing|read|reading|went on|goes on|go on)$/

/** The last cue among the words, scanning back from the end (a capitalized first word may be one: "Said X,"). */
export function lastCue(words: Span[]): Cue | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const c = cueAt(words, i, i === 0)
    if (c && !(TRAILING_ONLY.test(c.form) && !/^[:,]$/.test(words[i + c.size]?.text ?? ''))) return c
  }
  return null
}

/** The first cue among the first `limit` words, stopping at a quotation mark or a sentence mark. */
export function firstCue(words: Span[], limit: number): Cue | null {
  for (let i = 0; i < words.length && i < limit; i++) {
    const t = words[i].text
    if (/^[“”"«»„]$|^''$|^[.!?;]$/.test(t)) return null
    const c = cueAt(words, i)
    if (c) return c
  }
  return null
}
