import { describe, expect, it } from 'vitest'
import { groupEntities } from '../../../src/nlp/entities/groupEntities.js'
import { reviseEntityTypes } from '../../../src/nlp/entities/reviseEntityTypes.js'
import type { EntityType, Mention } from '../../../src/types.js'

/** Entities as the tagger would group them, from [surface, type] pairs found in order in `text`. */
function tagged(text: string, names: [string, EntityType][]) {
  let from = 0
  const mentions: Mention[] = names.map(([name, type]) => {
    const start = text.indexOf(name, from)
    from = start + name.length
    return { text: name, start, end: start + name.length, type }
  })
  return groupEntities(text, mentions)
}

describe('reviseEntityTypes', () => {
  it.each([
    ['North Korean leader Kim Jong Un spoke. Kim left.', [['Kim Jong Un', 'ORGANIZATION'], ['Kim', 'ORGANIZATION']], [['Kim Jong Un', 'PERSON', 2]]],
    ['Foreign Ministry spokesman Lu Kang said no.', [['Foreign Ministry', 'ORGANIZATION'], ['Lu Kang', 'MISC']], [['Foreign Ministry', 'ORGANIZATION', 1], ['Lu Kang', 'PERSON', 1]]],
    ['The White House said Trump spoke Monday.', [['White House', 'LOCATION'], ['Trump', 'PERSON']], [['White House', 'ORGANIZATION', 1], ['Trump', 'PERSON', 1]]],
    ['According to the Kremlin, talks failed.', [['Kremlin', 'LOCATION']], [['Kremlin', 'ORGANIZATION', 1]]],
    ['Tourists visited the White House on Monday.', [['White House', 'LOCATION']], [['White House', 'LOCATION', 1]]],
    ['The European Union said it would act.', [['European Union', 'ORGANIZATION']], [['European Union', 'ORGANIZATION', 1]]],
    ['Washington said Boeing would build it.', [['Washington', 'LOCATION'], ['Boeing', 'ORGANIZATION']], [['Washington', 'LOCATION', 1], ['Boeing', 'ORGANIZATION', 1]]],
    ['Henry Ford built cars. Ford Motor grew.', [['Henry Ford', 'PERSON'], ['Ford Motor', 'ORGANIZATION']], [['Henry Ford', 'PERSON', 1], ['Ford Motor', 'ORGANIZATION', 1]]],
    ['U.S. urges allies to help pressure N. Korea. Talks with North Korea stalled.', [['U.S.', 'LOCATION'], ['N. Korea', 'PERSON'], ['North Korea', 'LOCATION']], [['North Korea', 'LOCATION', 2], ['U.S.', 'LOCATION', 1]]],
    ['Mr. N. Kent met Nancy Kent.', [['N. Kent', 'PERSON'], ['Nancy Kent', 'PERSON']], [['Nancy Kent', 'PERSON', 2]]],
    ['J. Smith met John Smith and Jane Smith.', [['J. Smith', 'PERSON'], ['John Smith', 'PERSON'], ['Jane Smith', 'PERSON']], [['J. Smith', 'PERSON', 1], ['John Smith', 'PERSON', 1], ['Jane Smith', 'PERSON', 1]]],
    ['a commentary in the ruling party newspaper, Rodong Sinmun, said', [['Rodong Sinmun', 'PERSON']], [['Rodong Sinmun', 'ORGANIZATION', 1]]],
    ['the news agency Tass reported', [['Tass', 'PERSON']], [['Tass', 'ORGANIZATION', 1]]],
    ['the newspaper’s editor, Ann Lee, said', [['Ann Lee', 'PERSON']], [['Ann Lee', 'PERSON', 1]]],
  ] as [string, [string, EntityType][], unknown[]][])('%s', (text, names, want) => {
    const out = reviseEntityTypes(text, tagged(text, names))
    expect(out.map((e) => [e.name, e.type, e.count])).toEqual(want)
    for (const e of out) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })
})
