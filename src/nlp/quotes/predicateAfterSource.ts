import type { Span } from '../../types.js'

/** Words that open a predicate: finite forms of be, have and the modals, and past forms ("adopted"). */
const PREDICATE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|\p{Ll}+ed)$/u

/**
 * Where the predicate starts after a source set off by commas inside a clause ("One of the decisions they have
 * made, according to a person close to the process, is to turn …"; "Notably absent, according to members who
 * spoke with reporters, was any mention of …"): the index of the word after the source's closing comma when it
 * opens a predicate, within 14 words of the cue at `i`; else -1. `after` is where the source's mention ends.
 */
export function predicateAfterSource(w: Span[], i: number, after: number): number {
  const close = w.findIndex((x, k) => k > i + 1 && x.start >= after && x.text === ',')
  return close > 0 && close + 1 < w.length && close - i <= 14 && PREDICATE.test(w[close + 1].text) ? close + 1 : -1
}
