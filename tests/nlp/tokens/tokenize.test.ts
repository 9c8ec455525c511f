import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/nlp/tokens/tokenize.js'

const words = (text: string): string[] => tokenize(text).map((t) => t.text)

describe('tokenize', () => {
  it.each([
    ['He said, "Stop."', ['He', 'said', ',', '"', 'Stop', '.', '"']],
    ['“Trump’s plan,” he said.', ['“', 'Trump', '’s', 'plan', ',', '”', 'he', 'said', '.']],
    ["Trump's U.S. visit isn't new", ['Trump', "'s", 'U.S.', 'visit', 'is', "n't", 'new']],
    ['NASHUA, N.H. - Sen. Jeanne Shaheen', ['NASHUA', ',', 'N.H.', '-', 'Sen.', 'Jeanne', 'Shaheen']],
    ['Foreign Minister Kang Kyung-wha met', ['Foreign', 'Minister', 'Kang', 'Kyung-wha', 'met']],
    ['again—and again – later', ['again', '—', 'and', 'again', '–', 'later']],
    ['up 1,000.50 points, or 3.5%.', ['up', '1,000.50', 'points', ',', 'or', '3.5', '%', '.']],
    ['Visit https://example.com/a?b=1. Or mail me@x.org!', ['Visit', 'https://example.com/a?b=1', '.', 'Or', 'mail', 'me@x.org', '!']],
    ['(Reuters) -- AT&T Inc. rose', ['(', 'Reuters', ')', '--', 'AT&T', 'Inc.', 'rose']],
    ['at 3 p.m. in 1996.', ['at', '3', 'p.m.', 'in', '1996', '.']],
    ['Wait... what?', ['Wait', '...', 'what', '?']],
    ["the players' union", ['the', 'players', "'", 'union']],
    ['C$ 100 and US$ 5 and $5', ['C$', '100', 'and', 'US$', '5', 'and', '$', '5']],
    ['he hit .500 in 1996-08-22', ['he', 'hit', '.500', 'in', '1996-08-22']],
    ["We're here, they'll go, I'd", ['We', "'re", 'here', ',', 'they', "'ll", 'go', ',', 'I', "'d"]],
    ['', []],
    ['   \n\t ', []],
  ])('tokenizes %j', (text, expected) => {
    expect(words(text)).toEqual(expected)
  })

  it('keeps offsets into the input and respects start/end', () => {
    const text = 'Mr. Lee said. Then "Go!"'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(tokenize(text, 14).map((t) => t.text)).toEqual(['Then', '"', 'Go', '!', '"'])
    expect(tokenize(text, 0, 7).map((t) => t.text)).toEqual(['Mr.', 'Lee'])
  })

  it('keeps CoNLL tokens whole when they are joined by spaces', () => {
    const conll = "U.S. 's n't 1/2 6-4 C$ A. St. F.C. O'Brien Inzamam-ul-Haq 1,000 ... -- 'S"
    expect(words(conll)).toEqual(conll.split(' '))
  })

  it('is linear on pathological input', () => {
    const text = '.'.repeat(200_000) + '-'.repeat(200_000) + "'".repeat(100_000) + 'a.'.repeat(100_000)
    const t0 = performance.now()
    tokenize(text)
    expect(performance.now() - t0).toBeLessThan(1000)
  })
})
