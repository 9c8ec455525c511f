import { describe, expect, it } from 'vitest'
import { tagMentions } from '../../../src/nlp/entities/tagMentions.js'
import { findEntities } from '../../../src/nlp/entities/findEntities.js'
import { encodeNerModel } from '../../../src/nlp/entities/encodeNerModel.js'
import { loadNerModel } from '../../../src/nlp/entities/loadNerModel.js'
import { tinyModel } from './tinyModel.js'

const model = tinyModel({ Barack: 'B-PER', Obama: 'L-PER', Paris: 'U-LOC', Reuters: 'U-ORG', French: 'U-MISC' })
const whole = (text: string) => [{ text, start: 0, end: text.length }]

describe('tagMentions with a hand-written model', () => {
  it('finds typed mentions with offsets, sorted by start', () => {
    const text = 'Barack Obama visited Paris, Reuters said.'
    expect(tagMentions(text, whole(text), model)).toEqual([
      { text: 'Barack Obama', start: 0, end: 12, type: 'PERSON' },
      { text: 'Paris', start: 21, end: 26, type: 'LOCATION' },
      { text: 'Reuters', start: 28, end: 35, type: 'ORGANIZATION' },
    ])
  })

  it('tags only inside the given sentence spans, one line at a time', () => {
    const text = 'Paris.\nFrench Barack\nObama.'
    const spans = tagMentions(text, [{ text: text.slice(7), start: 7, end: text.length }], model)
    expect(spans.map((m) => [m.text, m.type])).toEqual([['French', 'MISC']])
  })

  it('returns nothing for empty input', () => {
    expect(tagMentions('', [], model)).toEqual([])
  })

  it('survives an encode/load round trip and groups with findEntities', () => {
    const text = 'Barack Obama met Barack Obama fans in Paris.'
    const loaded = loadNerModel(encodeNerModel(model))
    const ents = findEntities(text, whole(text), loaded)
    expect(ents.map((e) => [e.name, e.type, e.count])).toEqual([['Barack Obama', 'PERSON', 2], ['Paris', 'LOCATION', 1]])
  })
})
