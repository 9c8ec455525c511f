import type { Span } from '../../types.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { readSubjectBefore } from './readSubjectBefore.js'

/** The word (lower-cased) a stretch must hold for findCallsVerb to find anything: its cue. */
export const CALLS_WORDS: readonly string[] = ['calls']
/** Words after "calls" that make it another verb ("calls for", "calls on", "calls it quits") or a noun. */
const NOT_NAMING = /^(?:for|on|to|from|in|at|into|it|up|out|back|off|and|or|that|were|are|was|is|have|had|will|would|[,.;:!?“”"'‘’()—–])$/i

/**
 * "calls" as a verb of naming, which the cue lists leave out because it is mostly a noun ("calls for change"):
 * "Sanders calls Clinton unqualified", "Former Mexico leader Calderon calls Trump's idea for border wall
 * 'stupid'", "Gowdy's office calls the whole thing nothing short of an attack". The subject must read as a name, a
 * pronoun or a description right before it; the report runs to `end` (a semicolon ends it). `w` are the words of a
 * stretch of a sentence outside quotation marks, `from` its start.
 */
export function findCallsVerb(text: string, w: Span[], from: number, end: number): { content: Span; ref: SpeakerRef; cue: Span }[] {
  for (let i = 1; i + 2 < w.length; i++) {
    if ((w[i].text !== 'calls' && w[i].text !== 'Calls') || NOT_NAMING.test(w[i + 1].text) || /^(?:the|his|her|their|its|a|an|these|those|such|of|more|many|repeated|new|growing)$/i.test(w[i - 1].text)) continue
    // "what he calls corruption in politics": a free relative, whose name ends where the sentence does not say.
    if (/^what$/i.test(w[i - 2]?.text ?? '')) continue
    const ref = /^(?:he|she|it|they)$/i.test(w[i - 1].text) ? readPhrase([w[i - 1]]) : readSubjectBefore(text, w[i].start, from)
    if (!ref || ref.mention.end < w[i - 1].start) continue
    let k = i + 1
    while (k < w.length && w[k].text !== ';' && w[k].start < end) k++
    const stop = Math.min(end, w[k - 1].end)
    if (stop - w[i + 1].start < 4) continue
    return [{ content: { text: text.slice(w[i + 1].start, stop), start: w[i + 1].start, end: stop }, ref, cue: w[i] }]
  }
  return []
}
