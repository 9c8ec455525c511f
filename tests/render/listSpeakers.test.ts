import { describe, expect, it } from 'vitest'
import { initialsOf, listSpeakers } from '../../src/render/listSpeakers.js'
import { fakeAnalysis, seedAnalysis } from './fakeAnalysis.js'

describe('listSpeakers', () => {
  it('lists the seed speakers in order of first appearance with counts, labels and initials', () => {
    const speakers = listSpeakers(seedAnalysis().quotes)
    expect(speakers.map((s) => [s.name, s.index, s.quotes, s.label, s.initials])).toEqual([
      ['Rex Tillerson', 0, 2, 'Tillerson', 'RT'],
      ['Kang Kyung-wha', 1, 1, 'Kang Kyung-wha', 'KK'],
      ['Taro Kono', 2, 1, 'Taro Kono', 'TK'],
      ['Boris Johnson', 3, 1, 'Boris Johnson', 'BJ'],
      ['the White House', 4, 1, 'the White House', 'WH'],
      ['Donald Trump', 5, 1, 'Trump', 'DT'],
    ])
    expect(speakers[0]).toMatchObject({ title: 'Secretary of State', words: 46 })
  })

  it('keeps labels and initials unique', () => {
    const text = 'T\n\n"A," Ivanka Trump said. "B," Donald Trump said. "C," Trump said. "D," Tina Ruiz said.'
    const x = fakeAnalysis(text, [
      { text: 'A,', speaker: 'Ivanka Trump', mention: ['Ivanka Trump'] },
      { text: 'B,', speaker: 'Donald Trump', mention: ['Donald Trump'] },
      { text: 'C,', speaker: 'Donald Trump', mention: ['Trump', 2] },
      { text: 'D,', speaker: 'Tina Ruiz', mention: ['Tina Ruiz'] },
    ])
    expect(listSpeakers(x.quotes).map((s) => [s.label, s.initials])).toEqual([
      ['Ivanka Trump', 'IT'],
      ['Trump', 'DT'],
      ['Tina Ruiz', 'TR'],
    ])
  })

  it.each([
    ['Rex Tillerson', 'RT'],
    ['the White House', 'WH'],
    ['Rodong Sinmun commentary', 'RS'],
    ['Lu Kang', 'LK'],
    ['Madonna', 'M'],
    ['élysée', 'É'],
  ])('initials of %j are %j', (name, want) => expect(initialsOf(name)).toBe(want))
})
