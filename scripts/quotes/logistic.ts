import { makeRng, shuffle } from '../ner/rng.js'

/** One training item: binary feature names and a 0/1 label. */
export interface Example { features: string[]; label: number }

/**
 * L2-regularized logistic regression by SGD over binary features, in a seeded order (deterministic). Returns
 * weights by feature name. Features are numbered once and the weights kept in an array (the same sums as with a
 * map by name, several times faster).
 */
export function trainLogistic(data: Example[], { epochs = 30, rate = 0.1, l2 = 1e-3, seed = 1 } = {}): Map<string, number> {
  const index = new Map<string, number>()
  const rows = data.map((x) => x.features.map((f) => {
    let i = index.get(f)
    if (i === undefined) index.set(f, (i = index.size))
    return i
  }))
  const w = new Float64Array(index.size)
  const order = data.map((_, i) => i)
  const rng = makeRng(seed)
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rng)
    const lr = rate / (1 + ep * 0.2)
    for (const i of order) {
      const row = rows[i]
      let z = 0
      for (const f of row) z += w[f]
      const g = data[i].label - 1 / (1 + Math.exp(-z))
      for (const f of row) w[f] += lr * (g - l2 * w[f])
    }
  }
  return new Map([...index].map(([f, i]) => [f, w[i]]))
}

/** Probability of the positive label under weights `w`. */
export function predict(w: Map<string, number>, features: string[]): number {
  let z = 0
  for (const f of features) z += w.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}
