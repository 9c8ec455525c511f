import type { Span } from '../../types.js'
import { AS_WORDS } from './findAsReported.js'
import { ASKED_WORDS } from './findAsked.js'
import { CALLS_WORDS } from './findCallsVerb.js'
import { SHOWING } from './findEvidenceParticiple.js'
import { TO_NOUNS, THAT_NOUNS } from './findNominalCue.js'
import { HEAD_WORDS } from './findPrepositionReports.js'
import { HEDGE, JUDGED, SEEM } from './findRaisedSubject.js'
import { RELATIVE } from './findRelativeCue.js'
import { STANCE } from './findStanceParticiple.js'

/** The rule finders findIndirect runs over every stretch that can find something only around one of their words. */
export type TriggeredRule = 'as-reported' | 'asked' | 'calls' | 'evidence' | 'nominal' | 'preposition' | 'raised' | 'relative-cue' | 'stance'

/** Each rule's words (lower-cased): no find of the rule without one of them in the stretch. */
const WORDS: [TriggeredRule, Iterable<string>][] = [
  ['as-reported', AS_WORDS], ['asked', ASKED_WORDS], ['calls', CALLS_WORDS], ['evidence', SHOWING], ['nominal', [...TO_NOUNS, ...THAT_NOUNS]],
  ['preposition', HEAD_WORDS], ['raised', [...HEDGE, ...SEEM, ...JUDGED]], ['relative-cue', RELATIVE], ['stance', STANCE],
]
const BIT = new Map(WORDS.map(([rule], k) => [rule, 1 << k]))
/** Lower-cased word → the bits of the rules it may trigger. */
const TRIGGERS = new Map<string, number>()
for (const [rule, words] of WORDS) for (const word of words) TRIGGERS.set(word, (TRIGGERS.get(word) ?? 0) | BIT.get(rule)!)

/** The rules a stretch's words `w` may trigger, as a set of bits for {@link isTriggered}. */
export function triggeredRules(w: Span[]): number {
  let bits = 0
  for (let i = 0; i < w.length; i++) bits |= TRIGGERS.get(w[i].text.toLowerCase()) ?? 0
  return bits
}

/** True when `rule` is among the `bits` of {@link triggeredRules}. */
export function isTriggered(bits: number, rule: TriggeredRule): boolean {
  return (bits & BIT.get(rule)!) !== 0
}
