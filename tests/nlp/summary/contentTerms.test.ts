import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentTerms, createVocabulary, type Vocabulary } from '../../../src/nlp/summary/contentTerms.js'
import { STOP_WORDS } from '../../../src/nlp/summary/stopWords.js'

/** The plain definition contentTerms' inlined scanner must match: runs of letters, digits and marks, lowercased. */
function reference(text: string, start: number, end: number, vocab: Vocabulary): { terms: number[]; tokens: number } {
  const low = text.slice(start, end).toLowerCase()
  const isWord = (ch: string) => /[a-z0-9]/.test(ch) || (ch.charCodeAt(0) >= 0x80 && /[\p{L}\p{N}\p{M}]/u.test(ch))
  const words: string[] = []
  let run = ''
  for (let i = 0; i <= low.length; i++) {
    if (i < low.length && isWord(low[i])) run += low[i]
    else if (run) { words.push(run); run = '' }
  }
  const terms: number[] = []
  for (const w of words.filter((x) => x.length >= 2)) {
    let id = vocab.ids.get(w)
    if (id === undefined) { id = STOP_WORDS.has(w) ? -1 : vocab.size++; vocab.ids.set(w, id) }
    if (id >= 0) terms.push(id)
  }
  return { terms, tokens: words.length }
}

describe('contentTerms', () => {
  it.each([
    ["Japan's leaders said the talks failed.", 7],
    ['  — Café naïve résumé 2016 İstanbul x ', 6],
  ])('counts the word tokens of %j', (text, tokens) => {
    expect(contentTerms(text, 0, text.length, createVocabulary()).tokens).toBe(tokens)
  })

  it('matches the plain definition on any text (ASCII, accents, marks, surrogates)', () => {
    const chars = fc.constantFrom(...'aZ09 .,\'’-"\n\tÉéİıßΣσ\u0301\u4e2d😀x'.split(''), '😀', '𝐀')
    fc.assert(fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (text) => {
      const a = createVocabulary(), b = createVocabulary()
      expect(contentTerms(text, 0, text.length, a)).toEqual(reference(text, 0, text.length, b))
      expect([...a.ids]).toEqual([...b.ids])
    }), { numRuns: 500 })
  })
})
