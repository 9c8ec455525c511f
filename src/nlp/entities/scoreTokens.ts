import { findSlot } from './hashTable.js'
import type { NerModel } from './NerModel.js'
import { MAX_FEATURES } from './writeFeatures.js'

/** Sums the weight rows of each token's features into emission scores `emit[t * labels + y]`. */
export function scoreTokens(model: NerModel, feats: Uint32Array, counts: Uint8Array, n: number, emit: Float32Array): void {
  const L = model.labels, w = model.weights, vals = model.features.vals
  emit.fill(0, 0, n * L)
  for (let t = 0; t < n; t++) {
    const base = t * L
    for (let k = t * MAX_FEATURES, end = k + counts[t]; k < end; k++) {
      const slot = findSlot(model.features, feats[k])
      if (slot < 0) continue
      const row = vals[slot] * L
      for (let y = 0; y < L; y++) emit[base + y] += w[row + y]
    }
    for (let y = 0; y < L; y++) emit[base + y] *= model.scale
  }
}
