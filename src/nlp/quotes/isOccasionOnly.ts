import type { Span } from '../../types.js'
import { isAdjunctOnly, isHearerOnly } from './reportShape.js'

/** Speech cues that end a report before them with an occasion after them ("…, he said during his speech."). */
const SPEECH = /^(?:said|says|wrote|writes|added|adds|noted|told|tells)$/
/** Cues whose hearer may follow them ("…, a school spokesman told The Wall Street Journal."). */
const TOLD = /^(?:told|tells)$/

/**
 * True when the words from `k` to the sentence end, after the speech cue `form`, are only its occasion or its
 * hearer ("said during his campaign speech.", "told a Senate panel Wednesday.", "told the court in his filing."),
 * so that the cue closes the report before it ("Michigan was only doing what 40 states already do, he told the
 * court in his filing.").
 */
export function isOccasionOnly(w: Span[], k: number, form: string): boolean {
  return k < w.length && SPEECH.test(form) && (isAdjunctOnly(w, k) || (TOLD.test(form) && isHearerOnly(w, k)))
}
