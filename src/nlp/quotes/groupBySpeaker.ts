import type { Quote } from '../../types.js'

/** The quotes of one speaker; `speaker` is null for the unattributed ones. */
export interface SpeakerGroup {
  speaker: string | null
  quotes: Quote[]
}

/**
 * Groups quotes by canonical speaker name (`quotes --by-speaker`), speakers in order of their first quote,
 * each group's quotes in text order, unattributed quotes last.
 */
export function groupBySpeaker(quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string, Quote[]>()
  const none: Quote[] = []
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    if (!q.speaker) none.push(q)
    else {
      const list = groups.get(q.speaker.name)
      if (list) list.push(q)
      else groups.set(q.speaker.name, [q])
    }
  }
  const out: SpeakerGroup[] = [...groups].map(([speaker, qs]) => ({ speaker, quotes: qs }))
  return none.length ? [...out, { speaker: null, quotes: none }] : out
}
