import type { Article, Sentence } from '../../types.js'
import { findIndirect, type IndirectFind } from './findIndirect.js'
import { indirectFeatures } from './indirectFeatures.js'
import type { QuoteRegion } from './scanQuoteMarks.js'
import { sentenceIndex } from './sentenceIndex.js'

/** One reported-speech find with the features the learned filter scores (none for a cue-only find, never shown). */
export interface IndirectCandidate {
  find: IndirectFind
  features: string[]
}

/**
 * Every find of {@link findIndirect} with its {@link indirectFeatures}: the sentence is the one holding its cue,
 * and `regions` (sorted, from scanQuoteMarks) tell whether that sentence has quotation marks. Linear in the text.
 */
export function indirectCandidates(article: Article, sentences: Sentence[], regions: QuoteRegion[]): IndirectCandidate[] {
  const at = sentenceIndex(sentences)
  return findIndirect(article, sentences, regions).map((find) => {
    const s = at(find.cue.start) ?? at(find.content.start)
    if (find.cueOnly || !s) return { find, features: [] }
    const r = regions[firstClosingAfter(regions, s.start)]
    const quoted = !!r && r.open < s.end
    return { find, features: indirectFeatures(article.text, find, { sentence: s, block: article.blocks[s.block].kind, quoted }) }
  })
}

/** Index of the first region closing after `at` (regions are sorted and do not overlap), or regions.length. */
function firstClosingAfter(regions: QuoteRegion[], at: number): number {
  let lo = 0, hi = regions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (regions[mid].close <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}
