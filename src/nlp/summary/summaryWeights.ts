import type { SummaryWeights } from './scoreSentences.js'

/** One weight set per article shape: text with paragraph breaks, and a single wall of text. */
export interface ShapeWeights {
  layout: SummaryWeights
  flat: SummaryWeights
}

/**
 * The tuned weights: ROUGE on the dev split of the summaries data (`npm run eval:summary` prints the figures;
 * `--zero <signal>` gives the ablation).
 * - `layout`, text with paragraph breaks (tuned on BBC, whose references are extractive): centrality does the
 *   work, favouring longer sentences (length 0.6); MMR trims overlap; the headline breaks near-ties; position
 *   adds nothing there.
 * - `flat`, a wall of text without paragraph breaks (tuned on CNN, whose highlights are abstractive and
 *   lead-heavy): the position prior leads, centrality counts half as much, and quotation is penalised because
 *   highlights restate facts rather than quote.
 * Entity density was measured once the tagger landed and did not help (±0.1 R1): its weight is 0.
 */
export const SUMMARY_WEIGHTS: ShapeWeights = {
  layout: { centrality: 1, position: 0, headline: 0.1, quoted: 0, entities: 0, length: 0.6, redundancy: 0.2 },
  flat: { centrality: 0.5, position: 1, headline: 0, quoted: 0.5, entities: 0, length: 0, redundancy: 0 },
}
