import type { SentenceFeatures } from './sentenceFeatures.js'

/** Above this many picks, redundancy is no longer checked: top-k by score keeps the cost O(n log n). */
export const MMR_MAX_PICKS = 50
/** MMR looks at the best-scored `max(POOL, 4 × picks)` candidates only. */
const POOL = 40
/** A candidate sharing this much of its words with a picked sentence is a near-copy and is skipped. */
const COPY_OVERLAP = 0.9

/** How to pick: how many, and how hard to push away from sentences already picked. */
export interface SelectOptions {
  count: number
  /** MMR trade-off: 0 ignores redundancy; 1 costs a full word overlap as much as a whole score point. */
  redundancy: number
}

/**
 * Picks `count` sentences by Maximal Marginal Relevance (Carbonell & Goldstein, SIGIR 1998): each step takes the
 * candidate maximising score − redundancy × (its highest word overlap with a picked sentence); a near-copy of a
 * picked sentence (overlap ≥ 0.9) is skipped. A dependent sentence (`isDependent`) never opens the summary: it is
 * taken only once a sentence before it is picked, except the article's first body sentence, which nothing
 * precedes. When the best candidates run out, the earliest sentences fill in. Returns indices in article order;
 * ties go to the earlier sentence. Deterministic; O(n log n + count × pool × words).
 */
export function selectSentences(features: SentenceFeatures[], scores: number[], options: SelectOptions): number[] {
  const order = features.map((f) => f.index).sort((a, b) => scores[b] - scores[a] || a - b)
  const count = Math.min(Math.max(0, options.count), features.length)
  const picked = count <= MMR_MAX_PICKS ? pickMmr(features, scores, order, count, options.redundancy) : pickTop(features, order, count)
  return picked.sort((a, b) => a - b)
}

function mayOpen(f: SentenceFeatures): boolean {
  return !f.isDependent || f.index === 0
}

function pickMmr(features: SentenceFeatures[], scores: number[], order: number[], count: number, redundancy: number): number[] {
  const pool = order.slice(0, Math.max(POOL, 4 * count))
  const overlap = new Map<number, number>(pool.map((i) => [i, 0]))
  const sets = new Map<number, Set<number>>(pool.map((i) => [i, new Set(features[i].terms)]))
  const picked: number[] = []
  let first = Infinity
  while (picked.length < count) {
    let best = -1
    let bestValue = -Infinity
    for (const i of pool) {
      if (!overlap.has(i) || (i < first && !mayOpen(features[i])) || overlap.get(i)! >= COPY_OVERLAP) continue
      const value = scores[i] - redundancy * overlap.get(i)!
      if (value > bestValue) [best, bestValue] = [i, value]
    }
    if (best < 0) best = features.find((f) => !picked.includes(f.index) && (mayOpen(f) || f.index > first))?.index ?? -1
    if (best < 0) best = features.find((f) => !picked.includes(f.index))!.index
    picked.push(best)
    first = Math.min(first, best)
    overlap.delete(best)
    const chosen = sets.get(best) ?? new Set(features[best].terms)
    for (const [i, o] of overlap) overlap.set(i, Math.max(o, cosine(sets.get(i)!, chosen)))
  }
  return picked
}

/** Top `count` by score without redundancy; dependent sentences before the best possible opener are skipped. */
function pickTop(features: SentenceFeatures[], order: number[], count: number): number[] {
  const anchor = order.find((i) => mayOpen(features[i])) ?? order[0]
  const picked = new Set([anchor])
  for (const i of order) {
    if (picked.size >= count) break
    if (i > anchor || mayOpen(features[i])) picked.add(i)
  }
  for (let i = 0; picked.size < count; i++) picked.add(i)
  return [...picked]
}

/** Word-set cosine |A ∩ B| / √(|A| · |B|); 0 when either is empty. */
function cosine(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (!a.size || !b.size) return 0
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / Math.sqrt(a.size * b.size)
}
