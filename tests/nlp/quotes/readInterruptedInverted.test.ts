import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: an inverted attribution between the subject and the predicate of its report.
describe('readInterruptedInverted', () => {
  it.each([
    ['The contrast with Trump, said Doyle and others, would be clear since Trump has no former Republican presidents by his side.', ['The contrast with Trump', 'would be clear since Trump has no former Republican presidents by his side']],
    ['Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is the ground itself.', ['Part of the problem in detecting tunnels', 'is the ground itself']],
  ])('%j reports %j', (body, contents) => {
    expect(indirect(body).map((q) => q.text)).toEqual(contents)
  })

  it.each([
    'The plan failed, said Trump, who blamed the Democrats.',
  ])('leaves an attribution that closes its sentence to the other shapes (%j)', (body) => {
    // (The relative clause is a stance of its own, "blamed the Democrats": findRelativeCue.)
    expect(indirect(body).filter((q) => q.cue?.text === 'said').map((q) => q.text)).toEqual(['The plan failed'])
  })
})
