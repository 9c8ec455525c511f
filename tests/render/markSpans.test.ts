import { describe, expect, it } from 'vitest'
import { collectMarks, quoteExtent, splitPieces } from '../../src/render/markSpans.js'
import { fakeAnalysis } from './fakeAnalysis.js'

describe('quoteExtent', () => {
  it.each([
    ['He said "we won" today.', 'we won', '"we won"'],
    ['He said “we won” today.', 'we won', '“we won”'],
    ["He said ''we won'' today.", 'we won', "''we won''"],
    ['He said we won today.', 'we won', 'we won'],
    ['"we won," he said.', 'we won,', '"we won,"'],
  ])('widens %j over its quotation marks', (text, quote, shown) => {
    const start = text.indexOf(quote)
    const r = quoteExtent(text, { start, end: start + quote.length })
    expect(text.slice(r.start, r.end)).toBe(shown)
  })
})

describe('splitPieces', () => {
  it('cuts at every mark boundary and tells what covers each piece', () => {
    const text = 'Headline\n\n"We won," Tillerson said in Vancouver.'
    const x = fakeAnalysis(text, [{ text: 'We won,', speaker: 'Rex Tillerson', mention: ['Tillerson'], cue: ['said'] }], [
      { name: 'Vancouver', type: 'LOCATION', forms: ['Vancouver'] },
    ])
    const marks = collectMarks(text, x.quotes, x.entities)
    const pieces = splitPieces(10, text.length, marks).map((p) => [text.slice(p.start, p.end), p.quote, p.isCue, p.mention, p.entity])
    expect(pieces).toEqual([
      ['"We won,"', 0, false, null, null],
      [' ', null, false, null, null],
      ['Tillerson', null, false, 0, null],
      [' ', null, false, null, null],
      ['said', null, true, null, null],
      [' in ', null, false, null, null],
      ['Vancouver', null, false, null, 'LOCATION'],
      ['.', null, false, null, null],
    ])
  })

  it('clips marks to the range and yields nothing for an empty range', () => {
    const marks = { quotes: [{ start: 0, end: 100, quote: 0 }], cues: [], mentions: [], entities: [] }
    expect(splitPieces(10, 20, marks)).toEqual([{ start: 10, end: 20, quote: 0, isCue: false, mention: null, entity: null }])
    expect(splitPieces(5, 5, marks)).toEqual([])
  })
})
