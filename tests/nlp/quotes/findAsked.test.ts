import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes of a question reported after "asked" with an occasion or an agent first.
describe('findAsked: occasion and agent before the question', () => {
  it.each([
    ['Asked during a January debate why he trailed Hillary Clinton so badly among minority voters, Senator Bernie Sanders said he would gain.', 'why he trailed Hillary Clinton so badly among minority voters', null],
    ['When asked at the business conference about the merger, she defended her decision.', 'the merger', null],
    ['During an appearance on CBS, Sanders was asked by host John Dickerson whether his aim was similar to Kennedy’s.', 'whether his aim was similar to Kennedy’s', 'John Dickerson'],
  ])('%j reports %j asked by %s', (body, content, who) => {
    const q = indirect(body).find((x) => x.text === content)
    expect(q?.text).toBe(content)
    if (who) expect(q?.speaker?.name).toBe(who)
  })
})
