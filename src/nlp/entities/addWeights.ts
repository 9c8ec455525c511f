import type { NerModel } from './NerModel.js'

/**
 * Adds the weights of feature `key` (a nonzero hash) to `acc[off + label]`, in quantized units; absent features add
 * nothing. The same probe as {@link scoreTokens}, for callers that score one feature at a time.
 */
export function addWeights(model: NerModel, key: number, acc: Int32Array, off: number): void {
  const keys = model.features.keys, mask = keys.length - 1
  let i = key & mask, cur = keys[i]
  while (cur !== key && cur !== 0) { i = (i + 1) & mask; cur = keys[i] }
  if (cur === 0) return
  const v = model.features.vals[i], w = model.weights
  for (let j = v >>> 5, e = j + (v & 31); j < e; j++) { const p = w[j]; acc[off + (p & 31)] += p >> 5 }
}
