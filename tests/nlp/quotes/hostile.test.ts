import { describe, expect, it } from 'vitest'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { findQuotes } from '../../../src/nlp/quotes/findQuotes.js'
import { parse } from '../../../src/parse/parse.js'
import { cpuSecondsOf, growthRatio } from '../../support/growthRatio.js'

// The quote finder on shapes that would make a naive attributor quadratic. Each case runs at a quarter of its
// size and at full size; the CPU time (not wall time: the machine may be busy) of the quote finder alone must
// grow well under the 16x a quadratic algorithm would need. Parse and sentences are not timed.
function cpuSeconds(text: string): number {
  const article = parse(text)
  const sentences = articleSentences(article)
  let quotes: ReturnType<typeof findQuotes> = []
  const seconds = cpuSecondsOf(() => { quotes = findQuotes(article, sentences, []) })
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text)
  return seconds
}

const cases: [string, (scale: number) => string][] = [
  ['2 MB of straight double quotes', (s) => '"'.repeat(2_000_000 * s)],
  ['100k unclosed opening quotes', (s) => 'He said “no way '.repeat(100_000 * s)],
  ['one 3 MB line with a quotation every 300 characters', (s) => ('the talks went on and on '.repeat(11) + 'Smith said “yes” and ').repeat(10_000 * s)],
  ['one 3 MB line of capitalized words', (s) => 'Secretary Of State Rex Tillerson Said '.repeat(80_000 * s)],
  ['a 1 MB word before a quotation', (s) => 'a'.repeat(1_000_000 * s) + ' said “x”'],
]

describe('hostile input stays linear in the quote finder', () => {
  it.each(cases)('%s', (_name, make) => {
    expect(growthRatio(make, cpuSeconds)).toBeLessThan(8)
  }, 120_000)
})
