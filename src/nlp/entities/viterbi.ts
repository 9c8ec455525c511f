/**
 * First-order Viterbi decoding: best label sequence for `n` tokens given emission scores `emit[t * L + y]` and
 * transition scores `trans` laid out as (L + 2) rows of L: row a = previous label a, row L = sentence start,
 * row L + 1 = end score of each last label. Moves scored -Infinity are never taken. Writes the labels into `out`.
 */
export function viterbi(emit: Float32Array, n: number, L: number, trans: Float32Array, out: Uint8Array): void {
  if (n === 0) return
  const { from, fromStart } = allowedMoves(trans, L)
  const score = new Float64Array(n * L)
  const back = new Uint8Array(n * L)
  for (let y = 0; y < L; y++) score[y] = trans[L * L + y] + emit[y]
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * L
    for (let y = 0; y < L; y++) {
      let best = -Infinity, arg = 0
      for (let k = fromStart[y], e = fromStart[y + 1]; k < e; k++) {
        const a = from[k]
        const s = score[prev + a] + trans[a * L + y]
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

/** For each label y, the previous labels a whose move a -> y is not -Infinity (L * L checks, once per sentence). */
function allowedMoves(trans: Float32Array, L: number): { from: Uint8Array; fromStart: Int32Array } {
  const from = new Uint8Array(L * L), fromStart = new Int32Array(L + 1)
  let k = 0
  for (let y = 0; y < L; y++) {
    fromStart[y] = k
    for (let a = 0; a < L; a++) if (trans[a * L + y] !== -Infinity) from[k++] = a
  }
  fromStart[L] = k
  return { from, fromStart }
}
