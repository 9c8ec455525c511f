import { describe, expect, it } from 'vitest'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { quoteCandidates } from '../../../src/nlp/quotes/quoteCandidates.js'
import { scoreFeatures } from '../../../src/nlp/quotes/scoreRegion.js'
import { parse } from '../../../src/parse/parse.js'
import { quotesOf } from './quotesOf.js'

const marked = (body: string) => quotesOf(body).filter((q) => q.kind !== 'indirect').map((q) => q.text)
const featuresOf = (body: string) => {
  const article = parse('Headline of the story\n\n' + body)
  return quoteCandidates(article, articleSentences(article)).candidates.map((c) => c.features)
}

describe('the learned quotation filter', () => {
  it.each([
    ['The agency uses a “binary choice” framework for the review.', 'binary choice'],
    ['Voters backed the “Leave” campaign in June.', 'Leave'],
  ])('drops the scare quote or label in %j', (body, words) => {
    expect(marked(body)).not.toContain(words)
  })

  it.each([
    ['Trump called the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick.”', ['nasty guy,', 'anchor baby,', 'unstable', 'sick.']],
    ['Smith called the ruling “a disgrace.”', ['a disgrace.']],
    ['“This is a disgrace,” Smith said.', ['This is a disgrace,']],
    ['Officials said the information was “top secret” at the time.', ['top secret']],
  ])('keeps the quotations in %j', (body, words) => {
    expect(marked(body)).toEqual(words)
  })

  it('sees the cue before a list of quotations from every item of the list', () => {
    const [first, , third] = featuresOf('Trump called the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick.”')
    expect(first).toContain('near=call')
    expect(third).toContain('listNear=call')
  })

  it('scores features with a logistic model; unknown features weigh nothing', () => {
    const model = { threshold: 0.5, weights: new Map([['bias', 1], ['len=1', -3]]) }
    expect(scoreFeatures(['bias', 'len=1', 'never seen'], model)).toBeCloseTo(1 / (1 + Math.exp(2)))
    expect(scoreFeatures(['bias'], model)).toBeGreaterThan(model.threshold)
  })
})
