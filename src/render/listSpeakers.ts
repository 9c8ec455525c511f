import type { EntityType, Quote } from '../types.js'
import { countWords } from '../nlp/stats/articleStats.js'
import { oneLine } from './sanitize.js'

/** A speaker as the article views show them: colour slot, short labels, and how much they are quoted. */
export interface SpeakerInfo {
  /** Canonical name, as in `Quote.speaker.name` (raw; escape or sanitize before output). */
  name: string
  type: EntityType
  /** The first title given with the name, or null. */
  title: string | null
  /** Position in order of first appearance; picks the colour. */
  index: number
  /** Short, unique label for bracket marks: the shortest part of the name the text calls them by ("Tillerson"), else the name. */
  label: string
  /** Unique initials for badges ("RT", "WH"); a digit is appended on a clash ("RT2"). */
  initials: string
  /** Number of quotes given. */
  quotes: number
  /** Words inside those quotes. */
  words: number
}

/** The speakers of `quotes` in order of first appearance (unattributed quotes are left out). */
export function listSpeakers(quotes: Quote[]): SpeakerInfo[] {
  const byName = new Map<string, SpeakerInfo>()
  const shortest = new Map<string, string>()
  for (const q of quotes) {
    if (!q.speaker) continue
    let s = byName.get(q.speaker.name)
    if (!s) {
      s = { name: q.speaker.name, type: q.speaker.type, title: null, index: byName.size, label: '', initials: '', quotes: 0, words: 0 }
      byName.set(q.speaker.name, s)
    }
    s.title ??= q.speaker.title
    s.quotes++
    s.words += countWords(q.text)
    const said = q.speaker.mention && oneLine(q.speaker.mention.text)
    const short = shortest.get(s.name)
    if (said && /^\p{Lu}/u.test(said) && oneLine(s.name).includes(said) && (!short || said.length < short.length)) shortest.set(s.name, said)
  }
  const speakers = [...byName.values()]
  const labels = speakers.map((s) => shortest.get(s.name) ?? oneLine(s.name))
  speakers.forEach((s, i) => {
    s.label = labels.indexOf(labels[i]) === labels.lastIndexOf(labels[i]) ? labels[i] : oneLine(s.name)
  })
  const seen = new Map<string, number>()
  for (const s of speakers) {
    const base = initialsOf(s.name)
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    s.initials = n === 1 ? base : `${base}${n}`
  }
  return speakers
}

/** Index of each speaker name in `speakers`, for looking up a quote's speaker. */
export function speakerIndex(speakers: SpeakerInfo[]): Map<string, SpeakerInfo> {
  return new Map(speakers.map((s) => [s.name, s]))
}

/** Up to two initials from the capitalized words of a name ("the White House" → "WH"). */
export function initialsOf(name: string): string {
  const words = oneLine(name).split(/[\s-]+/).filter(Boolean)
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w))
  const use = capitals.length ? capitals : words
  const letters = use.length > 1 ? [use[0], use[use.length - 1]] : use
  const initials = letters.map((w) => [...w][0] ?? '').join('').toUpperCase()
  return initials || '?'
}
