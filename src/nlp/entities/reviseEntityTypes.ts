import type { Entity, EntityType, Mention } from '../../types.js'
import { groupEntities } from './groupEntities.js'

/** Words that make the capitalized name right after them a person ("leader Kim Jong Un", "spokesman Lu Kang"). */
const PERSON_TITLES = new Set(
  ('mr mrs ms dr sen senator rep gov governor president leader minister secretary spokesman spokeswoman ' +
    'spokesperson chairman chairwoman premier chancellor mayor judge ambassador prosecutor general gen adviser ' +
    'aide king queen prince princess pope sheikh dictator strongman').split(' '),
)

/** Seats of government that stand for their institution when they act ("the White House said"). */
const INSTITUTIONS = new Set(['white house', 'kremlin', 'pentagon', 'downing street', 'elysee', 'élysée', 'blue house', 'whitehall', 'foggy bottom', 'zhongnanhai'])

/** Verbs of communication and decision that an institution performs. */
const ACTS = new Set(
  ('said says say announced announces denied denies confirmed confirms declined declines stated states warned warns ' +
    'told tells added insisted argued responded rejected rejects issued released urged called accused welcomed ' +
    'condemned criticized praised dismissed disputed refused').split(' '),
)

/**
 * Corrects entity types from context the tagger's window misses, then regroups: a name right after a personal
 * title ("North Korean leader Kim Jong Un") is a PERSON where the tagger said ORGANIZATION or MISC; a seat of
 * government acting as its institution ("the White House said", "according to the Kremlin") is an
 * ORGANIZATION (the ACE/OntoNotes reading; CoNLL-2003 tags these LOC); and a one-word ORGANIZATION or MISC
 * name that is the first or last word of a person named in the same article is that person ("Kim").
 */
export function reviseEntityTypes(text: string, entities: readonly Entity[]): Entity[] {
  const mentions: Mention[] = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })))
  let changed = false
  for (const m of mentions) {
    const type = revisedType(text, m)
    if (type !== m.type) { m.type = type; changed = true }
  }
  const personWords = new Set(mentions.filter((m) => m.type === 'PERSON' && /\s/.test(m.text)).flatMap((m) => {
    const w = m.text.split(/\s+/)
    return [w[0], w[w.length - 1]]
  }))
  for (const m of mentions) {
    if ((m.type === 'ORGANIZATION' || m.type === 'MISC') && !/\s/.test(m.text) && personWords.has(m.text)) { m.type = 'PERSON'; changed = true }
  }
  return changed ? groupEntities(text, mentions) : [...entities]
}

function revisedType(text: string, m: Mention): EntityType {
  if ((m.type === 'ORGANIZATION' || m.type === 'MISC') && PERSON_TITLES.has(wordBefore(text, m.start).toLowerCase().replace(/\.$/, ''))) return 'PERSON'
  if (m.type === 'LOCATION' && INSTITUTIONS.has(m.text.toLowerCase()) && acts(text, m)) return 'ORGANIZATION'
  return m.type
}

/** True when the mention is the subject of an act within the next three words, or follows "according to". */
function acts(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 60).toLowerCase().match(/[a-z']+/g) ?? []
  if (after.slice(0, 3).some((w) => ACTS.has(w))) return true
  return /according to (?:the )?$/i.test(text.slice(Math.max(0, m.start - 20), m.start))
}

/** The word (letters and periods) just before offset `i`, skipping spaces; "" at the start. */
function wordBefore(text: string, i: number): string {
  let e = i
  while (e > 0 && text[e - 1] === ' ') e--
  let s = e
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--
  return text.slice(s, e)
}
