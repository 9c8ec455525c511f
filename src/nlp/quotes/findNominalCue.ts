import type { Span } from '../../types.js'
import { clauseSpan } from './clauseSpan.js'
import { isMark } from './clauseWords.js'
import { isListed, listOf } from './isListed.js'
import { ownerSubject } from './ownerSubject.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'

/** Nouns of intent whose owner PolNeAR marks as holding the infinitive after them ("Trump's plan to deport …"). */
export const TO_NOUNS = listOf('decision decisions plan plans proposal proposals refusal promise promises pledge desire unwillingness reluctance intention failure bid push')
/** Nouns of saying or thinking whose "that" clause is what was said or thought ("the idea that …", "his
 *  contention that …"); "message", "statement", "report" are left out: their "that" is mostly a relative word. */
export const THAT_NOUNS = listOf('idea notion suggestion contention assertion insistence belief argument accusation assurance assurances acknowledgment recognition claim')
const POSSESSIVE = /^(?:his|her|their|its)$|^\p{Lu}[\p{L}.-]*['’]s?$/u
/** Words that end the infinitive's clause: a verb of the main clause or an adjunct of time or reason. */
const STOP = /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|last|after|before|when|while|because|since|during|until|despite|but|then|if)$/i
/** Words after "that" that make it a relative word ("the idea that was floated"). */
const VERB_AFTER = /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|did|does|do|\p{Ll}+ed)$/u

/**
 * Reports in nominal cues (PolNeAR marks the owner as source and what follows as content): "Donald Trump's plan to
 * deport 11 million people", "his decision not to participate in the final debate", "the idea that Clinton will
 * lose", "her contention that the rules are rigged". The infinitive runs to the next mark, comma or main verb; the
 * "that" clause to the end of the stretch (a closing comma left out). The owner is the speaker (null after "the").
 * `w` are the words of a stretch of a sentence outside quotation marks; linear in `w`.
 */
export function findNominalCue(text: string, w: Span[]): { content: Span; ref: SpeakerRef | null; cue: Span }[] {
  const out: { content: Span; ref: SpeakerRef | null; cue: Span }[] = []
  for (let i = 1; i + 2 < w.length; i++) {
    const noun = w[i].text
    // Most words are no such noun: tested before the owner is read.
    const toNoun = isListed(TO_NOUNS, noun), thatNoun = !toNoun && isListed(THAT_NOUNS, noun)
    if (!toNoun && !thatNoun) continue
    const owner = POSSESSIVE.test(w[i - 1].text) ? i - 1 : i >= 2 && /^\p{Ll}+$/u.test(w[i - 1].text) && POSSESSIVE.test(w[i - 2].text) ? i - 2 : -1
    let from = -1, k = -1
    if (toNoun && owner >= 0 && !/^\p{Lu}/u.test(noun)) {
      from = i + 1
      if (w[from].text === 'not') from++
      if (w[from]?.text !== 'to' || !/^\p{Ll}/u.test(w[from + 1]?.text ?? '')) continue
      k = from + 2
      while (k < w.length && w[k].text !== ',' && !isMark(w[k].text) && !STOP.test(w[k].text)) k++
      from = i + 1
    } else if (thatNoun && (owner >= 0 || /^the$/i.test(w[i - 1].text)) && w[i + 1].text === 'that' && !VERB_AFTER.test(w[i + 2].text)) {
      from = i + 2
      k = from
      while (k < w.length && !/^[.;:!?“”"()]$/.test(w[k].text)) k++
      if (w[k - 1]?.text === ',') k--
    } else continue
    if (k - from < 2) continue
    const ref = owner >= 0 ? ownerSubject(w, owner) ?? readPhrase([w[owner]]) : null
    out.push({ content: clauseSpan(text, w, from, k), ref, cue: { text: noun, start: w[i].start, end: w[i].end } })
    i = k - 1
  }
  return out
}
