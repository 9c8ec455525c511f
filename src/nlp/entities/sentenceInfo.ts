import type { Span } from '../../types.js'
import { FNV_SEED, fnvStep, lowerCode } from './hash.js'

/** Token flag bits computed by {@link readSentence}. */
export const FIRST_UPPER = 1, ALL_UPPER = 2, HAS_DIGIT = 4, HAS_LOWER = 8, HAS_LETTER = 16, HAS_HYPHEN = 32,
  HAS_PERIOD = 64, ALL_DIGITS = 128, SINGLE_CHAR = 256

/** Per-token hashes and flags of one sentence, as parallel typed arrays (no strings per token). */
export interface SentenceInfo {
  n: number
  word: Uint32Array
  lower: Uint32Array
  shape: Uint32Array
  /** Lowercase prefix hashes of length 1..4, 4 per token. */
  prefix: Uint32Array
  /** Lowercase suffix hashes of length 1..4, 4 per token. */
  suffix: Uint32Array
  flags: Uint16Array
}

/** Hashes the tokens of one sentence in a single pass over their characters; `text.slice(t.start, t.end)` per token. */
export function readSentence(text: string, tokens: readonly Span[]): SentenceInfo {
  const n = tokens.length
  return readSentenceInto(text, tokens, {
    n, word: new Uint32Array(n), lower: new Uint32Array(n), shape: new Uint32Array(n),
    prefix: new Uint32Array(n * 4), suffix: new Uint32Array(n * 4), flags: new Uint16Array(n),
  })
}

/**
 * {@link readSentence} into arrays the caller provides (e.g. views of one buffer per document, which saves six
 * allocations per sentence); they must be zero-filled and sized for `info.n === tokens.length`. Returns `info`.
 */
export function readSentenceInto(text: string, tokens: readonly Span[], info: SentenceInfo): SentenceInfo {
  for (let t = 0; t < info.n; t++) readToken(text, tokens[t].start, tokens[t].end, t, info)
  return info
}

function readToken(text: string, s: number, e: number, t: number, info: SentenceInfo): void {
  let hw = FNV_SEED, hl = FNV_SEED, hs = FNV_SEED, lastShape = -1, flags = 0, digits = 0
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i)
    const l = lowerCode(c)
    hw = fnvStep(hw, c)
    hl = fnvStep(hl, l)
    if (i - s < 4) info.prefix[t * 4 + i - s] = hl
    let sh: number
    if (l !== c) { sh = 88; flags |= HAS_LETTER | (i === s ? FIRST_UPPER : 0) } // X
    else if (c >= 48 && c <= 57) { sh = 100; digits++ } // d
    else if ((c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000)) { sh = 120; flags |= HAS_LETTER | HAS_LOWER } // x
    else { sh = c; if (c === 45) flags |= HAS_HYPHEN; else if (c === 46) flags |= HAS_PERIOD }
    if (sh !== lastShape) { hs = fnvStep(hs, sh); lastShape = sh }
  }
  const len = e - s
  for (let k = len; k < 4; k++) info.prefix[t * 4 + k] = hl
  let hx = FNV_SEED
  for (let k = 0; k < 4; k++) {
    if (k < len) hx = fnvStep(hx, lowerCode(text.charCodeAt(e - 1 - k)))
    info.suffix[t * 4 + k] = hx
  }
  if (digits > 0) flags |= HAS_DIGIT
  if (digits === len) flags |= ALL_DIGITS
  if ((flags & (HAS_LETTER | HAS_LOWER)) === HAS_LETTER) flags |= ALL_UPPER
  if (len === 1) flags |= SINGLE_CHAR
  info.word[t] = hw; info.lower[t] = hl; info.shape[t] = hs; info.flags[t] = flags
}
