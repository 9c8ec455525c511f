import type { IndirectToken } from './indirectFeatures.js'

/** A linear-chain tagger over labels O, B, I: a row of three weights per feature hash, and transitions. */
export interface TaggerModel {
  /** Feature hash → row index into `weights` (three weights a row: O, B, I); see {@link makeRowTable}. */
  rows: RowTable
  weights: Float32Array
  /** transitions[from][to], `from` 3 being the sentence start. */
  transitions: readonly (readonly number[])[]
}

/** An open-addressing table from feature hashes (30-bit, never -1) to row indices. */
export interface RowTable {
  keys: Int32Array
  rows: Int32Array
  mask: number
}

/** Builds the row table for `keys` (row i for keys[i]), at most half full. */
export function makeRowTable(keys: readonly number[]): RowTable {
  let size = 1024
  while (size < keys.length * 2) size *= 2
  const t = { keys: new Int32Array(size).fill(-1), rows: new Int32Array(size), mask: size - 1 }
  keys.forEach((k, i) => {
    let h = k & t.mask
    while (t.keys[h] !== -1 && t.keys[h] !== k) h = (h + 1) & t.mask
    t.keys[h] = k
    t.rows[h] = i
  })
  return t
}

function rowOf(t: RowTable, k: number): number {
  let h = k & t.mask
  for (;;) {
    const x = t.keys[h]
    if (x === k) return t.rows[h]
    if (x === -1) return -1
    h = (h + 1) & t.mask
  }
}

/** I may not open a sentence or follow O. */
const ALLOWED = (from: number, to: number) => !(to === 2 && (from === 0 || from === 3))

/** Per-token label scores under the model (three a token). */
export function emissions(tokens: IndirectToken[], model: TaggerModel): Float64Array {
  const e = new Float64Array(tokens.length * 3)
  const { rows, weights } = model
  for (let i = 0; i < tokens.length; i++) {
    const f = tokens[i].features
    for (let k = 0; k < f.length; k++) {
      const r = rowOf(rows, f[k])
      if (r < 0) continue
      e[i * 3] += weights[r * 3]; e[i * 3 + 1] += weights[r * 3 + 1]; e[i * 3 + 2] += weights[r * 3 + 2]
    }
  }
  return e
}

/** The best label sequence (0 O, 1 B, 2 I) by Viterbi; linear in the number of tokens. */
export function viterbi(e: Float64Array, n: number, transitions: readonly (readonly number[])[]): number[] {
  if (!n) return []
  const score = new Float64Array(n * 3), back = new Int8Array(n * 3)
  for (let y = 0; y < 3; y++) score[y] = ALLOWED(3, y) ? transitions[3][y] + e[y] : -Infinity
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < 3; y++) {
      let best = -Infinity, arg = 0
      for (let p = 0; p < 3; p++) {
        if (!ALLOWED(p, y)) continue
        const s = score[(i - 1) * 3 + p] + transitions[p][y]
        if (s > best) { best = s; arg = p }
      }
      score[i * 3 + y] = best + e[i * 3 + y]
      back[i * 3 + y] = arg
    }
  }
  const out = new Array<number>(n)
  let y = 0
  for (let k = 1; k < 3; k++) if (score[(n - 1) * 3 + k] > score[(n - 1) * 3 + y]) y = k
  for (let i = n - 1; i >= 0; i--) { out[i] = y; y = back[i * 3 + y] }
  return out
}

/** The token runs labelled B/I, as [first, last] token indices. */
export function runsOf(labels: number[]): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 0) continue
    let j = i
    while (j + 1 < labels.length && labels[j + 1] === 2) j++
    out.push([i, j])
    i = j
  }
  return out
}
