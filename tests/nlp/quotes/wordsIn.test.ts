import { describe, expect, it } from 'vitest'
import { bare, isCapitalized, wordsIn } from '../../../src/nlp/quotes/wordsIn.js'

describe('wordsIn', () => {
  it.each([
    ['Foreign Minister Kang Kyung-wha said', ['Foreign', 'Minister', 'Kang', 'Kyung-wha', 'said']],
    ['the U.S. and Trump’s R-Wis. aide', ['the', 'U.S.', 'and', 'Trump’s', 'R-Wis.', 'aide']],
    ['“Go,” he said.', ['“', 'Go', ',', '”', 'he', 'said.']],
    ['AT&T\u00a0won 3.5%', ['AT&T', 'won', '3.5', '%']],
    ['𝐀𝐁 😀 x', ['𝐀𝐁', '😀', 'x']], // astral letters make words; an astral symbol is one mark
    ['Mr..Smith', ['Mr.', '.', 'Smith']], // a period joins only before a letter or digit
  ])('%s', (text, want) => {
    const words = wordsIn(text, 0, text.length)
    expect(words.map((w) => w.text)).toEqual(want)
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text)
  })

  it('reads only the window it is given', () => {
    const text = 'said U.S. officials'
    expect(wordsIn(text, 5, 8).map((w) => w.text)).toEqual(['U.S'])
    expect(wordsIn(text, -3, 4).map((w) => w.text)).toEqual(['said'])
    expect(wordsIn(text, 9, 3)).toEqual([])
  })
})

describe('bare and isCapitalized (character-code fast paths)', () => {
  it.each(['Sen.', 'Trump’s', "TRUMP'S.", 'U.S.', "'s", 's', '.', '', 'İstanbul', 'Élysée’s', 'its'])('bare(%j)', (word) => {
    expect(bare(word)).toBe(word.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, ''))
  })

  it.each(['Trump', 'trump', '', '1st', 'Élysée', 'éclair', '𝐀B', '😀', 'ǅ', '\ud835'])('isCapitalized(%j)', (word) => {
    expect(isCapitalized(word)).toBe(/^\p{Lu}/u.test(word))
  })
})
