import { describe, expect, it } from 'vitest'
import { filterBySpeaker } from '../../../src/nlp/quotes/filterBySpeaker.js'
import { groupBySpeaker } from '../../../src/nlp/quotes/groupBySpeaker.js'
import type { Quote } from '../../../src/types.js'

const quote = (start: number, name: string | null, aliases: string[] = []): Quote => ({
  text: 'q' + start, start, end: start + 2, kind: 'direct', cue: null,
  speaker: name ? { name, type: 'PERSON', title: null, mention: null, aliases } : null,
})
const quotes = [quote(0, 'Rex Tillerson', ['Tillerson']), quote(10, 'Kang Kyung-wha'), quote(20, null), quote(30, 'Rex Tillerson'), quote(40, 'Sergéy Lavrov')]

describe('filterBySpeaker', () => {
  it.each([
    ['tillerson', [0, 30]], ['Tillérson', [0, 30]], ['Rex', [0, 30]], ['rex tillerson', [0, 30]], ['REX', [0, 30]],
    ['kyung-wha', [10]], ['Kang', [10]], ['lavrov', [40]], ['Sergey', [40]], ['Trump', []], ['', []], ['rex lavrov', []],
  ])('%j matches quotes at %j', (query, starts) => {
    expect(filterBySpeaker(quotes, query as string).map((q) => q.start)).toEqual(starts)
  })
})

describe('groupBySpeaker', () => {
  it('groups by speaker in order of first quote, unattributed last', () => {
    expect(groupBySpeaker(quotes).map((g) => [g.speaker, g.quotes.map((q) => q.start)])).toEqual([
      ['Rex Tillerson', [0, 30]], ['Kang Kyung-wha', [10]], ['Sergéy Lavrov', [40]], [null, [20]],
    ])
  })

  it('returns no groups for no quotes', () => {
    expect(groupBySpeaker([])).toEqual([])
  })
})
