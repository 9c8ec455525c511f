import type { Span } from '../../types.js'
import { cueCandidates } from './cueCandidates.js'
import type { CueLexicon, IndirectToken } from './indirectFeatures.js'
import { readClauseSubject } from './readClauseSubject.js'
import type { SpeakerRef } from './readPhrase.js'
import { readSpeakerAfter } from './readSpeakerAfter.js'
import { readNearestSubject, readSubjectBefore } from './readSubjectBefore.js'

/**
 * The cue and speaker of a reported-speech span the tagger found (tokens [first, last] of its sentence): the cue
 * candidate the learned linker scores highest (`linker`: logistic weights over cueCandidates features), then its
 * subject read as for quotations ("X warned against CONTENT", "CONTENT, X said", "according to X, CONTENT",
 * "CONTENT, said X"). Null when the sentence has no candidate.
 */
export function attributeIndirect(text: string, tokens: IndirectToken[], first: number, last: number, sentenceStart: number, sentenceEnd: number,
  lexicon: CueLexicon, linker: ReadonlyMap<string, number>): { ref: SpeakerRef | null; cue: Span } | null {
  let best: { index: number; size: number } | null = null, top = -Infinity
  for (const c of cueCandidates(tokens, first, last, lexicon)) {
    let z = 0
    for (const f of c.features) z += linker.get(f) ?? 0
    if (z > top) { top = z; best = c }
  }
  if (!best) return null
  const c = tokens[best.index], end = tokens[best.index + best.size - 1].end
  const cue = { text: text.slice(c.start, end), start: c.start, end }
  const before = best.index < first
  if (best.size === 2) return { ref: readSpeakerAfter(text, end, before ? tokens[first].start : sentenceEnd), cue }
  if (before) {
    const inverted = /^\p{Lu}/u.test(c.text) && best.index > 0
    const ref = inverted ? readSpeakerAfter(text, end, tokens[first].start)
      : readSubjectBefore(text, c.start, sentenceStart, true) ?? readNearestSubject(text, c.start, sentenceStart) ?? readClauseSubject(text, sentenceStart, c.start, true)
    return { ref, cue }
  }
  return { ref: readSubjectBefore(text, c.start, tokens[last].end, true) ?? readSpeakerAfter(text, end, sentenceEnd), cue }
}
