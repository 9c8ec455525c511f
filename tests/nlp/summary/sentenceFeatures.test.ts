import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/types.js'
import { sentenceFeatures } from '../../../src/nlp/summary/sentenceFeatures.js'
import { makeArticle } from './makeArticle.js'

describe('sentenceFeatures', () => {
  const { article, sentences } = makeArticle([
    ['headline', 'Bank raises rates'],
    ['paragraph', 'The bank raised rates again.'],
    ['paragraph', 'Rates at the bank are the highest since 2001.'],
    ['paragraph', '"We acted to curb prices," said Mr Smith of London.'],
    ['paragraph', 'Snow fell overnight.'],
  ])
  const body = sentences.filter((s) => article.blocks[s.block].kind === 'paragraph')
  const london = article.text.indexOf('London')
  const entities: Entity[] = [
    { name: 'London', type: 'LOCATION', count: 1, aliases: [], mentions: [{ text: 'London', start: london, end: london + 6 }] },
  ]
  const f = sentenceFeatures(article, body, entities)

  it('scores centrality by shared topic words, best = 1, isolated = 0', () => {
    expect(Math.max(...f.map((x) => x.centrality))).toBe(1)
    expect(f[3].centrality).toBe(0)
    expect(f[0].centrality).toBeGreaterThan(f[2].centrality)
  })

  it.each([
    [0, 'headline', 2 / 3],
    [1, 'headline', 2 / 3],
    [3, 'headline', 0],
    [0, 'length', 5],
    [2, 'length', 10],
    [0, 'quoted', 0],
    [3, 'entities', 0],
    [2, 'entities', 1 / 10],
  ] as const)('sentence %i has %s %d', (i, key, want) => {
    expect(f[i][key]).toBeCloseTo(want, 5)
  })

  it('measures the quoted share of a sentence', () => {
    expect(f[2].quoted).toBeGreaterThan(0.4)
    expect(f[2].quoted).toBeLessThan(0.7)
  })

  it('flags sentences that point back', () => {
    const x = makeArticle([['paragraph', 'Rates rose. But they fell.']])
    expect(sentenceFeatures(x.article, x.sentences, []).map((r) => r.isDependent)).toEqual([false, true])
  })
})
