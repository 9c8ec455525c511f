import type { Span } from '../../types.js'
import { wordsIn } from './wordsIn.js'

/** Words kept as themselves in features; every other word is seen through its shape and the cue lexicon. */
const KEPT = new Set((
  'that to for of in on at by with from about as and but or nor so because while although though if when whether ' +
  'which who whom whose what how why where than then also not no never would will could should can may might must ' +
  'is are was were be been being has have had do does did the a an this these those it its he she they we i you ' +
  'his her their our my him them us me said says say told tells according reporters interview statement ' +
  'believe believes think thinks thought called calls call urged warned added noted argued claimed expects ' +
  'after before during since until over under against into through between including among like , . ; : ? ! ( ) — –'
).split(' '))

/** A reported-speech cue lexicon learned from PolNeAR's Cue spans: word (lower case) → share of its uses as a cue. */
export type CueLexicon = ReadonlyMap<string, number>

/** One token of a sentence for the reported-speech tagger; `features` are 30-bit feature hashes. */
export interface IndirectToken extends Span {
  features: Int32Array
}

/** Most features a token has. */
const MAX_FEATURES = 23
/** The cue class a sentence needs outside the rule finds to be tagged at all. */
const GATE = 2

/** Feature templates (the first argument of {@link featureKey}). */
const T = {
  bias: 1, w: 2, p: 3, n: 4, pn: 5, cue: 6, lc: 7, rc: 8, lcw: 9, lcNext: 10, commaL: 11, commaR: 12, rule: 13, rulew: 14,
  rulelc: 15, sent: 16, paren: 17, ll: 18, pos: 19, hl: 20, cueWord: 21, lcWord: 22, rcWord: 23,
} as const

/** A 30-bit hash of a feature made of a template and up to three values (murmur3-style mixing). */
export function featureKey(t: number, a = 0, b = 0, c = 0): number {
  let h = mix(mix(mix(Math.imul(t, 0x9e3779b1), a), b), c)
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13
  return h & 0x3fffffff
}

function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  h ^= Math.imul(k, 0x1b873593)
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0
}

/** FNV-1a hash of a string. */
export function stringHash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h | 0
}

/** Cue strength class of a lexicon share: 0 none, 1 weak (≥ 0.05), 2 mid (≥ 0.2), 3 strong (≥ 0.5). */
export function cueClass(p: number | undefined): number {
  return p === undefined ? 0 : p >= 0.5 ? 3 : p >= 0.2 ? 2 : p >= 0.05 ? 1 : 0
}

const SHAPES = ['AA', 'Aa', 'd', 'a', 'as', 'aed', 'aing', 'p'].map(stringHash)

/** The shape of a word from its lower-cased form: all caps, capitalized, number, lower case by ending, other. */
function shapeHash(w: string, lower: string): number {
  const c = w.charCodeAt(0)
  if (c >= 48 && c <= 57) return SHAPES[2]
  const capital = w[0] !== lower[0]
  if (capital) return w.length > 1 && w[1] !== lower[1] ? SHAPES[0] : SHAPES[1]
  if (w[0] !== w[0].toUpperCase()) return lower.endsWith('ing') ? SHAPES[6] : lower.endsWith('ed') ? SHAPES[5] : lower.endsWith('s') ? SHAPES[4] : SHAPES[3]
  return SHAPES[7]
}

function dist(d: number): number {
  return d <= 0 ? 0 : d === 1 ? 1 : d === 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : 6
}

const START = stringHash('<s>'), END = stringHash('</s>')

/**
 * Tokens of text[from, to) (one sentence) with the features the reported-speech tagger scores: the word
 * (function words and cues) or its shape, its neighbours, the nearest likely cue on each side with its distance
 * and strength, commas between, and whether the rule-based finder put the token in reported speech (`ruled`: 0
 * outside its finds, 1 first word, 2 inside). Null when no word outside the rule finds is a cue of at least mid
 * strength (nothing there for the tagger to add). Linear in the stretch.
 */
export function indirectTokens(text: string, from: number, to: number, lexicon: CueLexicon, ruled: (at: number) => number, headline: boolean,
  gate = true): IndirectToken[] | null {
  const w = wordsIn(text, from, to)
  const n = w.length
  const lower = w.map((x) => { const l = x.text.toLowerCase(); return l.length > 2 && /['’]s$/.test(l) ? l.slice(0, -2) : l })
  const cls = lower.map((l) => cueClass(lexicon.get(l)))
  const rule = w.map((x) => ruled(x.start))
  if (gate && !cls.some((c, i) => c >= GATE && rule[i] === 0)) return null
  const isCue = cls.map((c) => c >= 2)
  const lowerHash = lower.map(stringHash)
  const me = w.map((x, i) => (KEPT.has(lower[i]) ? lowerHash[i] : shapeHash(x.text, lower[i])))
  const word = (i: number) => (i < 0 ? START : i >= n ? END : me[i])
  const left = new Int32Array(n).fill(-1), right = new Int32Array(n).fill(-1)
  const commaL = new Int32Array(n), commaR = new Int32Array(n), paren = new Uint8Array(n)
  for (let i = 0, last = -1, commas = 0, depth = 0; i < n; i++) {
    left[i] = last; commaL[i] = commas
    if (isCue[i]) { last = i; commas = 0 }
    if (lower[i] === ',') commas++
    if (lower[i] === '(') depth++
    paren[i] = depth > 0 ? 1 : 0
    if (lower[i] === ')') depth = Math.max(0, depth - 1)
  }
  for (let i = n - 1, next = -1, commas = 0; i >= 0; i--) {
    right[i] = next; commaR[i] = commas
    if (isCue[i]) { next = i; commas = 0 }
    if (lower[i] === ',') commas++
  }
  let sentCue = 0
  for (const c of cls) sentCue = Math.max(sentCue, c)
  const hasRule = rule.some((r) => r !== 0) ? 1 : 0
  const hl = headline ? 1 : 0
  const all = new Int32Array(n * MAX_FEATURES)
  return w.map((x, i) => {
    const l = left[i], r = right[i]
    const lc = l < 0 ? 99 : cls[l] * 8 + dist(i - l)
    const rc = r < 0 ? 99 : cls[r] * 8 + dist(r - i)
    const next = l < 0 ? 0 : lower[l + 1] === 'that' ? 1 : lower[l + 1] === 'to' ? 2 : lower[l + 1] === ',' ? 3 : 4
    const ll = l >= 0 && left[l] >= 0 ? cls[left[l]] * 8 + dist(i - left[l]) : 99
    const f = all.subarray(i * MAX_FEATURES, (i + 1) * MAX_FEATURES)
    let k = 0
    f[k++] = featureKey(T.bias); f[k++] = featureKey(T.w, me[i]); f[k++] = featureKey(T.p, word(i - 1)); f[k++] = featureKey(T.n, word(i + 1))
    f[k++] = featureKey(T.pn, word(i - 1), me[i]); f[k++] = featureKey(T.cue, cls[i]); f[k++] = featureKey(T.lc, lc); f[k++] = featureKey(T.rc, rc)
    f[k++] = featureKey(T.lcw, lc, me[i]); f[k++] = featureKey(T.lcNext, next, lc)
    f[k++] = featureKey(T.commaL, Math.min(commaL[i], 2), l < 0 ? 0 : 1); f[k++] = featureKey(T.commaR, Math.min(commaR[i], 2), r < 0 ? 0 : 1)
    f[k++] = featureKey(T.rule, rule[i]); f[k++] = featureKey(T.rulew, rule[i], me[i]); f[k++] = featureKey(T.rulelc, rule[i], lc)
    f[k++] = featureKey(T.sent, sentCue, hasRule); f[k++] = featureKey(T.paren, paren[i]); f[k++] = featureKey(T.ll, ll)
    f[k++] = featureKey(T.pos, i === 0 ? 0 : i === n - 1 ? 1 : i < 3 ? 2 : 3); f[k++] = featureKey(T.hl, hl)
    if (isCue[i]) f[k++] = featureKey(T.cueWord, lowerHash[i])
    if (l >= 0) f[k++] = featureKey(T.lcWord, lowerHash[l], dist(i - l))
    if (r >= 0) f[k++] = featureKey(T.rcWord, lowerHash[r], r - i <= 2 ? 0 : 1)
    return { text: x.text, start: x.start, end: x.end, features: f.subarray(0, k) }
  })
}
