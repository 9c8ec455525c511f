import type { Span } from '../../types.js'
import type { SpeakerRef } from './readPhrase.js'
import { readSubjectBefore } from './readSubjectBefore.js'

/** Speech cues that, after a comma and before a name, close an inverted attribution. */
const SPEECH = /^(?:said|says|say|added|noted|wrote|writes)$/

/**
 * True when the cue `w[i]` after a comma, with the speaker `ref` read after it, ends its sentence as an inverted
 * attribution whose name is described at length ("…, said David Autor, a professor of economics at M.I.T., who is
 * one of the country's foremost specialists …"): a name right after a speech cue (titles may stand before it),
 * then appositives, relative clauses or a place ("in Almaty") to the end, without quotation marks, semicolons or
 * colons. Not when the cue has a subject of its own before it ("Ms. Smith, a lawyer for the family, said Mr.
 * Jones, who was not armed, ran away."): the name then opens the reported clause.
 */
export function isNamedSpeakerTail(text: string, w: Span[], i: number, ref: SpeakerRef, sentence: Span): boolean {
  return ref.form === 'name' && SPEECH.test(w[i].text) &&
    /^\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}$/u.test(text.slice(w[i].end, ref.mention.start + 1)) &&
    /^(?:\s*,|\s+(?:in|on|at|of|from)\s)[^;:“”"]{0,300}$/.test(text.slice(ref.mention.end, sentence.end)) &&
    !readSubjectBefore(text, w[i].start, sentence.start)
}
