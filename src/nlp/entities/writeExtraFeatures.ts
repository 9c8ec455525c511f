import type { DocContext } from './docContext.js'
import { mix } from './hash.js'
import { FIRST_UPPER, type SentenceInfo } from './sentenceInfo.js'
import { MAX_FEATURES, writeDocument, writeGazetteer } from './writeFeatures.js'

/** Features per token before the gazetteer ones: 23 window features and 9 cluster ids (see writeFeatures). */
const BASE_FEATURES = 32
/** Most extra features one token can get (MAX_FEATURES less the 23 window and 9 cluster features). */
export const MAX_EXTRA = MAX_FEATURES - BASE_FEATURES

/**
 * The features of writeFeatures that depend on more than the token's window (sentence start, all-caps line,
 * gazetteer matches, document context), in its order and under its cap: the keys of token i go to
 * `keys[at + start[i] .. at + start[i + 1])`, start[] written at `starts` (n + 1 entries). Returns the key count.
 */
export function writeExtraFeatures(info: SentenceInfo, gaz: Uint32Array, capsLine: boolean, doc: DocContext,
  out: Uint32Array, starts: number, at: number): number {
  const { n, lower, shape, flags } = info
  let c = 0
  for (let i = 0; i < n; i++) {
    out[starts + i] = c
    let k = BASE_FEATURES
    if (i === 0) { out[at + c++] = mix(24, shape[i]); k++ }
    if (capsLine) { out[at + c++] = mix(25, shape[i]); out[at + c++] = mix(26, lower[i]); k += 2 }
    // writeFeatures' own writers, at this token's next key slot, capped where its MAX_FEATURES cap falls.
    let p = at + c
    p = writeGazetteer(out, p, p + MAX_FEATURES - k, gaz, i, n)
    k += p - (at + c)
    if (flags[i] & FIRST_UPPER) p = writeDocument(out, p, p + MAX_FEATURES - k, doc, lower[i], flags[i], i)
    c = p - at
  }
  out[starts + n] = c
  return c
}
