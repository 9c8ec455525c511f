import type { Article, Entity, EntityType, Span } from '../../types.js'
import { GIVEN_NAME_GENDER } from './firstNames.js'
import { readPhrase, type Gender, type SpeakerRef } from './readPhrase.js'
import { fold } from './fold.js'
import { capitalRuns } from './capitalRuns.js'

/** A person or organization the article names, with every surface form seen. */
export interface Person {
  name: string
  type: EntityType
  gender: Gender | null
  title: string | null
  aliases: string[]
}

/** A place in the text where a person is named. */
export interface Sighting {
  start: number
  person: Person
}

/** The people and organizations an article names, and where; see {@link buildRoster}. */
export interface Roster {
  people: Person[]
  /** Sightings in text order. */
  sightings: Sighting[]
  /** Folded names of the places the tagger found (LOCATION entities and their aliases): a place that speaks is its
   *  government or institution ("Pyongyang hopes …", "Beijing said"), an organization, never a person. */
  places: Set<string>
}

/**
 * Finds who an article names: full names introduced with a given name, a title or an honorific ("Secretary of
 * State Rex Tillerson", "Mr. Trump"), plus the tagger's PERSON and ORGANIZATION entities when given; then every
 * later sighting of a surname. Canonical name: the first full form ("Donald J. Trump" and "Donald Trump" are
 * one person keyed by given name and surname). Linear in the text.
 */
export function buildRoster(article: Article, entities: Entity[]): Roster {
  const people: Person[] = []
  const bySurname = new Map<string, Person[]>()
  // Surname keys of words and names, each computed once: the same few names recur all through an article.
  const keys = new Map<string, string>()
  const keyOf = (name: string) => {
    let key = keys.get(name)
    if (key === undefined) keys.set(name, (key = surnameKey(name)))
    return key
  }
  const add = (p: Person) => {
    people.push(p)
    const key = keyOf(p.name)
    const list = bySurname.get(key)
    if (list) list.push(p)
    else bySurname.set(key, [p])
  }
  const titled = article.blocks.filter((b) => b.kind === 'headline' && isTitleCase(b.text))
  const inTitled = (at: number) => titled.some((b) => at >= b.start && at < b.end)
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORGANIZATION') continue
    // A Title-Case headline makes every word look like a name ("Obama Sees", "Visa Program Up").
    if (e.mentions.length && e.mentions.every((m) => inTitled(m.start))) continue
    const given = fold(firstWord(e.name))
    add({ name: e.name, type: e.type, gender: e.type === "PERSON" ? GIVEN_NAME_GENDER.get(given) ?? null : null, title: null, aliases: [...e.aliases] })
  }
  const runs = capitalRuns(article).filter((r) => !inTitled(r.words[0].start))
  // A name is written many times ("Trump" ~40 times an article): it is read once. What is kept of the reading
  // (form, name, title, gender, isOrg) depends only on the words and where spaces stand between them.
  const readings = new Map<string, SpeakerRef | null>()
  for (const run of runs) {
    const key = wordsKey(run.words)
    let ref = readings.get(key)
    if (ref === undefined) readings.set(key, (ref = readPhrase(run.words)))
    if (!ref || ref.form !== 'name' || !ref.name) continue
    const name = ref.name
    const isFull = name.includes(' ')
    if (ref.isOrg) {
      if (!bySurname.get(keyOf(name))?.some((p) => p.name === name)) add({ name, type: 'ORGANIZATION', gender: null, title: null, aliases: [] })
      continue
    }
    const known = bySurname.get(keyOf(name))?.find((p) => p.type === 'PERSON' && sameFirst(p.name, name))
    if (known) {
      known.gender ??= ref.gender
      known.title ??= ref.title
      if (isFull && !known.name.includes(' ')) {
        known.aliases.push(known.name)
        known.name = name
      } else if (!known.aliases.includes(name) && known.name !== name) known.aliases.push(name)
    } else if (isFull ? ref.title || ref.gender || GIVEN_NAME_GENDER.has(fold(firstWord(name))) : ref.title) {
      add({ name, type: 'PERSON', gender: ref.gender, title: ref.title, aliases: [] })
    }
  }
  const sightings: Sighting[] = []
  for (const run of runs) {
    let text: string | null = null
    for (const w of run.words) {
      const list = bySurname.get(keyOf(w.text))
      if (list?.length && w.text !== 'of' && w.text !== 'the' && w.text !== 'The') {
        sightings.push({ start: w.start, person: pickBySighting(list, (text ??= run.words.map((x) => x.text).join(' ')), sightings) })
      }
    }
  }
  placeLike(article.text, sightings)
  const places = new Set<string>()
  for (const e of entities) {
    if (e.type !== 'LOCATION') continue
    places.add(fold(e.name))
    for (const a of e.aliases) places.add(fold(a))
  }
  return { people, sightings, places }
}

/** The words of a run with the spacing between them ("U.S.|Rep.|Mike" for "U.S. Rep. Mike"; a mark glued to a
 *  word is joined by another separator). */
function wordsKey(words: Span[]): string {
  let key = words[0].text
  for (let i = 1; i < words.length; i++) key += (words[i - 1].end < words[i].start ? '\u0001' : '\u0002') + words[i].text
  return key
}

/** True for a headline with most of its longer words capitalized ("Obama Sees Personal Insult if Blacks Don't Vote"). */
function isTitleCase(line: string): boolean {
  const long = line.match(/\p{L}{4,}/gu) ?? []
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.7
}

/** A one-word "person" met after "in", "at", "from" or "near" is a place ("in Charlotte"): it becomes a LOCATION,
 *  out of reach of pronouns. Linear in the sightings. */
function placeLike(text: string, sightings: Sighting[]): void {
  for (const s of sightings) {
    const p = s.person
    if (p.type === 'PERSON' && !p.name.includes(' ') && !p.title && /\b(?:[Ii]n|at|from|near|outside)\s+$/.test(text.slice(Math.max(0, s.start - 8), s.start))) p.type = 'LOCATION'
  }
}

/** The surname key of a name: its last word, folded ("Kyung-wha" → "kyung-wha"). */
export function surnameKey(name: string): string {
  let n = name
  if (n.endsWith('.')) n = n.slice(0, -1)
  if (n.endsWith("'s") || n.endsWith('’s')) n = n.slice(0, -2)
  // Only a name ending in r, I, V or a period can end with a suffix.
  const last = n.charCodeAt(n.length - 1)
  if ((last === 114 || last === 73 || last === 86 || last === 46) && / (?:Jr|Sr|II|III|IV)\.?$/.test(n)) n = n.replace(/,? (?:Jr|Sr|II|III|IV)\.?$/, '')
  return fold(n.slice(n.lastIndexOf(' ') + 1))
}

/** The words of a name up to its first space (all of it when it has none). */
function firstWord(name: string): string {
  const space = name.indexOf(' ')
  return space < 0 ? name : name.slice(0, space)
}

function sameFirst(a: string, b: string): boolean {
  if (!a.includes(' ') || !b.includes(' ')) return true
  const fa = fold(a.slice(0, a.indexOf(' '))), fb = fold(b.slice(0, b.indexOf(' ')))
  return fa === fb || fa.startsWith(fb) || fb.startsWith(fa)
}

/** Among people sharing a surname, the one this run names: same given name, else the last one sighted. */
function pickBySighting(list: Person[], run: string, sightings: Sighting[]): Person {
  if (list.length === 1) return list[0]
  // A full name first ("Rakeyia Scott" is not "Lamont Scott", whose alias "Scott" it also ends with).
  const exact = list.find((p) => run.endsWith(p.name)) ?? list.find((p) => p.aliases.some((a) => a.includes(' ') && run.endsWith(a))) ??
    list.find((p) => p.aliases.some((a) => run.endsWith(a)))
  if (exact) return exact
  for (let i = sightings.length - 1; i >= 0 && i >= sightings.length - 50; i--) if (list.includes(sightings[i].person)) return sightings[i].person
  return list[0]
}
