import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords, countWordsByUnit } from '../../../src/nlp/stats/articleStats.js'

describe('countWords', () => {
  it.each([
    ["Don't stop the U.S. co-op now.", 6],
    ['a.-b a..b -a- 3.5%', 6],
    ['Café naïve, 2016 — “İstanbul”', 4],
    ['𝐀𝐁 and 😀', 2],
    ['', 0],
  ])('counts the words of %j', (text, n) => {
    expect(countWords(text)).toBe(n)
    expect(countWordsByUnit(text)).toBe(n)
  })

  it('counts as the unit loop it replaced (the regex path)', () => {
    const piece = fc.constantFrom('a', 'Z', '0', ' ', '.', "'", '’', '-', ',', '"', '\n', 'é', 'İ', '\u0301', 'ß', '中', '—', '\u00a0', 'word')
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('')
      expect(countWords(text)).toBe(countWordsByUnit(text))
    }), { numRuns: 2000 })
  })
})
