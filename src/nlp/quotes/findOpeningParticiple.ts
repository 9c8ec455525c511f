import type { Span } from '../../types.js'
import type { IndirectFind } from './findIndirect.js'
import { readClauseSubject } from './readClauseSubject.js'

/** Participles of speech that open a sentence with what the main clause's subject said. */
const SPEECH_ING = /^(?:saying|noting|arguing|insisting|warning|suggesting|claiming|explaining|acknowledging|asserting|stressing|declaring|contending|predicting|conceding|admitting)$/i
/** Conjunctions that may stand before such a participle ("While saying …", "After saying …"). */
const BEFORE = /^(?:while|after|before|since|when|but|and)$/i

/**
 * A report in a participle clause opening the sentence (PolNeAR marks the clause as content and the main clause's
 * subject as source): "Noting that both Reagan and Trump battled staunch opposition from the media, Schlafly put
 * her finger on …", "While saying that he does respect Mrs. Clinton, he continued to express doubts …". The
 * content runs to the first comma; `w` are the words of one stretch of a sentence; linear in `w`.
 */
export function findOpeningParticiple(text: string, w: Span[]): IndirectFind[] {
  let i = 0
  while (i < 2 && i < w.length && BEFORE.test(w[i].text)) i++
  if (i >= w.length || !SPEECH_ING.test(w[i].text)) return []
  let k = i + 1
  if (w[k]?.text.toLowerCase() === 'that') k++
  let c = k
  while (c < w.length && c - k < 40 && w[c].text !== ',' && !/^[.;:!?“”"]$/.test(w[c].text)) c++
  if (w[c]?.text !== ',' || c - k < 3 || c + 2 >= w.length) return []
  const ref = readClauseSubject(text, w[c + 1].start, w[w.length - 1].end, true)
  if (!ref) return []
  const cue = { text: w[i].text, start: w[i].start, end: w[i].end }
  return [{ content: { text: text.slice(w[k].start, w[c - 1].end), start: w[k].start, end: w[c - 1].end }, ref, cue, rule: 'opening-participle' }]
}
