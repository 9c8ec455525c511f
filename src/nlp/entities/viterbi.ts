import { createWasmLattice, type WasmLattice } from './viterbiWasm.js'

/** The moves BILOU allows between labels (from the transition scores) and reusable lattices, for {@link viterbi}. */
export interface ViterbiScratch {
  /** For each label y, the previous labels a whose move a -> y is not -Infinity: `from[fromStart[y] .. fromStart[y + 1])`. */
  from: Uint8Array
  fromStart: Int32Array
  /** The score of each of those moves, `trans[from[k] * L + y]`, read in order by the inner loop. */
  fromScore: Float64Array
  score: Float64Array
  back: Uint8Array
  /** The same loop in WebAssembly (see viterbiWasm), used when present: same labels, far cheaper in a short run. */
  wasm: WasmLattice | null
}

/**
 * First-order Viterbi decoding: best label sequence for `n` tokens given emission scores `emit[t * L + y]` and
 * transition scores `trans` laid out as (L + 2) rows of L: row a = previous label a, row L = sentence start,
 * row L + 1 = end score of each last label. Moves scored -Infinity are never taken. Writes the labels into `out`.
 * `scratch` (from {@link createViterbiScratch} on the same `trans`) saves recomputing the allowed moves per call.
 */
export function viterbi(emit: Float32Array, n: number, L: number, trans: Float32Array, out: Uint8Array,
  scratch: ViterbiScratch = createViterbiScratch(trans, L, false)): void {
  if (n === 0) return
  if (scratch.wasm) return scratch.wasm.run(emit, n, out)
  if (scratch.score.length < n * L) { scratch.score = new Float64Array(n * L * 2); scratch.back = new Uint8Array(n * L * 2) }
  const { from, fromStart, fromScore, score, back } = scratch
  for (let y = 0; y < L; y++) score[y] = trans[L * L + y] + emit[y]
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * L
    for (let y = 0; y < L; y++) {
      let best = -Infinity, arg = 0
      for (let k = fromStart[y], e = fromStart[y + 1]; k < e; k++) {
        const a = from[k]
        const s = score[prev + a] + fromScore[k]
        if (s > best) { best = s; arg = a }
      }
      score[t * L + y] = best + emit[t * L + y]
      back[t * L + y] = arg
    }
  }
  let best = -Infinity, arg = 0
  for (let y = 0; y < L; y++) {
    const s = score[(n - 1) * L + y] + trans[(L + 1) * L + y]
    if (s > best) { best = s; arg = y }
  }
  for (let t = n - 1; t >= 0; t--) { out[t] = arg; arg = back[t * L + arg] }
}

/**
 * The allowed moves of `trans` (L * L checks) with their scores, and empty lattices; valid while `trans` is unchanged.
 * With `wasm` (and a runtime that has WebAssembly), {@link viterbi} runs its loop in WebAssembly.
 */
export function createViterbiScratch(trans: Float32Array, L: number, wasm = true): ViterbiScratch {
  const from = new Uint8Array(L * L), fromStart = new Int32Array(L + 1), fromScore = new Float64Array(L * L)
  let k = 0
  for (let y = 0; y < L; y++) {
    fromStart[y] = k
    for (let a = 0; a < L; a++) if (trans[a * L + y] !== -Infinity) { fromScore[k] = trans[a * L + y]; from[k++] = a }
  }
  fromStart[L] = k
  return { from, fromStart, fromScore, score: new Float64Array(0), back: new Uint8Array(0), wasm: wasm ? createWasmLattice(trans, L, from, fromStart, fromScore) : null }
}
