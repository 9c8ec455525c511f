import type { Span } from '../../types.js'
import { AUXILIARIES, isMark } from './clauseWords.js'
import type { SpeakerRef } from './readPhrase.js'

/** Verbs of speech whose object, right after them, is a clause even without "that" ("55 percent say she does not"). */
export const SPEECH = /^(?:said|says|say|told|tells|added|adds|noted|notes|wrote|writes|argued|argues|claimed|claims|insisted|insists|warned|warns|suggested|suggests|acknowledged|admitted|predicted|explained|stated|conceded|agreed)$/
/** Words that may open a clause after a speech verb: pronouns (also "they’re"), determiners and quantifiers,
 *  "there", or any capitalized word. */
const CLAUSE_OPENER = /^(?:(?:he|she|they|it|we|i|you|there)(?:['’]\p{Ll}+)?|the|a|an|this|that|these|those|his|her|their|its|our|my|any|some|all|no|many|most|more|every|each|both|none|\p{Lu}\p{L}*)$/u
/** Words that open no subject: prepositions, adverbs, relative words, pronouns (read by others). */
const NOT_FIRST = /^(?:in|on|at|to|for|with|by|from|of|during|over|under|into|about|after|before|who|whom|whose|which|that|what|it|he|she|they|we|i|you|\p{Ll}+ly)$/iu
/** Words that end a subject read backwards: conjunctions that open a clause of their own. */
const STOP = /^(?:and|but|or|because|while|although|though|if|when|as|since|after|before|so|than|until|unless|whereas)$/i

/**
 * A speech verb at `w[i]` whose subject reads as no name or known description ("those surveyed say the economy …",
 * "people who have battled other online threats say it could be doing more", "Republican activists clamoring to
 * block Donald Trump say they're …"), with a clause after it. Returns the subject: the words back to the clause
 * start, as a description, or undefined when it cannot be read (the caller then reads one); null when the shape
 * does not hold: not a speech verb, no clause opener after it, or a short clause.
 */
export function readBareSpeech(w: Span[], i: number, form: string): SpeakerRef | null | undefined {
  if (!SPEECH.test(form) || w.length - i <= 4 || !CLAUSE_OPENER.test(w[i + 1]?.text ?? '')) return null
  // Opening the words (after a quotation: "Humphrey, who calls Trump a “sociopath,” said he …"): its subject is
  // read elsewhere, and only a pronoun opens a clause here ("“… right?” said Murphy, who …" names the speaker).
  if (i < 2) return /^(?:he|she|they|we|i|it|there)$/i.test(w[i + 1].text) ? undefined : null
  let end = i - 1
  while (end > 0 && AUXILIARIES.has(w[end].text.toLowerCase())) end--
  let k = end
  while (k >= 0 && end - k < 16 && w[k].text !== ',' && !isMark(w[k].text) && !STOP.test(w[k].text)) k--
  if (k === end || end - k >= 16 || !/^[\p{L}\p{N}]/u.test(w[k + 1].text) || NOT_FIRST.test(w[k + 1].text)) return undefined
  // "we are now being …", "is that it's …": a verb before any relative word makes it no subject.
  for (let m = k + 1; m <= end && !/^(?:who|whom|whose|that|which)$/i.test(w[m].text); m++) {
    if (AUXILIARIES.has(w[m].text.toLowerCase())) return undefined
  }
  const last = w[end].text
  const mention = { text: '', start: w[k + 1].start, end: w[end].end - (/\.$/.test(last) ? 1 : 0) }
  return { mention, form: 'nominal', name: null, nameStart: -1, title: null, gender: null, isOrg: false, isPlural: /s$/.test(last) }
}
