import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect').map((q) => q.text)

// Sentence shapes from PolNeAR train where reported content ends before the sentence does (endReport).
describe('where reported speech ends', () => {
  it.each([
    // A cue inside a fronted adverbial clause reports up to the comma that closes it; the main clause is the author's.
    ['When she publicly opposed Obama’s trade pact, it was a clear victory for the liberal wing of the party.', 'Obama’s trade pact'],
    ['If Trump said he would run, the party would split.', 'he would run'],
    ['But when Cruz endorsed Trump in September, many of his supporters were furious.', 'Trump in September'],
    // A to-infinitive ends before an appositive about its object.
    ['Clinton has pledged to work to repeal the Hyde Amendment, a longstanding federal provision that bars funding.', 'to work to repeal the Hyde Amendment'],
    ['Sanders wants to break up the big banks, the ones he blames for the crash.', 'to break up the big banks'],
  ])('%j reports %j', (body, content) => {
    expect(indirect(body)).toContain(content)
  })

  it.each([
    // Not fronted: a report in the main clause runs to the end of the sentence.
    ['She said the plan, which passed in May, was good for the country.', 'the plan, which passed in May, was good for the country'],
    // A to-infinitive without an appositive keeps its adjuncts.
    ['Clinton has pledged to work with Republicans, if they agree to it.', 'to work with Republicans, if they agree to it'],
  ])('%j still reports %j', (body, content) => {
    expect(indirect(body)).toContain(content)
  })
})
