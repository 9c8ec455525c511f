import type { Span } from '../../types.js'
import { isVerbLike } from './clauseWords.js'

/**
 * For a subject read back to "and" (`w[and]`) whose first conjunct follows a comma ("…, he and Mr. Allen said.",
 * "…, current and former officials said.", "…, teachers and union officials told POLITICO."): the index of that
 * comma, so that the cue closes the report before it as for a single subject; else `and` itself. The first
 * conjunct is one to four words, none of them verb-like or a mark.
 */
export function commaBeforeConjunct(w: Span[], and: number): number {
  if (and < 2 || w[and].text !== 'and') return and
  let j = and - 1
  while (j >= 0 && and - j <= 4 && w[j].text !== ',' && !isVerbLike(w[j].text)) j--
  return j >= 0 && j < and - 1 && w[j].text === ',' ? j : and
}
