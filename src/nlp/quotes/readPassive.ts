import type { Span } from '../../types.js'
import { BE, clauseSubjectStart } from './clauseSubject.js'

const ADVERB = /^(?:\p{Ll}+ly|also|still|now|not|even|once|long|first|since|later|previously|recently|already|never|ever|just|all|both|repeatedly|last|this|week|year|month)$/u
/** Words of a verb chain before a passive "be": modals, "have", finite "be", "to", raising words and adverbs
 *  (not ADVERB's words of time, which may end a subject: "All of this is seen as …"). */
const AUXILIARY = /^(?:has|have|had|will|would|could|may|might|must|should|can|is|are|was|were|am|to|likely|unlikely|more|less|going|about|able|set|due|\p{Ll}+ly|also|still|now|even|once|already|ever|just)$/iu
/** A participle: a regular past form or a common irregular one. */
const PARTICIPLE = /^(?:\p{Ll}+ed|shown|seen|known|told|written|said|thought|found|sought|taken|given|heard|held|made|brought)$/u

/** Participles that read as adjectives of feeling or certainty ("is worried about", "was impressed by", "is assured
 *  of winning") or whose passive reports nothing said ("as he explained", "has responded"): no passive report. */
const NOT_PASSIVE = /^(?:worried|alarmed|outraged|impressed|assured|reassured|pleased|thrilled|angered|startled|irritated|intrigued|enamored|convinced|exasperated|frustrated|disappointed|surprised|shocked|scared|responded|explained|added|said|admitted|maintained|continued)$/i

/** A passive report: what is reported (the subject) and where the agent after "by" starts, if any. */
export interface Passive {
  content: Span
  /** Offset just past "by", or -1 when the report names no agent. */
  agentAt: number
}

/**
 * Reads a passive report around the cue w[i] (PolNeAR's content is then the subject): "News of the move was first
 * reported by the Miami Herald", "The kingdom is viewed as a bulwark", "a goal established by the governments".
 * The subject runs back to the clause opening (at most twelve words); null when w[i] is not a passive participle.
 */
export function readPassive(text: string, w: Span[], i: number): Passive | null {
  if (!PARTICIPLE.test(w[i].text) || NOT_PASSIVE.test(w[i].text)) return null
  let a = i + 1
  while (a < w.length && a - i <= 3 && ADVERB.test(w[a].text)) a++
  // "was endorsed on Monday by X": the agent may follow a short phrase of time or place.
  let b = a
  while (b < w.length && b - i <= 6 && w[b].text !== 'by' && !/^(?:[,.;:!?()“”"—–]|that|and|but|to|as|for)$/i.test(w[b].text)) b++
  let v = i
  while (v > 0 && i - v < 3 && ADVERB.test(w[v - 1].text)) v--
  const be = v > 0 && BE.test(w[v - 1].text)
  const by = w[a]?.text === 'by' ? a : be && w[b]?.text === 'by' ? b : -1
  // "was told that …", "were urged to vote": the report follows.
  if (by < 0 && /^(?:that|whether|if|to|about|how|why|what|who|when|where)$/i.test(w[a]?.text ?? '')) return null
  if (!be && by < 0) return null
  if (be) {
    v--
    // "Rubio has also been attacked", "North Carolina will also be considered", "Sanders is more likely to be
    // viewed": the subject ends before its auxiliaries and the adverbs and raising words among them.
    while (v > 1 && i - v < 8 && AUXILIARY.test(w[v - 1].text)) v--
  }
  let s = clauseSubjectStart(w, v, 12)
  if (s < 0) return null
  // "Crenshaw is only the 17th judge who has been confirmed": the subject of a relative clause is its pronoun.
  for (let r = v - 1; r > s; r--) if (/^(?:who|which)$/i.test(w[r].text)) { s = r; break }
  return { content: { text: text.slice(w[s].start, w[v - 1].end), start: w[s].start, end: w[v - 1].end }, agentAt: by >= 0 ? w[by].end : -1 }
}
