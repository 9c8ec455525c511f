import type { Article, Quote, Sentence } from '../../types.js'
import type { Roster } from './buildRoster.js'
import type { QuoteRegion } from './scanQuoteMarks.js'

/** Reported speech without quotation marks (kind `indirect`). */
export function findIndirect(article: Article, sentences: Sentence[], regions: QuoteRegion[], roster: Roster): Quote[] {
  void article; void sentences; void regions; void roster
  return []
}
