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

// Word sets as arrays of distinct ids intersected through one stamp table (Int32Array over word ids), not a Set
// per pool sentence: this runs for every article, and the Sets were most of its allocations and time.
function pickMmr(features: SentenceFeatures[], scores: number[], order: number[], count: number, redundancy: number): number[] {
  const pool = order.slice(0, Math.max(POOL, 4 * count))
  const stamps = new Int32Array(vocabularySize(features))
  const words = pool.map((i, p) => stampTerms(features[i].terms, stamps, p + 1))
  const overlap = new Float64Array(pool.length)
  const isOpen = pool.map(() => true)
  const picked: number[] = []
  let first = Infinity
  while (picked.length < count) {
    let best = -1
    let bestValue = -Infinity
    for (let p = 0; p < pool.length; p++) {
      const i = pool[p]
      if (!isOpen[p] || (i < first && !mayOpen(features[i])) || overlap[p] >= COPY_OVERLAP) continue
      const value = scores[i] - redundancy * overlap[p]
      if (value > bestValue) [best, bestValue] = [i, value]
    }
    if (best < 0) best = features.find((f) => !picked.includes(f.index) && (mayOpen(f) || f.index > first))?.index ?? -1
    if (best < 0) best = features.find((f) => !picked.includes(f.index))!.index
    picked.push(best)
    first = Math.min(first, best)
    const at = pool.indexOf(best)
    if (at >= 0) isOpen[at] = false
    const stamp = pool.length + picked.length
    const chosen = stampTerms(features[best].terms, stamps, stamp).length
    for (let p = 0; p < pool.length; p++) if (isOpen[p]) overlap[p] = Math.max(overlap[p], cosine(words[p], chosen, stamps, stamp))
  }
  return picked
}

/** One more than the highest word id of the rows (0 when none): the size of a table indexed by word id. */
function vocabularySize(features: SentenceFeatures[]): number {
  let size = 0
  for (let i = 0; i < features.length; i++) {
    const terms = features[i].terms
    for (let k = 0; k < terms.length; k++) if (terms[k] >= size) size = terms[k] + 1
  }
  return size
}

/** The distinct ids of `terms`, in first-seen order; marks each in `stamps` with `stamp` (unused so far). */
function stampTerms(terms: readonly number[], stamps: Int32Array, stamp: number): number[] {
  const out: number[] = []
  for (let k = 0; k < terms.length; k++) {
    if (stamps[terms[k]] === stamp) continue
    stamps[terms[k]] = stamp
    out.push(terms[k])
  }
  return out
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

/** Word-set cosine |A ∩ B| / √(|A| · |B|) of distinct ids `a` and the `bSize` ids stamped `stamp`; 0 when either is empty. */
function cosine(a: readonly number[], bSize: number, stamps: Int32Array, stamp: number): number {
  if (!a.length || !bSize) return 0
  let shared = 0
  for (let k = 0; k < a.length; k++) if (stamps[a[k]] === stamp) shared++
  return shared / Math.sqrt(a.length * bSize)
}
