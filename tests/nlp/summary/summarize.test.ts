import { describe, expect, it } from 'vitest'
import type { BlockKind } from '../../../src/types.js'
import { isDependentOpener } from '../../../src/nlp/summary/isDependentOpener.js'
import { summarize } from '../../../src/nlp/summary/summarize.js'
import { makeArticle } from './makeArticle.js'

const none = { entities: [], quotes: [] }

/** Four body paragraphs about bank rates, one sentence each. */
const BODY: [BlockKind, string][] = [
  ['paragraph', 'The central bank raised interest rates on Tuesday.'],
  ['paragraph', 'Interest rates now stand at 5%, the highest level in years.'],
  ['paragraph', 'Snow fell across the north overnight.'],
  ['paragraph', 'Higher interest rates make loans dearer for homebuyers.'],
]

describe('summarize', () => {
  it.each(['headline', 'deck', 'byline', 'dateline', 'caption', 'promo', 'credit', 'section', 'note', 'boilerplate'] as BlockKind[])(
    'never picks a %s, even the most central sentence',
    (kind) => {
      const central = 'Interest rates: the central bank raised interest rates, interest rates at 5%, higher interest rates.'
      const { article, sentences } = makeArticle([[kind, central], ...BODY, [kind, central]])
      for (const limit of [1, 3, 10]) {
        const got = summarize(article, sentences, { ...none, limit })
        expect(got.length).toBe(Math.min(limit, BODY.length))
        for (const s of got) expect(article.blocks[s.block].kind).toBe('paragraph')
      }
    },
  )

  it('returns some of the given sentences, in article order, with spans into the input', () => {
    const { article, sentences } = makeArticle([['headline', 'Rates rise'], ...BODY])
    const got = summarize(article, sentences, { ...none, limit: 3 })
    expect(got).toHaveLength(3)
    for (const s of got) {
      expect(sentences).toContain(s)
      expect(article.text.slice(s.start, s.end)).toBe(s.text)
    }
    expect(got.map((s) => s.start)).toEqual([...got.map((s) => s.start)].sort((a, b) => a - b))
  })

  it('never opens with a sentence that points back, even when it scores best', () => {
    const { article, sentences } = makeArticle([
      ['paragraph', 'Snow fell across the north overnight.'],
      ['paragraph', 'He said interest rates would rise, and interest rates at the central bank rose to 5%.'],
      ['paragraph', 'The central bank raised interest rates on Tuesday.'],
      ['paragraph', 'Interest rates at 5% make loans dearer.'],
    ])
    for (const limit of [1, 2, 3]) {
      const got = summarize(article, sentences, { ...none, limit })
      expect(isDependentOpener(got[0].text)).toBe(false)
    }
    expect(summarize(article, sentences, { ...none, limit: 4 }).map((s) => s.text)).toContain(sentences[1].text)
  })

  it('lets the first body sentence open even when it starts with "It"', () => {
    const { article, sentences } = makeArticle([['paragraph', 'It was a record day for interest rates at the central bank. Interest rates rose. Snow fell.']])
    expect(summarize(article, sentences, { ...none, limit: 1 })[0].text).toMatch(/^It was/)
  })

  const ten = makeArticle(Array.from({ length: 10 }, (_, i): [BlockKind, string] => ['paragraph', `Item ${i} of the bank report covers rates.`]))
  it.each([
    [{}, 3],
    [{ limit: 1 }, 1],
    [{ limit: 0 }, 0],
    [{ limit: 20 }, 10],
    [{ ratio: 0.5 }, 5],
    [{ ratio: 0.01 }, 1],
    [{ ratio: 1 }, 10],
    [{ limit: 1, ratio: 0.3 }, 3],
  ])('with %j picks %i of 10 body sentences', (options, n) => {
    expect(summarize(ten.article, ten.sentences, { ...none, ...options })).toHaveLength(n)
  })

  it.each([[{ ratio: 0 }], [{ ratio: 1.5 }], [{ ratio: Number.NaN }], [{ limit: -1 }]])('rejects %j', (options) => {
    expect(() => summarize(ten.article, ten.sentences, { ...none, ...options })).toThrow(/invalid summary/)
  })

  it('returns nothing without body paragraphs', () => {
    const { article, sentences } = makeArticle([['headline', 'Rates rise'], ['caption', 'A bank.']])
    expect(summarize(article, sentences, none)).toEqual([])
    expect(summarize(makeArticle([]).article, [], none)).toEqual([])
  })

  it('is deterministic and leaves its inputs alone', () => {
    const { article, sentences } = makeArticle([['headline', 'Rates rise'], ...BODY, ...BODY])
    const before = structuredClone({ article, sentences })
    const a = summarize(article, sentences, none)
    expect(summarize(article, sentences, none)).toEqual(a)
    expect({ article, sentences }).toEqual(before)
  })

  it('keeps the lead of a wall of text but scores paragraphed text on centrality', () => {
    const lead = 'Voters queued in the rain on Sunday.'
    const rest = [
      'Turnout in the election was high, election officials said.',
      'The election result is expected on Monday, election officials said.',
      'Election officials counted votes from the election overnight.',
    ]
    const flat = makeArticle([['paragraph', [lead, ...rest].join(' ')]])
    expect(summarize(flat.article, flat.sentences, { ...none, limit: 1 })[0].text).toBe(lead)
    const paragraphed = makeArticle([lead, ...rest].map((t): [BlockKind, string] => ['paragraph', t]))
    expect(summarize(paragraphed.article, paragraphed.sentences, { ...none, limit: 1 })[0].text).not.toBe(lead)
  })
})

describe('summarize on a huge input', () => {
  const words = 'market bank rate growth police court minister team match election vote power water city school'.split(' ')
  const build = (n: number) => makeArticle(Array.from({ length: n / 10 }, (_, p): [BlockKind, string] => [
    'paragraph',
    Array.from({ length: 10 }, (_, k) => {
      const i = p * 10 + k
      return `The ${words[i % 15]} and the ${words[(i * 7) % 15]} saw ${i} people at the ${words[(i * 3) % 15]}.`
    }).join(' '),
  ]))
  const cpu = (f: () => unknown) => {
    const t0 = process.cpuUsage()
    f()
    const t = process.cpuUsage(t0)
    return (t.user + t.system) / 1e6
  }

  const small = build(5_000)
  const large = build(20_000)

  it.each([[{ limit: 3 }], [{ limit: 50 }], [{ ratio: 0.5 }]])('does near-linear work with %j', (options) => {
    // Best-of-3 CPU time (the machine may be busy) at 4x the sentences: linear work measures 4-8x here (the
    // vocabulary outgrows the caches, garbage collection adds noise); quadratic work such as pairwise TextRank
    // would take 16x and more.
    const run = (a: typeof small) => cpu(() => summarize(a.article, a.sentences, { ...none, ...options }))
    const runs = [0, 1, 2].map(() => [run(small), run(large)])
    const t1 = Math.min(...runs.map((r) => r[0]))
    const t4 = Math.min(...runs.map((r) => r[1]))
    expect(summarize(large.article, large.sentences, { ...none, ...options })).toHaveLength(options.ratio ? 10_000 : options.limit!)
    expect(t4 / Math.max(t1, 0.01)).toBeLessThan(12)
  }, 60_000)
})
