import type { Span } from '../../types.js'
import { clauseSpan } from './clauseSpan.js'
import { isMark } from './clauseWords.js'
import { listOf } from './isListed.js'
import { readDescribedSubject } from './readDescribedSubject.js'
import type { SpeakerRef } from './readPhrase.js'

/** Participles of taking a stand that PolNeAR marks after a noun (each right over half the time on train). */
export const STANCE = listOf('supporting backing describing discussing attacking suggesting opposing criticizing urging demanding blaming arguing')
/** Words before the participle that make it no modifier of a noun: function words, auxiliaries, verbs that take
 *  an -ing object ("kept attacking", "stop backing"). */
const NOT_NOUN = /^(?:is|are|was|were|be|been|being|am|the|a|an|of|to|in|on|for|with|by|at|from|and|or|but|not|also|still|now|just|after|before|while|without|about|his|her|their|its|our|my|your|keep|kept|keeps|start|started|stop|stopped|begin|began|continue|continued|spent|spend|spends|avoid|avoided|that|this|who|which|than|as|like|into|over|under|upon|whose|has|have|had|will|would|can|could|should|may|might|do|does|did)$/i
/** Words that end the stance: an adjunct of time or reason, or a verb of the main clause. */
const STOP = /^(?:after|before|when|while|because|since|during|until|despite|but|is|are|was|were|has|have|had|will|would|could|should)$/i

/**
 * Stances in a participle after a noun (PolNeAR marks the noun phrase as the source): "hedge fund executives
 * supporting her campaign", "a $3 million gift to a group backing former Arkansas Gov. Mike Huckabee", "huge
 * crowds describing a country dominated by Wall Street". The participle must follow a noun (no comma, no function
 * word); the stance runs to the next comma, mark, adjunct or main verb. `w` are the words of a stretch of a
 * sentence outside quotation marks; linear in `w`.
 */
export function findStanceParticiple(text: string, w: Span[]): { content: Span; ref: SpeakerRef | null; cue: Span }[] {
  const out: { content: Span; ref: SpeakerRef | null; cue: Span }[] = []
  for (let i = 1; i + 2 < w.length; i++) {
    const before = w[i - 1].text
    if (!STANCE.has(w[i].text) || !/^[\p{L}]/u.test(before) || NOT_NOUN.test(before) || /ly$/.test(before)) continue
    let from = i + 1
    if (w[from].text === 'that') from++
    let k = from
    while (k < w.length && w[k].text !== ',' && !isMark(w[k].text) && !(k > from && STOP.test(w[k].text))) k++
    // "backing down": a particle makes another verb.
    if (k === from || !/^[\p{L}\p{N}$]/u.test(w[from].text) || /^(?:down|up|off|away|out)$/.test(w[from].text)) continue
    out.push({ content: clauseSpan(text, w, from, k), ref: readDescribedSubject(w, i), cue: w[i] })
    i = k - 1
  }
  return out
}
