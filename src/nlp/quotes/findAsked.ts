import type { Span } from '../../types.js'
import type { SpeakerRef } from './readPhrase.js'
import { readSpeakerAfter } from './readSpeakerAfter.js'
import { readSubjectBefore } from './readSubjectBefore.js'

/** A question reported without quotation marks: its clause, who asked it (or null) and the cue. */
export interface AskedFind {
  content: Span
  ref: SpeakerRef | null
  cue: Span
}

/** The word (lower-cased) one of which a stretch must hold for findAsked to find anything: its cue. */
export const ASKED_WORDS: readonly string[] = ['asked']
/** Words that open a reported question after "asked" ("asked whether …", "asked about …", "asked to …"). */
const OPENER = /^(?:if|whether|what|why|how|who|whom|which|when|where|about|to)$/i
/** Words that may stand between "asked" and the question ("asked by Stephanopoulos on Fox News whether"). */
const BETWEEN = /^(?:by|on|in|at|during|later|again|also|specifically|directly|repeatedly|recently|then|him|her|them|the|a|an|\p{Lu}[\p{L}’'.-]*)$/u

/**
 * Questions reported without quotation marks (PolNeAR marks them as attributed content): "Asked whether he would
 * run, Johnson demurred", "… said when asked about Trump's temperament", "Hewitt asked Trump about his remarks".
 * The clause runs from its opening word (after "about") to the next comma or the end of the words. `w` are the
 * words of one stretch of a sentence outside quotation marks, `from` the stretch start; linear in `w`.
 */
export function findAsked(text: string, w: Span[], from: number): AskedFind[] {
  const out: AskedFind[] = []
  for (let i = 0; i < w.length; i++) {
    if (w[i].text !== 'asked' && w[i].text !== 'Asked') continue
    let k = i + 1
    while (k < w.length && k - i <= 6 && !OPENER.test(w[k].text) && (BETWEEN.test(w[k].text) || afterPlace(w, i, k))) k++
    if (k >= w.length || !OPENER.test(w[k].text)) continue
    const start = /^about$/i.test(w[k].text) ? k + 1 : k
    let e = start
    while (e < w.length && !/^[,;:.!?()—–]$/.test(w[e].text)) e++
    if (e - start < 2) continue
    const prev = w[i - 1]?.text ?? ''
    // "asked by a reporter whether …": the agent asked the question.
    const by = w.findIndex((x, m) => m > i && m < k && x.text === 'by')
    const agent = by > 0 ? readSpeakerAfter(text, w[by].end, w[k].start) : null
    const ref = agent ?? (i === 0 || /^(?:when|When|,|after|After|being|was|were)$/.test(prev) ? null : readSubjectBefore(text, w[i].start, from, true))
    const end = w[e - 1].end - (/[.!?]$/.test(w[e - 1].text) ? 1 : 0)
    out.push({ content: { text: text.slice(w[start].start, end), start: w[start].start, end }, ref, cue: { text: w[i].text, start: w[i].start, end: w[i].end } })
    i = e
  }
  return out
}

/** True when `w[k]` stands in a phrase of place or occasion after "asked" ("asked during a January debate why",
 *  "asked at the business conference about"), which any word may continue up to the question. */
function afterPlace(w: Span[], i: number, k: number): boolean {
  return /^[\p{L}\p{N}]/u.test(w[k].text) && w.slice(i + 1, k).some((x) => /^(?:at|during|in|on|by)$/.test(x.text))
}
