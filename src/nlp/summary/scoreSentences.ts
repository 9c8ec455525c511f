import type { SentenceFeatures } from './sentenceFeatures.js'

/** The weights of {@link scoreSentences}; see `SUMMARY_WEIGHTS` for the tuned values. */
export interface SummaryWeights {
  /** Weight of linear degree centrality (0–1, best sentence = 1). */
  centrality: number
  /** Weight of the position prior 1 / (1 + index): 1 for the lead, ½ for the next, … */
  position: number
  /** Weight of the share of headline topic words in the sentence. */
  headline: number
  /** Penalty per unit of quoted share (a sentence that is all quotation loses this much). */
  quoted: number
  /** Weight of entity mentions per word (needs `entities`). */
  entities: number
  /** Exponent on the length factor clamp(words, 5, 50) / 25: > 0 favours longer sentences. */
  length: number
  /** MMR redundancy trade-off used when picking, see `selectSentences`. */
  redundancy: number
}

/**
 * score = (centrality·c + position/(1+i) + headline·h − quoted·q + entities·e) × (clamp(words, 5, 50) / 25)^length.
 * Higher is better; one number per feature row, same order.
 */
export function scoreSentences(features: SentenceFeatures[], weights: SummaryWeights): number[] {
  return features.map((f) => {
    const base = weights.centrality * f.centrality + weights.position / (1 + f.index) +
      weights.headline * f.headline - weights.quoted * f.quoted + weights.entities * f.entities
    return base * Math.pow(Math.min(50, Math.max(5, f.length)) / 25, weights.length)
  })
}
