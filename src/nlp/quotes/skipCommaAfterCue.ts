import type { Span } from '../../types.js'

/** Words before a cue that make it part of a framing clause ("as The Times reported, …", "if you watch what he
 *  said this week, …"), whose comma closes that clause rather than opening an inserted phrase. */
const FRAMING = /^(?:as|if|when|what|than|before|after|until|since|because|while|though|although|whether|which|who|where)$/i
/** Words after the comma that continue something else than the cue's clause ("…, and …", "…, meaning …"). */
const NOT_CLAUSE = /^(?:and|but|or|so|which|who|whose|where|while|meaning|including|a|an)$/i

/**
 * Where the clause of a strong cue in a sentence's main clause begins when a comma follows the cue or its "that"
 * ("Rubio says, win or lose in Tuesday’s crucial Florida primary, he’s staying in the race", "He found that, on
 * average in 2013 and 2014, incomes for blacks …", "He believes, for example, that women …"): the word after the
 * comma, from which the inserted phrase and the clause run on. -1 when `k` (the word after the cue and its
 * bridge) is no comma, the cue follows a comma, "to" or "All", fewer than four words follow it, a mark, a participle ("…,” Mr. Clinton said,
 * emphasizing …") or a conjunction comes next, or a framing word stands before the cue `i`.
 */
export function skipCommaAfterCue(w: Span[], i: number, k: number): number {
  if (w[k]?.text !== ',' || w.length - (k + 1) < 4) return -1
  const next = w[k + 1].text
  if (!/^[\p{L}\p{N}]/u.test(next) || /ing$/.test(next) || NOT_CLAUSE.test(next)) return -1
  // "The tentative deal, announced Friday, …", "oh, say, five", "suffice it to say, …", "All told, …", "For
  // networks that own their old shows, …": no cue of the clause's subject.
  if (i > 0 && /^(?:,|to|all)$/i.test(w[i - 1].text) || /^shows?$/.test(w[i].text)) return -1
  for (let j = 0; j < i; j++) if (FRAMING.test(w[j].text)) return -1
  return k + 1
}
