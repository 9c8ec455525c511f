import { describe, expect, it } from 'vitest'
import { hasCueWord } from '../../../src/nlp/quotes/regionFeatures.js'

describe('hasCueWord', () => {
  it.each([
    ['“We must act,” Tillerson said on Monday.', true],
    ['“We must act,” Tillerson said.', false], // a period counts as part of a word ("U.S."), so "said." is no cue word: the learned filter was trained on this reading
    ['SAID the senator', true],
    ['the ſaid word', true], // case-insensitive as a /iu regex: long s is s
    ['Tillerson, who told reporters', true],
    ['unsaid words and sayings', false], // only whole words
    ['said-so', false], // a hyphen joins words
    ['Said’s book', false], // so does an apostrophe
    ['the co.said thing', false], // and a period
    ['saidé', false],
    ['said𝐀', false], // an astral letter is a letter too
    ['', false],
  ])('%s -> %s', (text, want) => {
    expect(hasCueWord(text, 0, text.length)).toBe(want)
  })

  it('looks only at the first 1200 characters of the range', () => {
    const text = 'x '.repeat(700) + 'said'
    expect(hasCueWord(text, 0, text.length)).toBe(false)
    expect(hasCueWord(text, 400, text.length)).toBe(true)
  })
})
