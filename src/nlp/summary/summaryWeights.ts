import type { SummaryWeights } from './scoreSentences.js'

/**
 * Weights for text with paragraph breaks (tuned on the BBC dev articles, whose references are extractive):
 * centrality does the work, slightly favouring longer sentences; position adds nothing there; the headline
 * breaks near-ties.
 */
export const LAYOUT_WEIGHTS: SummaryWeights = {
  centrality: 1,
  position: 0,
  headline: 0.1,
  quoted: 0,
  length: 0.6,
  redundancy: 0.2,
}

/**
 * Weights for a wall of text without paragraph breaks (tuned on the CNN dev articles, whose highlights are
 * abstractive and lead-heavy): the position prior leads, centrality half as much, and quotations are
 * penalised because highlights restate facts rather than quote.
 */
export const FLAT_WEIGHTS: SummaryWeights = {
  centrality: 0.5,
  position: 1,
  headline: 0,
  quoted: 0.5,
  length: 0,
  redundancy: 0,
}
