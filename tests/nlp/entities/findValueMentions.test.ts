import { describe, expect, it } from 'vitest'
import { findValueMentions } from '../../../src/nlp/entities/findValueMentions.js'

describe('findValueMentions', () => {
  it.each([
    ['Profits rose 3.5% to $1.2 billion on Monday.', [['3.5%', 'PERCENT'], ['$1.2 billion', 'MONEY'], ['Monday', 'DATE']]],
    ['It fell 12 percent, or 50 euros, on January 5, 2018.', [['12 percent', 'PERCENT'], ['50 euros', 'MONEY'], ['January 5, 2018', 'DATE']]],
    ['By 5 Jan. 2018 and in March 2017 and 1996-08-22.', [['5 Jan. 2018', 'DATE'], ['March 2017', 'DATE'], ['1996-08-22', 'DATE']]],
    ['C$ 100 and 7 per cent', [['C$ 100', 'MONEY'], ['7 per cent', 'PERCENT']]],
    ['She may march in May.', []],
  ])('%j', (text, expected) => {
    const found = findValueMentions(text, [{ text, start: 0, end: text.length }])
    expect(found.map((m) => [m.text, m.type])).toEqual(expected)
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text)
  })
})
