import type { SummaryWeights } from './scoreSentences.js'

/** One weight set per article shape: text with paragraph breaks, and a single wall of text. */
export interface ShapeWeights {
  layout: SummaryWeights
  flat: SummaryWeights
}

/**
 * The tuned weights: ROUGE on the dev split of the summaries data (`npm run eval:summary` prints the figures,
 * `--zero <signal>` the ablation). R1 changes below are on 3-sentence summaries when the signal is zeroed.
 * - `layout`, a body with paragraph breaks (tuned on BBC, whose references are extractive): centrality does the
 *   work (it is the only relevance signal left: 35.5 R1 without it, 61.8 with) and longer sentences are
 *   favoured (length 0.6: −3.8 without). Position (−0.1 at 0.1), the headline (−0.03 at 0.1) and quotation
 *   measured nothing here and are 0; MMR adds +0.1.
 * - `flat`, a wall of text without paragraph breaks (tuned on CNN, whose highlights are abstractive and
 *   lead-heavy): the position prior leads (−2.6 without), centrality counts half as much (−1.6 without), and
 *   quotation is penalised (−0.6 without) because highlights restate facts rather than quote. MMR hurts (−0.2 at
 *   0.3) and is off; near-copies are still skipped.
 * Entity density (from `entities`) measured ±0.1 on both and is 0.
 */
export const SUMMARY_WEIGHTS: ShapeWeights = {
  layout: { centrality: 1, position: 0, headline: 0, quoted: 0, entities: 0, length: 0.6, redundancy: 0.2 },
  flat: { centrality: 0.5, position: 1, headline: 0, quoted: 0.5, entities: 0, length: 0, redundancy: 0 },
}
