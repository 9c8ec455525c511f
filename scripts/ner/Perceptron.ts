import { buildHashTable } from '../../src/nlp/entities/hashTable.js'
import { isAllowed } from '../../src/nlp/entities/labels.js'
import type { NerModel } from '../../src/nlp/entities/NerModel.js'
import type { NerResources } from '../../src/nlp/entities/NerResources.js'
import { MAX_FEATURES } from '../../src/nlp/entities/writeFeatures.js'

/** Averaged structured perceptron (Collins 2002) over hashed features with BILOU transitions; training only. */
export class Perceptron {
  readonly rows = new Map<number, number>()
  w: Float32Array; acc: Float64Array
  readonly trans: Float64Array; readonly transAcc: Float64Array; readonly mask: Float32Array
  c = 1
  constructor(readonly L: number) {
    this.w = new Float32Array(1 << 20); this.acc = new Float64Array(1 << 20)
    this.trans = new Float64Array((L + 2) * L); this.transAcc = new Float64Array((L + 2) * L)
    this.mask = new Float32Array((L + 2) * L)
    for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) this.mask[a * L + b] = isAllowed(a, b) ? 0 : -Infinity
    for (let b = 0; b < L; b++) { this.mask[L * L + b] = isAllowed(-1, b) ? 0 : -Infinity; this.mask[(L + 1) * L + b] = isAllowed(b, -1) ? 0 : -Infinity }
  }

  rowOf(h: number): number {
    let r = this.rows.get(h)
    if (r !== undefined) return r
    r = this.rows.size
    this.rows.set(h, r)
    if ((r + 1) * this.L > this.w.length) {
      const w = new Float32Array(this.w.length * 2); w.set(this.w); this.w = w
      const a = new Float64Array(this.acc.length * 2); a.set(this.acc); this.acc = a
    }
    return r
  }

  /** Current (non-averaged) transition scores with the BILOU mask applied. */
  decodeTransitions(): Float32Array {
    const t = new Float32Array(this.trans.length)
    for (let i = 0; i < t.length; i++) t[i] = this.trans[i] + this.mask[i]
    return t
  }

  score(feats: Uint32Array, counts: Uint8Array, n: number, emit: Float32Array): void {
    const L = this.L
    emit.fill(0, 0, n * L)
    for (let t = 0; t < n; t++) for (let k = t * MAX_FEATURES, e = k + counts[t]; k < e; k++) {
      const r = this.rows.get(feats[k])
      if (r === undefined) continue
      for (let y = 0; y < L; y++) emit[t * L + y] += this.w[r * L + y]
    }
  }

  update(feats: Uint32Array, counts: Uint8Array, n: number, gold: ArrayLike<number>, pred: ArrayLike<number>): void {
    const L = this.L, c = this.c
    for (let t = 0; t < n; t++) {
      if (gold[t] === pred[t]) continue
      for (let k = t * MAX_FEATURES, e = k + counts[t]; k < e; k++) {
        const r = this.rowOf(feats[k]) * L
        this.w[r + gold[t]] += 1; this.acc[r + gold[t]] += c
        this.w[r + pred[t]] -= 1; this.acc[r + pred[t]] -= c
      }
    }
    const idx = (a: number, b: number): number => (a < 0 ? L * L + b : b < 0 ? (L + 1) * L + a : a * L + b)
    for (let t = 0; t <= n; t++) {
      const g = idx(t > 0 ? gold[t - 1] : -1, t < n ? gold[t] : -1), p = idx(t > 0 ? pred[t - 1] : -1, t < n ? pred[t] : -1)
      if (g === p) continue
      this.trans[g] += 1; this.transAcc[g] += c; this.trans[p] -= 1; this.transAcc[p] -= c
    }
  }

  /** Averaged model with weights below `prune` in magnitude dropped, stored sparse and quantized (see NerModel). */
  toModel(res: NerResources, prune: number, info: string): NerModel {
    const L = this.L, c = this.c
    const keys: [number, number][] = [], entries: number[] = []
    let maxAbs = 0
    const avg = new Float64Array(L)
    const kept: [number, number[]][] = []
    for (const [h, r] of this.rows) {
      const nz: number[] = []
      for (let y = 0; y < L; y++) {
        avg[y] = this.w[r * L + y] - this.acc[r * L + y] / c
        if (Math.abs(avg[y]) >= prune && avg[y] !== 0) { nz.push(y, avg[y]); maxAbs = Math.max(maxAbs, Math.abs(avg[y])) }
      }
      if (nz.length) kept.push([h, nz])
    }
    const scale = maxAbs / (1 << 24) || 1
    for (const [h, nz] of kept) {
      keys.push([h, (entries.length << 5) | (nz.length / 2)])
      for (let j = 0; j < nz.length; j += 2) entries.push((Math.round(nz[j + 1] / scale) << 5) | nz[j])
    }
    const transitions = new Float32Array(this.trans.length)
    for (let i = 0; i < transitions.length; i++) transitions[i] = this.trans[i] - this.transAcc[i] / c + this.mask[i]
    return { version: 2, labels: L, features: buildHashTable(keys), weights: Int32Array.from(entries), scale, transitions, info, ...res }
  }
}
