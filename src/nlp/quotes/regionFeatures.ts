import type { QuoteKind, Span } from '../../types.js'
import type { Attribution } from './attributeRegion.js'
import { CUE_FORMS } from './cueWords.js'
import type { QuoteRegion } from './scanQuoteMarks.js'
import { letterOrDigit, wordsIn } from './wordsIn.js'

/** What {@link regionFeatures} reads about one quotation-mark region besides the text. */
export interface RegionFacts {
  region: QuoteRegion
  kind: QuoteKind
  /** Start and end of the sentence(s) around the region. */
  sentenceStart: number
  sentenceEnd: number
  /** The attribution found in the region's own sentence, and the one it ends with after continuation. */
  own: Attribution | null
  final: Attribution | null
  /** True when a cue word stands anywhere in the region's sentence (see {@link hasCueWord}). */
  sentenceCue: boolean
  /** Number of other regions in the same paragraph. */
  siblings: number
  /** Opening mark of the first region of a list of quotations this one belongs to ("a “nasty guy,” an “anchor
   *  baby,” “unstable” and “sick”"), or this region's own opening mark. */
  listOpen: number
  /** The words of its first 400 characters that start with a letter or digit. */
  letters: Span[]
  /** The hand rule that calls it a title of a work ('title'), or null. */
  rule: string | null
  /** Number of other regions in the article with the same words (case folded). */
  twins: number
}

const FIRST_PERSON = /^(?:i|i['’]m|i['’]ve|i['’]ll|i['’]d|we|we['’]re|we['’]ve|my|our|me|us|you|your)$/
const SMALL = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|from|by|is|it|as|&)$/

/**
 * Binary features of a quotation-mark region for the learned quotation filter (scare quotes, titles and
 * nicknames against real quotations): length, case, the words around the marks, whether a cue or an attribution
 * was found, first-person words inside. Feature names are stable strings; the weights live in `regionModel.ts`.
 */
export function regionFeatures(text: string, f: RegionFacts): string[] {
  const r = f.region
  const letters = f.letters
  const n = letters.length
  const len = n <= 1 ? '1' : n <= 2 ? '2' : n <= 3 ? '3' : n <= 5 ? '4-5' : n <= 8 ? '6-8' : n <= 15 ? '9-15' : '16+'
  const title = letters.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w.text) || (i > 0 && SMALL.test(w.text.toLowerCase())))
  const before = wordsIn(text, Math.max(f.sentenceStart, r.open - 60), r.open)
  const after = wordsIn(text, r.close, Math.min(f.sentenceEnd, r.close + 60))
  const p1 = before[before.length - 1]?.text.toLowerCase() ?? '<s>'
  const p2 = before[before.length - 2]?.text.toLowerCase() ?? '<s>'
  const n1 = after[0]?.text.toLowerCase() ?? '</s>'
  const lastChar = text[r.end - 1] ?? ''
  const end = /[.!?]/.test(lastChar) ? 'stop' : lastChar === ',' ? 'comma' : /[\p{L}\p{N}]/u.test(lastChar) ? 'word' : 'other'
  const sentenceCue = f.sentenceCue
  const cueForm = (a: Attribution | null) => (a?.cue ? (CUE_FORMS.get(a.cue.text.toLowerCase()) ?? a.cue.text.toLowerCase()) : 'none')
  const ownCue = cueForm(f.own)
  const short = n <= 3 ? 'short' : 'long'
  // The longest first-person form has five letters (lower-casing never shortens a word).
  const firstPerson = letters.some((w) => w.text.length <= 5 && FIRST_PERSON.test(w.text.toLowerCase()))
  const feats = [
    'bias', `len=${len}`, `kind=${f.kind}`, `end=${end}`, `title=${title}`, `title&len=${title}&${len}`,
    `p1=${p1}`, `p2p1=${p2}_${p1}`, `n1=${n1}`, `own=${f.own ? f.own.ref.form : 'none'}`, `ownCue=${ownCue}`,
    `final=${f.final ? f.final.ref.form : 'none'}`, `sentenceCue=${sentenceCue}`, `sentenceCue&len=${sentenceCue}&${len}`,
    `own&len=${f.own ? 'yes' : 'no'}&${len}`, `firstPerson=${firstPerson}`, `closed=${r.closed}`, `continues=${r.continues}`,
    `upper=${/^\p{Lu}/u.test(letters[0]?.text ?? '')}`, `siblings=${Math.min(f.siblings, 4)}`,
    `p1&${short}=${p1}`, `n1&${short}=${n1}`, `title&p1=${title}&${p1}`,
  ]
  const mark = text[r.open] === '"' ? 'straight' : text[r.open] === "'" ? 'nyt' : 'curly'
  const cue = f.own?.cue
  // Buckets stop at 11 words: 200 characters are enough to count them.
  const gap = !cue ? 'none' : cue.end <= r.open ? bucket(wordsIn(text, Math.max(cue.end, r.open - 200), r.open).length) : bucket(wordsIn(text, r.close, Math.min(cue.start, r.close + 200)).length)
  const side = !cue ? 'none' : cue.end <= r.open ? 'before' : 'after'
  const opens = !/[\p{L}\p{N}]/u.test(text.slice(f.sentenceStart, r.open))
  const closes = !/[\p{L}\p{N}]/u.test(text.slice(r.close, f.sentenceEnd))
  feats.push(`mark=${mark}`, `gap=${side}${gap}`, `gap&${short}=${side}${gap}`, `opens=${opens}`, `closes=${closes}`,
    `rule=${f.rule}`, `twins=${Math.min(f.twins, 2)}`, `twins&${short}=${Math.min(f.twins, 2)}`, `opens&closes&${short}=${opens}${closes}`)
  const near = [...before.slice(-8)].reverse().find((w) => CUE_FORMS.has(w.text.toLowerCase()))
  const nearAfter = after.slice(0, 6).find((w) => CUE_FORMS.has(w.text.toLowerCase()))
  const nearLemma = near ? CUE_FORMS.get(near.text.toLowerCase()) ?? 'none' : 'none'
  feats.push(`near=${nearLemma}`, `nearAfter=${nearAfter ? CUE_FORMS.get(nearAfter.text.toLowerCase()) : 'none'}`, `near&${short}=${nearLemma}`,
    `rule&near=${f.rule}&${nearLemma}`)
  if (f.listOpen < r.open) {
    const head = wordsIn(text, Math.max(f.sentenceStart, f.listOpen - 60), f.listOpen).slice(-8).reverse().find((w) => CUE_FORMS.has(w.text.toLowerCase()))
    feats.push(`listNear=${head ? CUE_FORMS.get(head.text.toLowerCase()) : 'none'}`, `inList&${short}`)
  }
  if (n <= 3) for (const w of letters) feats.push(`w=${w.text.toLowerCase()}`)
  if (text[r.open - 1] === '(' || text[r.close] === ')') feats.push('paren')
  if (letters.length && /^[\p{Ll}]/u.test(letters[0].text) && n <= 3) feats.push('lowerShort')
  return feats
}

function bucket(n: number): string {
  return n === 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+'
}

/** True when a cue word (any one-word form of a speech verb, as a whole word of wordsIn) stands in text[start,
 *  min(end, start + 1200)): a maximal run of letters, digits and ' ’ & . - that is, ignoring case, a cue form.
 *  A scan of character codes and one Set lookup per run (a regex of all the forms cost ~40 ms to compile). */
export function hasCueWord(text: string, start: number, end: number): boolean {
  const stop = Math.min(end, start + 1200)
  let i = start
  while (i < stop) {
    const step = wordCharLength(text, i, stop)
    if (step === 0) { i++; continue }
    let j = i, word = '', plain = true
    for (let n; j < stop && (n = wordCharLength(text, j, stop)) > 0; j += n) {
      if (!plain) continue
      const letter = asciiLetter(text.charCodeAt(j))
      if (letter < 0 || j - i >= LONGEST_FORM) plain = false
      else word += String.fromCharCode(letter)
    }
    if (plain && ONE_WORD_FORMS.has(word)) return true
    i = j
  }
  return false
}

const ONE_WORD_FORMS = new Set([...CUE_FORMS.keys()].filter((f) => !f.includes(' ')))
const LONGEST_FORM = Math.max(...[...ONE_WORD_FORMS].map((f) => f.length))

/** The lowercase ASCII letter code a character matches case-insensitively (as a /iu regex does: "ſ" is s, the
 *  Kelvin sign k), or -1. */
function asciiLetter(c: number): number {
  if (c >= 97 && c <= 122) return c
  if (c >= 65 && c <= 90) return c + 32
  return c === 0x17f ? 115 : c === 0x212a ? 107 : -1
}

/** How many code units the word character at text[i] spans (a letter or digit, see letterOrDigit, or one of
 *  ' ’ & . -), or 0 when it is not one. */
function wordCharLength(text: string, i: number, stop: number): number {
  const c = text.charCodeAt(i)
  return c === 39 || c === 0x2019 || c === 38 || c === 46 || c === 45 ? 1 : letterOrDigit(text, i, stop)
}
