import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a report framed by an "as" clause.
describe('findAsReported', () => {
  it.each([
    ['But as Clyburn noted, those voters will give Sanders a second look if he starts winning.', 'those voters will give Sanders a second look if he starts winning', 'Clyburn'],
    ['As The Atlantic recently noted, trust in government is collapsing around the world.', 'trust in government is collapsing around the world', 'The Atlantic'],
    ['As reported by Western Journalism, last year Seattle became the first major city to mandate a $15 minimum wage.', 'last year Seattle became the first major city to mandate a $15 minimum wage', 'Western Journalism'],
    ['The super PAC started reserving ad time in swing states this week, as first reported by the New York Times.', 'The super PAC started reserving ad time in swing states this week', 'New York Times'],
  ])('%j reports %j by %s', (body, content, who) => {
    const q = indirect(body).find((x) => x.text === content)
    expect(q?.text).toBe(content)
    expect(q?.speaker?.mention?.text).toContain(who)
  })

  it.each([
    'As the sun set, the crowd went home.',
    'As expected, Clinton won the state by a wide margin.',
  ])('reads no report in an "as" clause without a speech cue (%j)', (body) => {
    expect(indirect(body)).toEqual([])
  })
})
