import type { Entity, EntityType, Mention, Span } from '../../types.js'
import { nameKey } from './nameKey.js'

interface Group { type: EntityType; key: string[]; mentions: Mention[] }

/**
 * Groups mentions into entities: same type and same name up to titles, possessives and case ("Mr. Trump", "TRUMP"),
 * and for people a shorter name that is the last (or first) word(s) of a longer one joins the nearest preceding
 * longer name ("Tillerson" -> "Rex Tillerson"; "Donald Trump" -> "Donald J. Trump"); a name with an initial for its
 * first word joins the one full name it abbreviates ("N. Korea" -> "North Korea"). Canonical name = longest form (mixed case preferred); `count` =
 * mentions; `aliases` = other surface forms in first-seen order. Sorted by count desc, then first mention.
 */
export function groupEntities(text: string, mentions: readonly Mention[]): Entity[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end)
  const byKey = new Map<string, Group>()
  const keyOf = memoNameKey()
  for (const m of sorted) {
    const key = keyOf(m.text)
    if (key.length === 0) continue
    const id = `${m.type}\u0000${key.join(' ')}`
    let g = byKey.get(id)
    if (!g) byKey.set(id, (g = { type: m.type, key, mentions: [] }))
    g.mentions.push(m)
  }
  const groups = mergeShortPersonNames(mergeAbbreviations([...byKey.values()]))
  return groups.map((g) => toEntity(text, g, keyOf)).sort((a, b) => b.count - a.count || a.mentions[0].start - b.mentions[0].start)
}

/** True when `short` is `long` with its first word cut to an initial ("n korea" of "north korea"). */
export function abbreviates(short: string[], long: string[]): boolean {
  return short.length >= 2 && short.length === long.length && short[0].length === 1 && long[0].length > 1 &&
    long[0][0] === short[0] && short.every((w, i) => i === 0 || w === long[i])
}

/** Joins a name abbreviated by an initial to the one full name of the same type it abbreviates ("N. Korea"). */
function mergeAbbreviations(groups: Group[]): Group[] {
  const merged = new Set<Group>()
  for (const short of groups) {
    if (short.key[0].length !== 1) continue
    const full = groups.filter((g) => g.type === short.type && abbreviates(short.key, g.key))
    if (full.length !== 1) continue
    full[0].mentions.push(...short.mentions)
    full[0].mentions.sort((a, b) => a.start - b.start)
    merged.add(short)
  }
  return merged.size ? groups.filter((g) => !merged.has(g)) : groups
}

function mergeShortPersonNames(groups: Group[]): Group[] {
  const people = groups.filter((g) => g.type === 'PERSON').sort((a, b) => b.key.length - a.key.length)
  const merged = new Set<Group>()
  for (const short of people) {
    const candidates = people.filter((g) => g.key.length > short.key.length && !merged.has(g) && isPartOf(short.key, g.key))
    if (candidates.length === 0) continue
    const first = short.mentions[0].start
    const before = candidates.filter((g) => g.mentions[0].start < first)
    const pool = before.length ? before : candidates
    const target = pool.reduce((a, b) => (latestBefore(b, first) > latestBefore(a, first) ? b : a))
    target.mentions.push(...short.mentions)
    target.mentions.sort((a, b) => a.start - b.start)
    merged.add(short)
  }
  return groups.filter((g) => !merged.has(g))
}

/**
 * True when `short` names the same person as `long`: its last word(s) ("Tillerson" of "Rex Tillerson"), a lone
 * first name, or the same first and last name without middle names or initials ("Donald Trump" of "Donald J.
 * Trump", "Hillary Clinton" of "Hillary Rodham Clinton").
 */
function isPartOf(short: string[], long: string[]): boolean {
  const k = short.length, off = long.length - k
  if (short.every((w, i) => w === long[off + i])) return true
  if (k === 1) return short[0] === long[0]
  if (short[0] !== long[0] || short[k - 1] !== long[long.length - 1]) return false
  let j = 1
  for (let i = 1; i < k - 1; i++) {
    while (j < long.length - 1 && long[j] !== short[i]) j++
    if (j++ >= long.length - 1) return false
  }
  return true
}

function latestBefore(g: Group, pos: number): number {
  let best = -1
  for (const m of g.mentions) if (m.start < pos) best = m.start
  return best < 0 ? -g.mentions[0].start - 1 : best
}

/** {@link nameKey} with a memo for one call of groupEntities: a name recurs, and each form is scored several times. */
function memoNameKey(): (name: string) => string[] {
  const memo = new Map<string, string[]>()
  return (name) => {
    let key = memo.get(name)
    if (key === undefined) memo.set(name, (key = nameKey(name)))
    return key
  }
}

function toEntity(text: string, g: Group, keyOf: (name: string) => string[]): Entity {
  const forms: string[] = []
  for (const m of g.mentions) if (!forms.includes(m.text)) forms.push(m.text)
  const score = (s: string): number => keyOf(s).length * 1000 + s.length + (s === s.toUpperCase() ? 0 : 500)
  const name = forms.reduce((a, b) => (score(b) > score(a) ? b : a))
  const mentions: Span[] = g.mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end }))
  return { name, type: g.type, count: mentions.length, aliases: forms.filter((f) => f !== name), mentions }
}
