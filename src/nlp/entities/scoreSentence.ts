import { addWeights } from './addWeights.js'
import { docKey, type DocContext } from './docContext.js'
import { mix } from './hash.js'
import type { NerModel } from './NerModel.js'
import { ALL_UPPER, FIRST_UPPER, type SentenceInfo } from './sentenceInfo.js'
import { shapeRow } from './shapeRows.js'
import { AS_NEXT, AS_NEXT2, AS_PREV, AS_PREV2, entryOf, reserveWordRows, ROWS, SELF, type WordRows } from './wordRows.js'
import { BOS, EOS, MAX_FEATURES } from './writeFeatures.js'

/** Features per token before the gazetteer ones: 23 window features and 9 cluster ids (see writeFeatures). */
const BASE_FEATURES = 32

/** Reusable buffers for {@link scoreSentence}, grown on demand. */
export interface ScoreBuffers {
  entry: Int32Array
  acc: Int32Array
}

/** Empty buffers for a model with `labels` labels. */
export function createScoreBuffers(labels: number): ScoreBuffers {
  return { entry: new Int32Array(64), acc: new Int32Array(labels) }
}

/**
 * Emission scores `emit[t * labels + y]` of one sentence: exactly the sum {@link writeFeatures} + {@link scoreTokens}
 * compute, but the features of single words and of shape triples come summed from {@link WordRows} and
 * {@link ShapeRows}, so each token probes the model only for its word pairs, position, gazetteer and document features.
 */
export function scoreSentence(model: NerModel, info: SentenceInfo, gaz: Uint32Array, capsLine: boolean, doc: DocContext,
  rows: WordRows, buf: ScoreBuffers, emit: Float32Array): void {
  const { n, lower, shape } = info, L = model.labels, scale = model.scale
  if (buf.entry.length < n) buf.entry = new Int32Array(n * 2)
  const entry = buf.entry, acc = buf.acc
  reserveWordRows(rows, model, n)
  for (let t = 0; t < n; t++) entry[t] = entryOf(rows, model, info, t)
  const R = ROWS * L
  for (let i = 0; i < n; i++) {
    acc.fill(0)
    const lw = lower[i], sh = shape[i]
    const lp = i > 0 ? lower[i - 1] : BOS, ln = i + 1 < n ? lower[i + 1] : EOS
    const sp = i > 0 ? shape[i - 1] : BOS, sn = i + 1 < n ? shape[i + 1] : EOS
    const shapes = shapeRow(rows.shapes, model, sp, sh, sn), shapeSums = rows.shapes.sums
    addWeights(model, mix(22, mix(lp, lw)), acc, 0); addWeights(model, mix(23, mix(lw, ln)), acc, 0)
    let k = BASE_FEATURES
    if (i === 0) { addWeights(model, mix(24, sh), acc, 0); k++ }
    if (capsLine) { addWeights(model, mix(25, sh), acc, 0); addWeights(model, mix(26, lw), acc, 0); k += 2 }
    k = addGazetteer(model, acc, k, gaz, i, n)
    if (info.flags[i] & FIRST_UPPER) addDocument(model, acc, k, doc, lw, info.flags[i], i)
    const self = entry[i] * R + SELF * L
    const prev = (i > 0 ? entry[i - 1] : 0) * R + AS_PREV * L, next = (i + 1 < n ? entry[i + 1] : 0) * R + AS_NEXT * L
    const prev2 = (i > 1 ? entry[i - 2] : 0) * R + AS_PREV2 * L, next2 = (i + 2 < n ? entry[i + 2] : 0) * R + AS_NEXT2 * L
    const sums = rows.sums
    for (let y = 0; y < L; y++) {
      emit[i * L + y] = (acc[y] + shapeSums[shapes + y] + sums[self + y] + sums[prev + y] + sums[next + y] + sums[prev2 + y] + sums[next2 + y]) * scale
    }
  }
}

/** writeFeatures' gazetteer features (same order and cap), added instead of written; returns the feature count. */
function addGazetteer(model: NerModel, acc: Int32Array, k: number, gaz: Uint32Array, i: number, n: number): number {
  const g = gaz[i], gp = i > 0 ? gaz[i - 1] : 0, gn = i + 1 < n ? gaz[i + 1] : 0
  if ((g | gp | gn) === 0) return k
  for (let l = 0; l < 8 && k < MAX_FEATURES - 6; l++) {
    const pos = (g >>> (4 * l)) & 15
    if (pos) for (let b = 0; b < 4; b++) if (pos & (1 << b)) { addWeights(model, mix(36, l * 8 + b), acc, 0); k++ }
    if ((gp >>> (4 * l)) & 15) { addWeights(model, mix(37, l), acc, 0); k++ }
    if ((gn >>> (4 * l)) & 15) { addWeights(model, mix(38, l), acc, 0); k++ }
  }
  return k
}

/** writeFeatures' document features (same order and cap), added instead of written. */
function addDocument(model: NerModel, acc: Int32Array, k: number, doc: DocContext, lw: number, f: number, i: number): void {
  const key = docKey(lw), h = doc.history.get(key)
  if (h && k < MAX_FEATURES - 6) {
    let best = 0
    for (let y = 1; y < 5; y++) { if (h[y] > h[best]) best = y; if (h[y] > 0) { addWeights(model, mix(40, y), acc, 0); k++ } }
    addWeights(model, mix(39, best), acc, 0); k++
  }
  if (doc.lowerSeen.has(key) && k < MAX_FEATURES) { addWeights(model, mix(i === 0 ? 42 : 43, 0), acc, 0); k++ }
  if (f & ALL_UPPER && doc.titleMid.has(key) && k < MAX_FEATURES) addWeights(model, mix(44, 0), acc, 0)
}
