import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { selectSentences } from '../../../src/nlp/summary/selectSentences.js'
import type { SentenceFeatures } from '../../../src/nlp/summary/sentenceFeatures.js'

/** Feature rows from term lists; `dependent` lists the indices that point back. */
function rows(terms: number[][], dependent: number[] = []): SentenceFeatures[] {
  return terms.map((t, index) => ({
    index, centrality: 0, headline: 0, length: 10, quoted: 0, entities: 0, isDependent: dependent.includes(index), terms: t,
  }))
}

describe('selectSentences', () => {
  it.each([
    ['takes the best scores, in article order', [[1], [2], [3], [4]], [0.1, 0.9, 0.5, 0.7], 2, 0, [], [1, 3]],
    ['ties go to the earlier sentence', [[1], [2], [3]], [0.5, 0.5, 0.5], 2, 0, [], [0, 1]],
    ['without redundancy, takes a near neighbour of the best', [[1, 2, 3, 4], [1, 2, 3, 5], [6, 7]], [0.9, 0.85, 0.6], 2, 0, [], [0, 1]],
    ['with redundancy, skips it (MMR)', [[1, 2, 3, 4], [1, 2, 3, 5], [6, 7]], [0.9, 0.85, 0.6], 2, 0.5, [], [0, 2]],
    ['never takes a copy, even without redundancy', [[1, 2], [1, 2], [3, 4]], [0.9, 0.85, 0.6], 2, 0, [], [0, 2]],
    ['a dependent sentence does not open', [[1], [2], [3]], [0.1, 0.9, 0.8], 1, 0, [1, 2], [0]],
    ['it may follow a sentence before it', [[1], [2], [3]], [0.1, 0.9, 0.8], 2, 0, [1, 2], [0, 1]],
    ['the first body sentence may open even if dependent', [[1], [2], [3]], [0.9, 0.1, 0.2], 1, 0, [0], [0]],
    ['when all may not open, the earliest fills in', [[1], [2], [3]], [0.1, 0.9, 0.8], 3, 0, [1, 2], [0, 1, 2]],
    ['count above the sentences gives all', [[1], [2]], [0.1, 0.9], 5, 0.2, [], [0, 1]],
    ['count 0 gives none', [[1], [2]], [0.1, 0.9], 0, 0.2, [], []],
  ])('%s', (_name, terms, scores, count, redundancy, dependent, want) => {
    expect(selectSentences(rows(terms, dependent), scores, { count, redundancy })).toEqual(want)
  })

  it('keeps the opener rule without MMR on large counts', () => {
    const n = 200
    const features = rows(Array.from({ length: n }, (_, i) => [i]), Array.from({ length: n }, (_, i) => i).filter((i) => i > 0 && i < 100))
    const scores = features.map((f) => (f.index > 0 && f.index < 100 ? 1 : 0.5 - f.index / 1000))
    const got = selectSentences(features, scores, { count: 120, redundancy: 0.2 })
    expect(got).toHaveLength(120)
    expect(new Set(got).size).toBe(120)
    expect(features[got[0]].isDependent && got[0] !== 0).toBe(false)
  })

  it('picks as the Set-based MMR it replaced (stamped word arrays give the same overlaps)', () => {
    const row = fc.record({ terms: fc.array(fc.nat(30), { maxLength: 12 }), score: fc.double({ min: 0, max: 1, noNaN: true }), dependent: fc.boolean() })
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), fc.nat(8), fc.constantFrom(0, 0.2, 0.5, 1), (rs, count, redundancy) => {
      const features = rows(rs.map((r) => r.terms), rs.flatMap((r, i) => (r.dependent ? [i] : [])))
      const scores = rs.map((r) => r.score)
      expect(selectSentences(features, scores, { count, redundancy })).toEqual(setMmr(features, scores, count, redundancy))
    }), { numRuns: 500 })
  })
})

/** selectSentences as it was with one Set of word ids per pool sentence (the reference for the test above). */
function setMmr(features: SentenceFeatures[], scores: number[], count: number, redundancy: number): number[] {
  const order = features.map((f) => f.index).sort((a, b) => scores[b] - scores[a] || a - b)
  count = Math.min(count, features.length)
  const mayOpen = (f: SentenceFeatures) => !f.isDependent || f.index === 0
  const cosine = (a: Set<number>, b: Set<number>) => {
    if (!a.size || !b.size) return 0
    let shared = 0
    for (const w of a) if (b.has(w)) shared++
    return shared / Math.sqrt(a.size * b.size)
  }
  const pool = order.slice(0, Math.max(40, 4 * count))
  const overlap = new Map<number, number>(pool.map((i) => [i, 0]))
  const sets = new Map<number, Set<number>>(pool.map((i) => [i, new Set(features[i].terms)]))
  const picked: number[] = []
  let first = Infinity
  while (picked.length < count) {
    let best = -1
    let bestValue = -Infinity
    for (const i of pool) {
      if (!overlap.has(i) || (i < first && !mayOpen(features[i])) || overlap.get(i)! >= 0.9) continue
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
  return picked.sort((a, b) => a - b)
}
