import type { Speaker } from '../../types.js'
import type { Person, Roster, Sighting } from './buildRoster.js'
import { surnameKey } from './buildRoster.js'
import { fold } from './fold.js'
import type { SpeakerRef } from './readPhrase.js'

/** How many sightings back a pronoun may reach for its antecedent. */
const PRONOUN_REACH = 40

/**
 * Turns an attribution phrase into a {@link Speaker}: names go to their canonical person ("Tillerson" → "Rex
 * Tillerson"); "he"/"she" to the last person of that gender sighted before `at` (Hobbs-style recency; "she" is
 * never a man); descriptions ("the newspaper", "officials") keep their words as a generic name. `text` is the
 * article text, for the mention span.
 */
export function resolveSpeaker(text: string, ref: SpeakerRef, at: number, roster: Roster): Speaker {
  const mention = { text: text.slice(ref.mention.start, ref.mention.end), start: ref.mention.start, end: ref.mention.end }
  if (ref.form === 'name' && ref.name) {
    const person = ref.isOrg ? null : findPerson(roster, ref.name, ref.gender, at)
    if (person) return { name: person.name, type: person.type, title: ref.title ?? person.title, mention, aliases: person.aliases }
    return { name: ref.name, type: ref.isOrg ? 'ORGANIZATION' : 'PERSON', title: ref.title, mention, aliases: [] }
  }
  if (ref.form === 'pronoun' && !ref.isPlural && ref.gender) {
    const person = lastSighted(roster.sightings, at, (p) => p.type === 'PERSON' && p.gender === ref.gender) ??
      lastSighted(roster.sightings, at, (p) => p.type === 'PERSON' && p.gender === null)
    if (person) return { name: person.name, type: person.type, title: person.title, mention, aliases: person.aliases }
  }
  if (ref.form === 'nominal' && ref.name) return { name: ref.name, type: 'ORGANIZATION', title: null, mention, aliases: [] }
  const generic = mention.text.replace(/^(?:the|a|an|one|some|The|A|An|One|Some)\s+/, '')
  return { name: generic, type: ref.isOrg || ref.isPlural ? 'ORGANIZATION' : 'PERSON', title: null, mention, aliases: [], generic: true }
}

/** The person a name (full or surname only) refers to at offset `at`, or null when the roster has none. */
export function findPerson(roster: Roster, name: string, gender: string | null, at: number): Person | null {
  const key = surnameKey(name)
  const parts = name.split(' ')
  const fits = (p: Person) => surnameKey(p.name) === key && (gender === null || p.gender === null || p.gender === gender) &&
    (parts.length === 1 || fold(p.name.split(' ')[0]) === fold(parts[0]) || p.aliases.some((a) => fold(a) === fold(name)))
  const recent = lastSighted(roster.sightings, at, fits, 200)
  if (recent) return recent
  const any = roster.people.find(fits)
  if (any) return any
  if (parts.length === 1) return roster.people.find((p) => p.type === 'PERSON' && fold(p.name.split(' ')[0]) === fold(name)) ?? null
  return null
}

function lastSighted(sightings: Sighting[], at: number, fits: (p: Person) => boolean, reach = PRONOUN_REACH): Person | null {
  let hi = upperBound(sightings, at)
  for (let i = hi - 1; i >= 0 && hi - i <= reach; i--) if (fits(sightings[i].person)) return sightings[i].person
  return null
}

/** Index of the first sighting at or after `at` (binary search). */
function upperBound(s: Sighting[], at: number): number {
  let lo = 0, hi = s.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (s[mid].start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}
