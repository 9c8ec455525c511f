import { describe, expect, it } from 'vitest'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { findQuotes } from '../../../src/nlp/quotes/findQuotes.js'
import { parse } from '../../../src/parse/parse.js'

/** Quotes of hostile input, with the time it took (ms); sentences and parse are not timed. */
function timed(text: string): { n: number; ms: number } {
  const article = parse(text)
  const sentences = articleSentences(article)
  const t0 = performance.now()
  const n = findQuotes(article, sentences, []).length
  return { n, ms: performance.now() - t0 }
}

describe('hostile input stays linear', () => {
  it.each([
    ['2 MB of straight double quotes', () => '"'.repeat(2_000_000)],
    ['100k unclosed opening quotes', () => 'He said “no way '.repeat(100_000)],
    ['one 3 MB line of words with a quotation every 300 characters', () => ('the talks went on and on '.repeat(11) + 'Smith said “yes” and ').repeat(10_000)],
    ['one 3 MB line of capitalized words', () => 'Secretary Of State Rex Tillerson Said '.repeat(80_000)],
    ['a 1 MB word before a quotation', () => 'a'.repeat(1_000_000) + ' said “x”'],
  ])('%s', (_name, make) => {
    const { ms } = timed(make())
    expect(ms).toBeLessThan(6000)
  }, 60_000)
})
