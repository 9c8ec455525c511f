import type { Sentence, Span } from '../../types.js'
import { STRONG } from './findIndirect.js'
import { opensClause } from './opensClause.js'
import type { SpeakerRef } from './readPhrase.js'
import { readSpeakerAfter } from './readSpeakerAfter.js'
import { readSubjectBefore } from './readSubjectBefore.js'

/** What may follow the speaker of an inverted attribution: the sentence end, an appositive, a relative clause or a
 *  phrase of place, time or kind — not a verb, which would make the speaker the subject of a reported clause. */
const TAIL = /^(?:[\s.!?]*$|\s*,|\s+(?:who|whom|whose|which|like|including|in|on|at|of|from|for|during|with|across|around)\s)/

/**
 * The speaker described after a strong cue that closes its sentence after a comma, where invertedSpeaker wants a
 * name or a determiner ("…, said several observers.", "…, say experts like Paul Bauman, a Canadian geophysicist,
 * …", "…, said a handful of Democrats who point to …", "…, says political scientist Dossym Satpayev in Almaty."),
 * or null: the cue has no subject of its own before it, no clause opens after it, and the speaker is followed by
 * the sentence end, an appositive, a relative clause or a phrase of place, without quotation marks, semicolons or
 * colons.
 */
export function readInvertedDescription(text: string, w: Span[], i: number, s: Sentence, cueEnd: number): SpeakerRef | null {
  if (i < 3 || w[i - 1].text !== ',' || !STRONG.test(w[i].text) || opensClause(text, cueEnd)) return null
  const ref = readSpeakerAfter(text, cueEnd, s.end)
  if (!ref || ref.form === 'pronoun') return null
  const rest = text.slice(ref.mention.end, s.end)
  if (!TAIL.test(rest) || /[;:“”"]/.test(rest) || rest.length > 300) return null
  return readSubjectBefore(text, w[i].start, s.start) ? null : ref
}
