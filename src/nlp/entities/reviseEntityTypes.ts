import type { Entity, EntityType, Mention } from '../../types.js'
import { abbreviates, groupEntities } from './groupEntities.js'
import { nameKey } from './nameKey.js'

/** Words that make the capitalized name right after them a person ("leader Kim Jong Un", "spokesman Lu Kang"). */
const PERSON_TITLES = new Set(
  ('mr mrs ms dr sen senator rep gov governor president leader minister secretary spokesman spokeswoman ' +
    'spokesperson chairman chairwoman premier chancellor mayor judge ambassador prosecutor general gen adviser ' +
    'aide king queen prince princess pope sheikh dictator strongman').split(' '),
)

const LETTER_OR_PERIOD = /[\p{L}.]/u

/** Seats of government that stand for their institution when they act ("the White House said"). */
const INSTITUTIONS = new Set(['white house', 'kremlin', 'pentagon', 'downing street', 'elysee', 'élysée', 'blue house', 'whitehall', 'foggy bottom', 'zhongnanhai'])

/** Nouns for a publication or an organization that a name in apposition right after them is ("the party newspaper, Rodong Sinmun"). */
const ORGANIZATION_NOUNS = new Set(
  ('newspaper newspapers paper daily tabloid magazine weekly journal agency network broadcaster channel station ' +
    'website outlet publisher').split(' '),
)

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
 * ORGANIZATION (the ACE/OntoNotes reading; CoNLL-2003 tags these LOC); a name in apposition to a publication or
 * organization noun ("the ruling party newspaper, Rodong Sinmun") is an ORGANIZATION; a name whose first word is
 * an initial for the first word of a place or organization named in full in the same article ("N. Korea" beside
 * "North Korea") takes its type, and groups with it; and a one-word ORGANIZATION or MISC name that is the first
 * or last word of a person named in the same article is that person ("Kim").
 */
export function reviseEntityTypes(text: string, entities: readonly Entity[]): Entity[] {
  const mentions: Mention[] = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })))
  let changed = false
  for (const m of mentions) {
    const type = revisedType(text, m)
    if (type !== m.type) { m.type = type; changed = true }
  }
  const fullNames = mentions.filter((m) => m.type === 'LOCATION' || m.type === 'ORGANIZATION').map((m) => ({ key: nameKey(m.text), type: m.type }))
  for (const m of mentions) {
    const full = abbreviated(nameKey(m.text), fullNames)
    if (full && full.type !== m.type) { m.type = full.type; changed = true }
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

/** The full name that `key` abbreviates by an initial for its first word ("n korea" of "north korea"), if any. */
function abbreviated(key: string[], fullNames: { key: string[]; type: EntityType }[]): { type: EntityType } | undefined {
  if (key.length < 2 || key[0].length !== 1) return undefined
  return fullNames.find((f) => abbreviates(key, f.key))
}

function revisedType(text: string, m: Mention): EntityType {
  if (m.type === 'PERSON' && ORGANIZATION_NOUNS.has(wordBefore(text, apposedAt(text, m.start)).toLowerCase())) return 'ORGANIZATION'
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

/** Where the word before a name in apposition ends: before the comma of "newspaper, Rodong Sinmun", or at the name. */
function apposedAt(text: string, start: number): number {
  let i = start
  while (i > 0 && text[i - 1] === ' ') i--
  return i > 0 && text[i - 1] === ',' ? i - 1 : start
}

/** The word (letters and periods) just before offset `i`, skipping spaces; "" at the start. */
function wordBefore(text: string, i: number): string {
  let e = i
  while (e > 0 && text[e - 1] === ' ') e--
  let s = e
  while (s > 0 && isLetterOrPeriod(text, s - 1)) s--
  return text.slice(s, e)
}

/** /[\p{L}.]/u on text[i], without the regex for ASCII (the only ASCII letters are A-Z and a-z). */
function isLetterOrPeriod(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 || c === 46
  return LETTER_OR_PERIOD.test(text[i])
}
