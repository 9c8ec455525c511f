import { makeRng, shuffle } from '../ner/rng.js'
import { viterbi } from '../../src/nlp/quotes/tagIndirect.js'
import type { IndirectToken } from '../../src/nlp/quotes/indirectFeatures.js'

/** One training sentence: tokens with feature hashes, gold labels (0 O, 1 B, 2 I). */
export interface TaggedSentence { tokens: IndirectToken[]; gold: number[] }

/** Averaged weights by feature hash (O, B, I) and transitions. */
export interface TrainedTagger { weights: Map<number, number[]>; transitions: number[][] }

/** Averaged structured perceptron (Collins 2002) for the 3-label reported-speech tagger; seeded, deterministic. */
export function trainTagger(data: TaggedSentence[], { epochs = 6, seed = 7 } = {}, log: (s: string) => void = () => {}): TrainedTagger {
  const w = new Map<number, Float64Array>(), u = new Map<number, Float64Array>()
  const t = [0, 1, 2, 3].map(() => new Float64Array(3)), tu = [0, 1, 2, 3].map(() => new Float64Array(3))
  const row = (m: Map<number, Float64Array>, f: number) => { let r = m.get(f); if (!r) { r = new Float64Array(3); m.set(f, r) } return r }
  const emit = (tokens: IndirectToken[]) => {
    const e = new Float64Array(tokens.length * 3)
    tokens.forEach((x, i) => { for (const f of x.features) { const r = w.get(f); if (r) for (let y = 0; y < 3; y++) e[i * 3 + y] += r[y] } })
    return e
  }
  let c = 1
  const order = data.map((_, i) => i)
  const rng = makeRng(seed)
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rng)
    let errors = 0
    for (const k of order) {
      const s = data[k]
      const pred = viterbi(emit(s.tokens), s.tokens.length, t)
      for (let i = 0; i < pred.length; i++) {
        const g = s.gold[i], p = pred[i]
        const gp = i ? s.gold[i - 1] : 3, pp = i ? pred[i - 1] : 3
        if (g !== p) {
          errors++
          for (const f of s.tokens[i].features) {
            row(w, f)[g] += 1; row(u, f)[g] += c
            row(w, f)[p] -= 1; row(u, f)[p] -= c
          }
        }
        if (g !== p || gp !== pp) {
          t[gp][g] += 1; tu[gp][g] += c
          t[pp][p] -= 1; tu[pp][p] -= c
        }
      }
      c++
    }
    log(`  epoch ${ep + 1}: ${errors} token errors`)
  }
  const avg = (a: Float64Array, b: Float64Array) => Array.from(a, (x, y) => x - b[y] / c)
  const weights = new Map<number, number[]>()
  for (const [f, r] of w) weights.set(f, avg(r, u.get(f)!))
  return { weights, transitions: t.map((r, i) => avg(r, tu[i])) }
}
