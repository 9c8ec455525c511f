import type { NerModel } from './NerModel.js'
import { MAX_FEATURES } from './writeFeatures.js'

/** Sums the sparse weights of each token's features into emission scores `emit[t * labels + y]` (probing inlined). */
export function scoreTokens(model: NerModel, feats: Uint32Array, counts: Uint8Array, n: number, emit: Float32Array): void {
  const L = model.labels, w = model.weights, keys = model.features.keys, vals = model.features.vals
  const mask = keys.length - 1, scale = model.scale
  const acc = new Int32Array(L)
  for (let t = 0; t < n; t++) {
    acc.fill(0)
    for (let k = t * MAX_FEATURES, end = k + counts[t]; k < end; k++) {
      const key = feats[k]
      let i = key & mask, cur = keys[i]
      while (cur !== key && cur !== 0) { i = (i + 1) & mask; cur = keys[i] }
      if (cur === 0) continue
      const v = vals[i]
      for (let j = v >>> 5, e = j + (v & 31); j < e; j++) { const p = w[j]; acc[p & 31] += p >> 5 }
    }
    for (let y = 0; y < L; y++) emit[t * L + y] = acc[y] * scale
  }
}
