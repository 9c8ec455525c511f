import { makeRng, shuffle } from '../ner/rng.js'

/** One training item: binary feature names and a 0/1 label. */
export interface Example { features: string[]; label: number }

/**
 * L2-regularized logistic regression by SGD over binary features, in a seeded order (deterministic). Returns
 * weights by feature name.
 */
export function trainLogistic(data: Example[], { epochs = 30, rate = 0.1, l2 = 1e-3, seed = 1 } = {}): Map<string, number> {
  const w = new Map<string, number>()
  const order = data.map((_, i) => i)
  const rng = makeRng(seed)
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rng)
    const lr = rate / (1 + ep * 0.2)
    for (const i of order) {
      const x = data[i]
      let z = 0
      for (const f of x.features) z += w.get(f) ?? 0
      const g = x.label - 1 / (1 + Math.exp(-z))
      for (const f of x.features) {
        const v = w.get(f) ?? 0
        w.set(f, v + lr * (g - l2 * v))
      }
    }
  }
  return w
}

/** Probability of the positive label under weights `w`. */
export function predict(w: Map<string, number>, features: string[]): number {
  let z = 0
  for (const f of features) z += w.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}
