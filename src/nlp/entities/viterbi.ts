/**
 * First-order Viterbi decoding: best label sequence for `n` tokens given emission scores `emit[t * L + y]` and
 * transition scores `trans` laid out as (L + 2) rows of L: row a = previous label a, row L = sentence start,
 * row L + 1 = end score of each last label. Disallowed moves carry -Infinity. Writes the labels into `out`.
 */
export function viterbi(emit: Float32Array, n: number, L: number, trans: Float32Array, out: Uint8Array): void {
  if (n === 0) return
  const score = new Float64Array(n * L)
  const back = new Uint8Array(n * L)
  for (let y = 0; y < L; y++) score[y] = trans[L * L + y] + emit[y]
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity, arg = 0
      for (let a = 0; a < L; a++) {
        const s = score[(t - 1) * L + a] + trans[a * L + y]
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
