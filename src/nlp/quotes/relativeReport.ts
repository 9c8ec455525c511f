import type { Span } from '../../types.js'
import type { IndirectFind } from './findIndirect.js'

/** Relative words that stand for what a report inside a relative clause says. */
const RELATIVE = /^(?:which|what|whom)$/
/** Words that open a verb phrase: a report whose content starts with one lacks its subject, so a "that" before its
 *  speaker is a relative word ("a deadline that insiders said went unnoticed"), not "that" of a clause ("said
 *  that he thinks Clinton would win"). */
const GAP = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|went|became|made|got|came|took|led|left|\p{Ll}+ed)$/u

/**
 * A report inside a relative clause ("the probe, which officials said was ongoing, will end", "adapt to what she
 * said is a changing market"): the relative word is reported too, as its own find (PolNeAR marks it as part of
 * the content), and after ", which" the report ends at the clause's closing comma. Other finds pass unchanged.
 */
export function relativeReport(text: string, w: Span[], find: IndirectFind): IndirectFind[] {
  const ref = find.ref
  if (!ref || find.cueOnly || find.content.start < find.cue.end) return [find]
  let k = -1
  for (let i = 0; i < w.length && w[i].end <= ref.mention.start; i++) k = i
  if (k < 0 || !(RELATIVE.test(w[k].text) || (w[k].text === 'that' && startsWithGap(w, find.content.start)))) return [find]
  const word: IndirectFind = { content: { text: w[k].text, start: w[k].start, end: w[k].end }, ref, cue: find.cue, rule: 'relative' }
  const c = find.content
  const comma = k > 0 && w[k - 1].text === ',' ? c.text.indexOf(',') : -1
  const content = comma > 0 ? { text: c.text.slice(0, comma), start: c.start, end: c.start + comma } : c
  return [word, { ...find, content }]
}

/** True when the word at `start` opens a verb phrase (see GAP). */
function startsWithGap(w: Span[], start: number): boolean {
  const x = w.find((y) => y.start >= start)
  return !!x && x.start === start && GAP.test(x.text)
}
