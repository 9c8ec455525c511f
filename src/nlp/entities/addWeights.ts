import type { HashTable } from './hashTable.js'
import type { NerModel } from './NerModel.js'

/**
 * Adds the weights of feature `key` (a nonzero hash) to `acc[off + label]`, in quantized units; absent features add
 * nothing. The same probe as {@link scoreTokens}, for callers that score one feature at a time; it reads the
 * interleaved key/value slots when the model has them (one cache line per probe instead of two).
 */
export function addWeights(model: NerModel, key: number, acc: Int32Array, off: number): void {
  const slots = model.featureSlots
  let v: number
  if (slots !== undefined) {
    const mask = (slots.length >> 1) - 1
    let i = key & mask, cur = slots[i << 1]
    while (cur !== key && cur !== 0) { i = (i + 1) & mask; cur = slots[i << 1] }
    if (cur === 0) return
    v = slots[(i << 1) + 1]
  } else {
    const keys = model.features.keys, mask = keys.length - 1
    let i = key & mask, cur = keys[i]
    while (cur !== key && cur !== 0) { i = (i + 1) & mask; cur = keys[i] }
    if (cur === 0) return
    v = model.features.vals[i]
  }
  const w = model.weights
  for (let j = v >>> 5, e = j + (v & 31); j < e; j++) { const p = w[j]; acc[off + (p & 31)] += p >> 5 }
}

/** A hash table's keys and values interleaved, `[key0, val0, key1, val1, ...]`, for {@link NerModel.featureSlots}. */
export function interleaveSlots(table: HashTable): Uint32Array {
  const n = table.keys.length, out = new Uint32Array(n * 2)
  for (let i = 0; i < n; i++) { out[2 * i] = table.keys[i]; out[2 * i + 1] = table.vals[i] }
  return out
}
