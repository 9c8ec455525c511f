import { docKey, type DocContext } from './docContext.js'
import { mix } from './hash.js'
import { ALL_UPPER, FIRST_UPPER, type SentenceInfo } from './sentenceInfo.js'
import { MAX_FEATURES } from './writeFeatures.js'

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
    const g = gaz[i], gp = i > 0 ? gaz[i - 1] : 0, gn = i + 1 < n ? gaz[i + 1] : 0
    if (i === 0) { out[at + c++] = mix(24, shape[i]); k++ }
    if (capsLine) { out[at + c++] = mix(25, shape[i]); out[at + c++] = mix(26, lower[i]); k += 2 }
    if ((g | gp | gn) !== 0) {
      for (let l = 0; l < 8 && k < MAX_FEATURES - 6; l++) {
        const pos = (g >>> (4 * l)) & 15
        if (pos) for (let b = 0; b < 4; b++) if (pos & (1 << b)) { out[at + c++] = mix(36, l * 8 + b); k++ }
        if ((gp >>> (4 * l)) & 15) { out[at + c++] = mix(37, l); k++ }
        if ((gn >>> (4 * l)) & 15) { out[at + c++] = mix(38, l); k++ }
      }
    }
    if (flags[i] & FIRST_UPPER) c = writeDocument(out, at, c, k, doc, lower[i], flags[i], i)
  }
  out[starts + n] = c
  return c
}

/** writeFeatures' document features (same order and cap); returns the new key count. */
function writeDocument(out: Uint32Array, at: number, c: number, k: number, doc: DocContext, lw: number, f: number, i: number): number {
  const key = docKey(lw), h = doc.history.get(key)
  if (h && k < MAX_FEATURES - 6) {
    let best = 0
    for (let y = 1; y < 5; y++) { if (h[y] > h[best]) best = y; if (h[y] > 0) { out[at + c++] = mix(40, y); k++ } }
    out[at + c++] = mix(39, best); k++
  }
  if (doc.lowerSeen.has(key) && k < MAX_FEATURES) { out[at + c++] = mix(i === 0 ? 42 : 43, 0); k++ }
  if (f & ALL_UPPER && doc.titleMid.has(key) && k < MAX_FEATURES) out[at + c++] = mix(44, 0)
  return c
}
