import type { Span } from '../../types.js'
import { clauseSpan } from './clauseSpan.js'
import { AUXILIARIES, isMark, isTimeWord } from './clauseWords.js'
import { ANY_CUES } from './indirectCues.js'
import { readDescribedSubject } from './readDescribedSubject.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { isNounUse } from './weakCues.js'

/** Relative words that stand for the holder of a stance ("Sanders, who endorsed Clinton"). */
export const RELATIVE: ReadonlySet<string> = new Set(['who', 'that', 'which'])
/** Words that may stand between the relative word and its cue ("who on Tuesday endorsed", "who has long opposed"). */
const BETWEEN = /^(?:on|in|last|this|long|still|now|once|since|been|being|initially|originally|formally|strongly|largely|generally|openly|enthusiastically)$/i
/** Cues that in a relative clause mostly tell an act or an acquaintance, no stance ("groups that signed the letter",
 *  "who declined to give a price", "who has known Trump since the 1970s"; each under a third on PolNeAR train). */
const NO_STANCE = /^(?:signed|maintained|declined|decided|known|knew|know)$/
/** Finite verbs and auxiliaries that end a restrictive relative clause and open the main one ("voters who support
 *  Sanders are …"). */
const MAIN_VERB = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|said|says|say|told|remains|remain|became|become|becomes|gets|got|get|won|lost|include|includes)$/i
/** Words after the object that open an adjunct of time, place or reason, not part of what is held ("endorsed gay
 *  marriage after his son came out", "who endorsed him last week"). */
const ADJUNCT = /^(?:on|last|this|next|earlier|after|before|when|while|because|since|during|until|despite|at|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|but|and|then|even|if|in\s*\d)$/

/**
 * Stances in relative clauses (PolNeAR marks the object of a cue verb whose subject is a relative word, with the
 * relative word as its source): "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said …", "the respondents
 * who support Sanders are in college", "conservatives who wanted the federal government out of education". A cue
 * the other rules skip because no subject reads before it. The content runs from the word after the cue to the
 * end of the relative clause: the comma, mark or end closing a clause after a comma, else the verb of the main
 * clause; an adjunct of time or reason at its end is left out. `w` are the words of a stretch of a sentence
 * outside quotation marks; linear in `w`.
 */
export function findRelativeCue(text: string, w: Span[]): { content: Span; cue: Span; ref: SpeakerRef | null }[] {
  const out: { content: Span; cue: Span; ref: SpeakerRef | null }[] = []
  for (let r = 1; r + 2 < w.length; r++) {
    if (!RELATIVE.has(w[r].text)) continue
    let i = r + 1
    while (i < w.length && i - r <= 4 && (AUXILIARIES.has(w[i].text.toLowerCase()) || BETWEEN.test(w[i].text) || /^\p{Ll}+ly$/u.test(w[i].text) || isTimeWord(w[i].text))) i++
    const form = w[i]?.text ?? ''
    if (!ANY_CUES.has(form) || NO_STANCE.test(form) || isNounUse(w, i, form)) continue
    // "that" after a verb or a preposition is a conjunction ("said that supporters …"), not a relative word.
    if (w[r].text === 'that' && !/^[\p{L}\p{N}]/u.test(w[r - 1].text)) continue
    const nonRestrictive = w[r - 1].text === ','
    let from = i + 1
    if (w[from]?.text === 'that') from++
    let k = from
    while (k < w.length && w[k].text !== ',' && !isMark(w[k].text) && !(k > from && ADJUNCT.test(w[k].text)) &&
      !(k > from && !nonRestrictive && MAIN_VERB.test(w[k].text))) k++
    // The object must open with no verb of its own ("that blame has been assigned": "blame" is a noun there).
    if (k === from || !/^[\p{L}\p{N}$]/u.test(w[from].text) || MAIN_VERB.test(w[from].text)) continue
    const content = clauseSpan(text, w, from, k)
    const ref = nonRestrictive ? antecedent(w, r) : readDescribedSubject(w, r + 1)
    out.push({ content, cue: { text: form, start: w[i].start, end: w[i].end }, ref })
    r = k - 1
  }
  return out
}

/** The name or description before ", who": its words back to the previous mark or comma (at most eight), with
 *  the relative word as the mention PolNeAR marks. */
function antecedent(w: Span[], r: number): SpeakerRef | null {
  let k = r - 2
  while (k >= 0 && r - 2 - k < 8 && w[k].text !== ',' && !isMark(w[k].text)) k--
  const ref = k + 1 <= r - 2 ? readPhrase(w.slice(k + 1, r - 1), true) : null
  return ref ? { ...ref, mention: { text: '', start: w[r].start, end: w[r].end } } : null
}
