import { describe, expect, it } from 'vitest'
import { MARKS, isMark } from '../../../src/nlp/quotes/clauseWords.js'
import { isListed, listOf } from '../../../src/nlp/quotes/isListed.js'

/** Words that stress case folding, marks and code points outside ASCII. */
const TRICKY = ['plan', 'Plan', 'PLAN', 'pLaN', 'plans', 'plan.', 'idea', 'IDEA', 'Idea', 'ıdea', 'İdea', 'id\u212Aa', 'bi\u212A', 'bid',
  'BID', 'push', 'Push', 'pUsh', 'claim', 'claims', '', '.', ',', '--', "''", '-', '—', '–', '“', '”', '‘', '’', '«', '»', '„', '[', ']',
  '(', ')', ':', ';', '!', '?', '"', "'", '...', '---', "'''", 'ſ', 'K', 'k', '\u212A', 'ß', 'ﬁ', 'décision', 'decision', 'DECISION']

// Set lookups of the reported-speech finders against the regexes they replace.
describe('reported-speech fast paths', () => {
  it('isListed is the anchored /i regex of its list on tricky words and on every code point', () => {
    const list = 'decision plan plans bid push idea claim k'
    const regex = new RegExp(`^(?:${list.split(' ').join('|')})$`, 'i')
    const words = listOf(list)
    const cases = [...TRICKY]
    for (let c = 0; c < 0x110000; c += c < 0x3000 ? 1 : 97) cases.push(String.fromCodePoint(c), 'b' + String.fromCodePoint(c) + 'd')
    expect(cases.filter((w) => isListed(words, w) !== regex.test(w))).toEqual([])
  })

  it('isMark is MARKS.test on tricky words and on every code point alone or doubled', () => {
    const cases = [...TRICKY]
    for (let c = 0; c < 0x110000; c += c < 0x3000 ? 1 : 97) cases.push(String.fromCodePoint(c), String.fromCodePoint(c).repeat(2))
    expect(cases.filter((w) => isMark(w) !== MARKS.test(w))).toEqual([])
  })
})
