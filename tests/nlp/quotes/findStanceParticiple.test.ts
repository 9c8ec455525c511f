import { describe, expect, it } from 'vitest'
import { findStanceParticiple } from '../../../src/nlp/quotes/findStanceParticiple.js'
import { wordsIn } from '../../../src/nlp/quotes/wordsIn.js'

const finds = (s: string) => findStanceParticiple(s, wordsIn(s, 0, s.length)).map((f) => f.content.text)

// Real PolNeAR shapes: a stance in a participle after a noun.
describe('findStanceParticiple', () => {
  it.each([
    ['Clinton’s super PACs also have benefited from the largesse of hedge fund executives supporting her campaign.', ['her campaign']],
    ['Wealthy donors handed over $25 million last month to an outside group backing then-Republican presidential candidate Marco Rubio, and the money paid for ads.', ['then-Republican presidential candidate Marco Rubio']],
    ['Sanders has drawn huge crowds describing a country dominated by well-heeled Wall Street plutocrats.', ['a country dominated by well-heeled Wall Street plutocrats']],
  ])('%j holds %j', (s, contents) => {
    expect(finds(s)).toEqual(contents)
  })

  it.each([
    'He kept attacking the press.',
    'His never, ever backing down on the wall won him votes.',
    'Trump spent the day, attacking Cruz.',
  ])('reads no stance in %j', (s) => {
    expect(finds(s)).toEqual([])
  })
})
