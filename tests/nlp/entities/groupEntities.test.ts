import { describe, expect, it } from 'vitest'
import type { EntityType, Mention } from '../../../src/types.js'
import { groupEntities } from '../../../src/nlp/entities/groupEntities.js'
import { nameKey } from '../../../src/nlp/entities/nameKey.js'

/** Mentions of the given [surface, type] pairs found in order in `text`. */
function mentionsOf(text: string, names: [string, EntityType][]): Mention[] {
  let from = 0
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from)
    from = start + name.length
    return { text: name, start, end: start + name.length, type }
  })
}

describe('nameKey', () => {
  it.each([
    ['Mr. Trump', ['trump']], ["Trump's", ['trump']], ['Trump’s', ['trump']], ['TRUMP', ['trump']],
    ['Sen. Jeanne Shaheen', ['jeanne', 'shaheen']], ['President', ['president']], ["Jones'", ['jones']],
  ])('%j -> %j', (name, key) => expect(nameKey(name)).toEqual(key))
})

describe('groupEntities', () => {
  it.each([
    {
      text: 'Secretary of State Rex Tillerson met Lavrov. Tillerson said Lavrov agreed.',
      names: [['Rex Tillerson', 'PERSON'], ['Lavrov', 'PERSON'], ['Tillerson', 'PERSON'], ['Lavrov', 'PERSON']],
      expected: [['Rex Tillerson', 'PERSON', 2, ['Tillerson']], ['Lavrov', 'PERSON', 2, []]],
    },
    {
      text: "Mr. Trump spoke. Trump's aides and TRUMP fans cheered Donald Trump.",
      names: [['Mr. Trump', 'PERSON'], ['Trump', 'PERSON'], ['TRUMP', 'PERSON'], ['Donald Trump', 'PERSON']],
      expected: [['Donald Trump', 'PERSON', 4, ['Mr. Trump', 'Trump', 'TRUMP']]],
    },
    {
      text: 'Bill Clinton and Hillary Clinton came. Clinton spoke.',
      names: [['Bill Clinton', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Clinton', 'PERSON']],
      expected: [['Hillary Clinton', 'PERSON', 2, ['Clinton']], ['Bill Clinton', 'PERSON', 1, []]],
    },
    {
      text: 'Washington said Washington would rule.',
      names: [['Washington', 'PERSON'], ['Washington', 'LOCATION']],
      expected: [['Washington', 'PERSON', 1, []], ['Washington', 'LOCATION', 1, []]],
    },
    {
      text: 'Donald J. Trump spoke. Donald Trump left. Hillary Rodham Clinton and Hillary Clinton. Donald Smith.',
      names: [['Donald J. Trump', 'PERSON'], ['Donald Trump', 'PERSON'], ['Hillary Rodham Clinton', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Donald Smith', 'PERSON']],
      expected: [['Donald J. Trump', 'PERSON', 2, ['Donald Trump']], ['Hillary Rodham Clinton', 'PERSON', 2, ['Hillary Clinton']], ['Donald Smith', 'PERSON', 1, []]],
    },
    { text: '', names: [], expected: [] },
  ] as { text: string; names: [string, EntityType][]; expected: unknown[] }[])('groups $text', ({ text, names, expected }) => {
    const ents = groupEntities(text, mentionsOf(text, names))
    expect(ents.map((e) => [e.name, e.type, e.count, e.aliases])).toEqual(expected)
    for (const e of ents) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })
})
