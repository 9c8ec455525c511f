import { describe, expect, it } from 'vitest'
import { findCallsVerb } from '../../../src/nlp/quotes/findCallsVerb.js'
import { wordsIn } from '../../../src/nlp/quotes/wordsIn.js'

const finds = (s: string) => {
  const end = s.replace(/[.\s]+$/, '').length
  return findCallsVerb(s, wordsIn(s, 0, end), 0, end).map((f) => f.content.text)
}

// Real PolNeAR shapes: "calls" as a verb of naming.
describe('findCallsVerb', () => {
  it.each([
    ['Tensions flare after Sanders calls Clinton unqualified; Senator sharpens attacks.', ['Clinton unqualified']],
    ['Gowdy’s office calls the whole thing nothing short of an attack against the Committee’s legitimate functions.', ['the whole thing nothing short of an attack against the Committee’s legitimate functions']],
    ['Sanders calls himself a democratic socialist.', ['himself a democratic socialist']],
  ])('%j reports %j', (s, contents) => {
    expect(finds(s)).toEqual(contents)
  })

  it.each([
    'The senator calls for a new tax on trades.',
    'Their calls intensified after the leak.',
    'Trump despises what he calls political correctness, and says so.',
  ])('reads no naming in %j', (s) => {
    expect(finds(s)).toEqual([])
  })
})
