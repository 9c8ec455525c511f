import type { Span, Speaker } from '../../types.js'
import type { Person, Roster, Sighting } from './buildRoster.js'
import { surnameKey } from './buildRoster.js'
import { fold } from './fold.js'
import { resolveDescription } from './resolveDescription.js'
import type { SpeakerRef } from './readPhrase.js'

/** How many sightings back a pronoun may reach for its antecedent. */
const PRONOUN_REACH = 40
/**
 * How far back (UTF-16 units, about two paragraphs) a quoted speaker outranks a merely named person as the
 * antecedent of "he"/"she": the speaker of the running quotation is the most salient entity (cf. Centering).
 */
const SPEAKER_REACH = 600
/** Focus adverbs before a description, not part of its name ("even critics", "now some close allies"). */
const FOCUS = /^(?:even|now|only|also|still|just)\s+(?=\S)/i
/** A lone adverb is never a source ("…, instead calling on …" read "instead" as the subject). */
const NOT_A_SOURCE = /^(?:now|then|instead|there|here|far|still|also|even|just|only|so|too|again|later|earlier)$/i
/** How many sentences back the Hobbs-style search goes. */
const HOBBS_SENTENCES = 4

/**
 * Makes a resolver that turns attribution phrases, fed in text order, into {@link Speaker}s: names go to their
 * canonical person ("Tillerson" → "Rex Tillerson"; a name not met before becomes a new person); "he"/"she" to
 * the speaker of a nearby quotation of that gender, else the last person of that gender named before (recency with
 * gender agreement from given
 * names, honorifics and role nouns: "she" is never a man); "it"/"they" to the organization just quoted; "I"/"we" to
 * the author when the article names one (op-eds, letters); descriptions ("the Vermont senator", "the newspaper")
 * to the person or organization whose title or kind fits, else kept as a generic source named by its words.
 */
export function makeResolver(text: string, roster: Roster, authorName: string | null = null, clauses: Span[] = [], quoted: Span[] = []): (ref: SpeakerRef) => Speaker | null {
  const spoken: Sighting[] = []
  const outside = roster.sightings.filter(notIn(quoted))
  const author: Person | null = authorName ? { name: authorName, type: 'PERSON', gender: null, title: null, aliases: [] } : null
  const last = (at: number, fits: (p: Person) => boolean, reach = PRONOUN_REACH) => lastSighted(roster.sightings, spoken, at, fits, reach)
  // Surname keys of the names met, each computed once (a name search compares it with up to 400 sightings).
  const keys = new Map<string, string>()
  const keyOf = (name: string) => {
    let key = keys.get(name)
    if (key === undefined) keys.set(name, (key = surnameKey(name)))
    return key
  }
  return (ref) => {
    const at = ref.mention.start
    const mention = { text: text.slice(ref.mention.start, ref.mention.end), start: ref.mention.start, end: ref.mention.end }
    let person: Person | null = null
    if (ref.form === 'name' && ref.name) {
      person = findPerson(roster, last, keyOf, ref.name, ref.gender, at, ref.isOrg)
      if (!person) {
        // A place named as a speaker stands for its government ("Pyongyang hopes …").
        const isOrg = ref.isOrg || (!ref.title && roster.places.has(fold(ref.name)))
        person = { name: ref.name, type: isOrg ? 'ORGANIZATION' : 'PERSON', gender: isOrg ? null : ref.gender, title: ref.title, aliases: [] }
        roster.people.push(person)
      }
    } else if (ref.form === 'pronoun' && /^(?:i|we)$/i.test(mention.text) && author) {
      person = author
    } else if (ref.form === 'pronoun' && !ref.gender) {
      const isOrg = (p: Person) => p.type === 'ORGANIZATION'
      person = lastSpeaker(spoken, at, SPEAKER_REACH, isOrg) ?? (/^it$/i.test(mention.text) ? last(at, isOrg, 12) : null)
    } else if (ref.form === 'pronoun' && !ref.isPlural && ref.gender) {
      const fits = (p: Person) => p.type === 'PERSON' && p.gender === ref.gender
      person = lastSpeaker(spoken, at, SPEAKER_REACH, fits) ?? firstInRecentSentences(outside, clauses, at, fits) ?? last(at, fits) ??
        last(at, unknownGender, 8)
    } else if (ref.form === 'nominal') {
      person = resolveDescription(mention.text.replace(RELATIVE_TAIL, ''), ref, roster, last, at)
    }
    if (person && ref.gender && !person.gender && ref.form !== 'pronoun') person.gender = ref.gender
    if (person) {
      if (!spoken.length || spoken[spoken.length - 1].start <= at) spoken.push({ start: at, person })
      return { name: person.name, type: person.type, title: ref.title ?? person.title, mention, aliases: person.aliases }
    }
    const generic = mention.text.replace(RELATIVE_TAIL, '').replace(FOCUS, '').replace(/^(?:the|a|an|one|some|The|A|An|One|Some)\s+/, '')
    // What a phrase reader took for a subject but is none ("now", "instead").
    if (NOT_A_SOURCE.test(generic)) return null
    return { name: generic, type: ref.isOrg || ref.isPlural || roster.places.has(fold(generic)) ? 'ORGANIZATION' : 'PERSON', title: null, mention, aliases: [], generic: true }
  }
}

/** The relative word a described mention ends with ("the U.N. Command that supported …", "those voters who said"):
 *  part of the mention PolNeAR marks, not of the speaker's name. */
const RELATIVE_TAIL = /\s+(?:who|whom|that|which)$/

type Last = (at: number, fits: (p: Person) => boolean, reach?: number) => Person | null

/** A person of unknown gender whose name is made of words ("Angelique Brunner", not "EB-5"). */
const unknownGender = (p: Person) => p.type === 'PERSON' && p.gender === null && /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*$/u.test(p.name) && !/\d/.test(p.name)

/** The person a name (full or surname only) refers to at offset `at`, or null when the roster has none; `keyOf` is
 *  surnameKey. */
function findPerson(roster: Roster, last: Last, keyOf: (name: string) => string, name: string, gender: string | null, at: number, isOrg: boolean): Person | null {
  const key = keyOf(name)
  const parts = name.split(' ')
  const fits = (p: Person) => (p.type === 'ORGANIZATION') === isOrg && keyOf(p.name) === key &&
    (gender === null || p.gender === null || p.gender === gender) &&
    (parts.length === 1 || !p.name.includes(' ') || fold(p.name.split(' ')[0]) === fold(parts[0]) || p.aliases.some((a) => fold(a) === fold(name)))
  const found = last(at, fits, 400) ?? roster.people.find(fits)
  if (found || parts.length > 1 || isOrg) return found ?? null
  return roster.people.find((p) => p.type === 'PERSON' && fold(p.name.split(' ')[0]) === fold(name)) ?? null
}

/**
 * Hobbs-style search (Hobbs 1978, "Resolving pronoun references"): the sentences before `at`, most recent first,
 * each read left to right so that its subject comes before its objects ("Mr. Obama dismissed the criticism as the
 * voice of Mr. Tribe's client. “…,” he said" → Obama). Names inside quotations are not antecedents.
 */
function firstInRecentSentences(sightings: Sighting[], clauses: Span[], at: number, fits: (p: Person) => boolean): Person | null {
  let c = upperBound(clauses as unknown as Sighting[], at + 1) - 1
  for (let n = 0; c >= 0 && n < HOBBS_SENTENCES; c--, n++) {
    const from = clauses[c].start, to = Math.min(clauses[c].end, at)
    for (let i = upperBound(sightings, from); i < sightings.length && sightings[i].start < to; i++) if (fits(sightings[i].person)) return sightings[i].person
  }
  return null
}

function notIn(spans: Span[]): (s: Sighting) => boolean {
  let k = 0
  return (s) => {
    while (k < spans.length && spans[k].end <= s.start) k++
    return !(k < spans.length && spans[k].start <= s.start)
  }
}

/** The most recent quoted speaker fitting `fits` less than `reach` units before `at`. */
function lastSpeaker(spoken: Sighting[], at: number, reach: number, fits: (p: Person) => boolean): Person | null {
  const top = upperBound(spoken, at) - 1
  for (let j = top; j >= 0 && at - spoken[j].start < reach; j--) {
    const p = spoken[j].person
    if (fits(p) || (j === top && p.type === 'PERSON' && p.gender === null && p.name.includes(' '))) return p
  }
  return null
}

/** The most recent person fitting `fits` among the last `reach` sightings and quoted speakers before `at`. */
function lastSighted(named: Sighting[], spoken: Sighting[], at: number, fits: (p: Person) => boolean, reach: number): Person | null {
  let i = upperBound(named, at) - 1, j = upperBound(spoken, at) - 1
  for (let n = 0; n < reach && (i >= 0 || j >= 0); n++) {
    const s = j < 0 || (i >= 0 && named[i].start > spoken[j].start) ? named[i--] : spoken[j--]
    if (fits(s.person)) return s.person
  }
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
