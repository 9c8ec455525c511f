import type { Quote } from '../../types.js'
import { fold } from './fold.js'

const wordsOf = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/**
 * The quotes whose speaker matches `query` (`--speaker NAME`): every word of the query must equal a word of the
 * speaker's name or of one of its aliases, ignoring case and accents ("tillerson", "Tillérson", "Rex" and "rex
 * tillerson" all match "Rex Tillerson"). Unattributed quotes never match; an empty query matches nothing.
 */
export function filterBySpeaker(quotes: Quote[], query: string): Quote[] {
  const wanted = wordsOf(query)
  if (!wanted.length) return []
  return quotes.filter((q) => {
    if (!q.speaker) return false
    const have = new Set([q.speaker.name, ...(q.speaker.aliases ?? [])].flatMap(wordsOf))
    return wanted.every((w) => have.has(w))
  })
}
