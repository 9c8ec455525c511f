import type { Span } from '../../types.js'
import { isMark } from './clauseWords.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'

/** The subject pronoun each possessive pronoun stands for. */
const SUBJECT: Record<string, RegExp> = { his: /^he(?:['’]s|['’]d)?$/i, her: /^she(?:['’]s|['’]d)?$/i, their: /^they(?:['’]re|['’]d|['’]ve)?$/i, its: /^it(?:['’]s)?$/i }
/** How many words back the subject may stand. */
const REACH = 6

/**
 * The pronoun subject of the clause that a possessive pronoun at `k` points back to ("He has stepped up his
 * attacks on …", "she escalated her attacks on …"): PolNeAR marks the subject as the source, so the possessive
 * yields to it. Null when no such pronoun stands within six words with no mark between.
 */
export function ownerSubject(w: Span[], k: number): SpeakerRef | null {
  const want = SUBJECT[w[k]?.text.toLowerCase() ?? '']
  if (!want) return null
  for (let j = k - 1; j >= 0 && k - j <= REACH; j--) {
    if (w[j].text === ',' || isMark(w[j].text)) return null
    if (want.test(w[j].text)) return readPhrase([w[j]])
  }
  return null
}
