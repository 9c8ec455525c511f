import type { Span } from '../../types.js'
import { BE, clauseSubjectStart } from './clauseSubject.js'
import { isListed, listOf } from './isListed.js'

/** "seems to", "appeared to": the subject is what is judged. */
export const SEEM = listOf('seem seems seemed appear appears appeared')
/** "is expected to", "was widely seen as": after a form of "be" and at most two adverbs. */
export const JUDGED = listOf('expected seen viewed considered deemed thought believed regarded projected perceived rumored predicted')
/** After "appear", a phrase of place or company is a physical appearance ("appeared on CNN", "appears with Trump"). */
const PLACE = /^(?:on|in|at|with|before|alongside|together|onstage|live|from|during|for|outside|inside|behind|via|next|beside|near|twice|again|only|briefly|\p{Lu}.*)$/u
/** Auxiliaries before a verb of seeming ("it may seem", "He just can't seem", "has at times seemed"). */
const MODAL = /^(?:may|might|can|could|will|would|should|must|does|do|did|has|have|had|can['’]t|cannot|doesn['’]t|don['’]t|didn['’]t|won['’]t|wouldn['’]t)$/i
/** Adverbs that report what others say of the subject ("Bloomberg reportedly is considering …"). */
export const HEDGE = listOf('reportedly allegedly seemingly apparently supposedly purportedly')
/** An auxiliary or a form of "be" between a subject and a hedging adverb ("The FBI is reportedly"). */
const MODAL_OR_BE = /^(?:is|are|was|were|has|have|had|will|would|could|may|might|can|did|does)$/i
/** Adverbs between a subject and its verb of judgement. */
const ADVERB = /^(?:\p{Ll}+ly|also|still|now|not|never|even|once|long|increasingly|widely|generally|largely|almost|all|both|sometimes|often|always|again|at|times)$/u

/** True when `next` may open the complement of a verb of seeming ("seemed impervious", "appears certain to"); not a
 *  mark, "that" ("It seems that …": no subject is judged) or a place after "appear". */
function isSeemComplement(verb: string, next: string): boolean {
  return !/^(?:[,.;:!?()“”"—–-]|that)$/.test(next) && !(/^appear/i.test(verb) && PLACE.test(next))
}

/**
 * Subjects of judgement without a named judge (PolNeAR attributes them to an implicit source): "Indiana appears to
 * be a break from the norm", "Trump sometimes seems fixated on China", "The decision is widely expected to be
 * unfavorable", "Obama was projected as the winner", "The FBI is reportedly making arrangements …" (PolNeAR takes
 * the auxiliary in). Returns the subject phrase (at most ten words, back to the clause opening) and the cue; `w` are the
 * words of a stretch of a sentence outside quotation marks. Linear in `w`.
 */
export function findRaisedSubject(text: string, w: Span[]): { content: Span; cue: Span }[] {
  const out: { content: Span; cue: Span }[] = []
  for (let i = 1; i + 1 < w.length; i++) {
    const next = w[i + 1].text
    if (isListed(HEDGE, w[i].text)) {
      // "The FBI is reportedly making arrangements …": the subject with its auxiliary.
      let v = i
      while (v > 0 && v > i - 2 && MODAL_OR_BE.test(w[v - 1].text)) v--
      const s = clauseSubjectStart(w, v, 10)
      if (s >= 0) out.push({ content: { text: text.slice(w[s].start, w[i - 1].end), start: w[s].start, end: w[i - 1].end }, cue: { text: w[i].text, start: w[i].start, end: w[i].end } })
      continue
    }
    const seem = isListed(SEEM, w[i].text)
    if (next !== 'to' && next !== 'as' && !(seem && isSeemComplement(w[i].text, next))) continue
    let v = i
    if (seem) {
      while (v > 0 && (ADVERB.test(w[v - 1].text) || MODAL.test(w[v - 1].text))) v--
    } else if (isListed(JUDGED, w[i].text)) {
      while (v > 0 && ADVERB.test(w[v - 1].text)) v--
      if (v === 0 || !BE.test(w[v - 1].text)) continue
      v--
      if (v > 0 && /^(?:has|have|had|will|would|could|may|might)$/i.test(w[v - 1].text)) v--
    } else continue
    const s = clauseSubjectStart(w, v, 10)
    if (s < 0) continue
    out.push({ content: { text: text.slice(w[s].start, w[v - 1].end), start: w[s].start, end: w[v - 1].end }, cue: { text: w[i].text, start: w[i].start, end: w[i].end } })
  }
  return out
}
