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
})
