import { describe, expect, it } from 'vitest'
import { findEvidenceParticiple } from '../../../src/nlp/quotes/findEvidenceParticiple.js'
import { wordsIn } from '../../../src/nlp/quotes/wordsIn.js'

const finds = (s: string) => findEvidenceParticiple(s, wordsIn(s, 0, s.length)).map((f) => ({ content: f.content.text, source: s.slice(f.ref.mention.start, f.ref.mention.end) }))

// Real PolNeAR shapes: what polls and data show, in a participle after the noun.
describe('findEvidenceParticiple', () => {
  it.each([
    ['Priebus, in the wake of a new poll showing Trump’s overall standing with Latinos down to 14 percent, told Fox News on Sunday that Trump appreciates the need to do better.', 'Trump’s overall standing with Latinos down to 14 percent', 'a new poll'],
    ['Some of the operatives have been poring over polling data showing that only a small portion of the electorate was aware of negative aspects of Trump\'s career.', 'only a small portion of the electorate was aware of negative aspects of Trump\'s career', 'polling data'],
    ['Despite polls showing her well behind, Clinton campaigned vigorously in the state.', 'her well behind', 'polls'],
  ])('%j reports %j', (s, content, source) => {
    expect(finds(s)).toEqual([{ content, source }])
  })

  it.each([
    'The governor made a strong showing in the polls.',
    'Voters keep showing up at the polls.',
  ])('reads no report in %j', (s) => {
    expect(finds(s)).toEqual([])
  })
})
