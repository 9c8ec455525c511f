import type { Span } from '../../types.js'
import { clauseSpan } from './clauseSpan.js'
import { BOUNDARY_WORDS, isMark } from './clauseWords.js'
import { isListed, listOf } from './isListed.js'
import type { SpeakerRef } from './readPhrase.js'

/** Nouns of evidence that report what they show ("polls", "polling data", "a new poll"). */
const EVIDENCE = listOf('poll polls survey surveys data results numbers figures records polling study studies analysis evidence research estimates tallies projections')
/** Participles of showing. */
export const SHOWING = listOf('showing suggesting finding indicating revealing')
/** Words that may open or fill the noun phrase before the noun ("the many", "recent", "a new"). */
const OPENERS = /^(?:the|a|an|many|new|recent|latest|several|some|other|more|internal|national|public|anecdotal|survey|polling)$/i

/**
 * What evidence shows, in a participle after its noun (PolNeAR marks the noun phrase as the source): "with polls
 * showing Clinton's once formidable lead having evaporated", "a new poll showing Trump's overall standing with
 * Latinos down to 14 percent", "polling data showing that only a small portion of the electorate was aware …".
 * The report runs to the next comma or mark. `w` are the words of a stretch outside quotation marks; linear.
 */
export function findEvidenceParticiple(text: string, w: Span[]): { content: Span; ref: SpeakerRef; cue: Span }[] {
  const out: { content: Span; ref: SpeakerRef; cue: Span }[] = []
  for (let i = 0; i + 2 < w.length; i++) {
    if (!SHOWING.has(w[i + 1].text) || !isListed(EVIDENCE, w[i].text)) continue
    let from = i + 2
    if (w[from].text === 'that') from++
    let k = from
    while (k < w.length && w[k].text !== ',' && !isMark(w[k].text)) k++
    if (k - from < 2) continue
    let s = i
    while (s > 0 && i - s < 4 && OPENERS.test(w[s - 1].text) && !BOUNDARY_WORDS.has(w[s - 1].text.toLowerCase())) s--
    const ref: SpeakerRef = { mention: { text: '', start: w[s].start, end: w[i].end }, form: 'nominal', name: null, nameStart: -1, title: null, gender: null, isOrg: true, isPlural: /s$/i.test(w[i].text) }
    out.push({ content: clauseSpan(text, w, from, k), ref, cue: w[i + 1] })
    i = k - 1
  }
  return out
}
