import type { Sentence, Span } from '../../types.js'
import { STRONG } from './findIndirect.js'
import { opensClause } from './opensClause.js'
import type { SpeakerRef } from './readPhrase.js'
import { readSpeakerAfter } from './readSpeakerAfter.js'

/** Words that open the predicate resumed after an inverted attribution ("…, said Doyle and others, would be …"). */
const PREDICATE = /^(?:is|was|are|were|would|will|has|have|had|could|can|should|may|might|must|remains|remained|includes|included|lies|comes|came|goes|went|seems|seemed|needs|makes|made)$/

/**
 * An inverted attribution that interrupts its report between the subject and the predicate ("The contrast with
 * Trump, said Doyle and others, would be clear since …", "Part of the problem in detecting tunnels, say experts like
 * Paul Bauman, a Canadian geophysicist, is the ground itself."): the speaker after the strong cue and the index
 * of the word opening the predicate after the comma that closes the speaker's phrase (within twelve words);
 * null when the cue has no comma before it, the words before that comma hold another (an appositive: the cue's
 * own subject), a clause opens after it, or no such predicate follows.
 */
export function readInterruptedInverted(text: string, w: Span[], i: number, s: Sentence, cueEnd: number): { ref: SpeakerRef; resume: number } | null {
  if (i < 2 || w[i - 1].text !== ',' || !STRONG.test(w[i].text) || opensClause(text, cueEnd)) return null
  const ref = readSpeakerAfter(text, cueEnd, s.end)
  // "The senator, who leads the committee, said Clinton, the nominee, would testify": a subject with an appositive
  // is the cue's own, and the name after it opens the report.
  if (!ref || ref.form === 'pronoun' || text.slice(s.start, w[i - 1].start).includes(',')) return null
  for (let k = i + 1; k + 1 < w.length && k - i <= 12; k++) {
    if (w[k].start < ref.mention.end || w[k].text !== ',') continue
    if (PREDICATE.test(w[k + 1].text)) return { ref, resume: k + 1 }
  }
  return null
}
