import { describe, expect, it } from 'vitest'
import { EntityAggregate } from '../../src/aggregate/aggregateEntities.js'
import { SpeakerAggregate } from '../../src/aggregate/aggregateSpeakers.js'
import { mergeSurnames, nameKey } from '../../src/aggregate/nameKey.js'

describe('nameKey', () => {
  it.each([
    ['Donald Trump', 'donald trump'],
    ['Mr. Donald J. Trump', 'donald trump'],
    ["Trump's", 'trump'],
    ['Sen. Ted Cruz', 'ted cruz'],
    ['Kang Kyung-wha', 'kang kyung wha'],
    ['Ségolène Royal', 'segolene royal'],
    ['The White House', 'the white house'],
  ])('%j -> %j', (name, key) => expect(nameKey(name)).toBe(key))
})

describe('mergeSurnames', () => {
  it('sends a lone surname to the most frequent full name ending in it', () => {
    const into = mergeSurnames(new Map([['trump', 3], ['donald trump', 10], ['melania trump', 2], ['cruz', 4]]))
    expect(Object.fromEntries(into)).toEqual({ trump: 'donald trump', 'donald trump': 'donald trump', 'melania trump': 'melania trump', cruz: 'cruz' })
  })
})

describe('SpeakerAggregate', () => {
  it('merges speakers across articles and counts co-quoted speakers', () => {
    const agg = new SpeakerAggregate()
    agg.add({ group: null, speakers: [{ name: 'Donald Trump', type: 'PERSON', quotes: 3 }, { name: 'Ted Cruz', type: 'PERSON', quotes: 1 }] })
    agg.add({ group: null, speakers: [{ name: 'Donald J. Trump', type: 'PERSON', quotes: 2 }, { name: 'Cruz', type: 'PERSON', quotes: 2 }] })
    agg.add({ group: null, speakers: [{ name: 'Trump', type: 'PERSON', quotes: 1 }, { name: 'Hillary Clinton', type: 'PERSON', quotes: 5 }] })
    expect(agg.result()).toEqual([
      { group: null, name: 'Donald Trump', type: 'PERSON', quotes: 6, articles: 3, coQuoted: [{ name: 'Ted Cruz', articles: 2 }, { name: 'Hillary Clinton', articles: 1 }] },
      { group: null, name: 'Hillary Clinton', type: 'PERSON', quotes: 5, articles: 1, coQuoted: [{ name: 'Donald Trump', articles: 1 }] },
      { group: null, name: 'Ted Cruz', type: 'PERSON', quotes: 3, articles: 2, coQuoted: [{ name: 'Donald Trump', articles: 2 }] },
    ])
  })

  it('keeps groups apart', () => {
    const agg = new SpeakerAggregate()
    agg.add({ group: 'b', speakers: [{ name: 'A B', type: 'PERSON', quotes: 1 }] })
    agg.add({ group: 'a', speakers: [{ name: 'A B', type: 'PERSON', quotes: 2 }] })
    expect(agg.result().map((r) => [r.group, r.quotes])).toEqual([['a', 2], ['b', 1]])
  })
})

describe('EntityAggregate', () => {
  it('adds mentions and articles per type and name', () => {
    const agg = new EntityAggregate()
    agg.add({ group: null, entities: [{ name: 'Rex Tillerson', type: 'PERSON', count: 8 }, { name: 'China', type: 'LOCATION', count: 4 }] })
    agg.add({ group: null, entities: [{ name: 'Tillerson', type: 'PERSON', count: 2 }, { name: 'China', type: 'LOCATION', count: 1 }, { name: 'China', type: 'ORGANIZATION', count: 1 }] })
    expect(agg.result()).toEqual([
      { group: null, name: 'Rex Tillerson', type: 'PERSON', count: 10, articles: 2 },
      { group: null, name: 'China', type: 'LOCATION', count: 5, articles: 2 },
      { group: null, name: 'China', type: 'ORGANIZATION', count: 1, articles: 1 },
    ])
  })
})
