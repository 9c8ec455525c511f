import type { Article, Entity, Quote, Sentence } from '../../types.js'
import { scoreSentences, type SummaryWeights } from './scoreSentences.js'
import { selectSentences } from './selectSentences.js'
import { sentenceFeatures } from './sentenceFeatures.js'
import { FLAT_WEIGHTS, LAYOUT_WEIGHTS } from './summaryWeights.js'

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** How many sentences (default 3). */
  limit?: number
  /** Share (0, 1] of the body sentences to keep, at least 1; wins over `limit` when given. */
  ratio?: number
  entities: Entity[]
  quotes: Quote[]
  /** Override the tuned weights (for evaluation scripts). */
  weights?: SummaryWeights
}

/**
 * The key sentences of the article, in article order: each is one of `sentences`, taken only from `paragraph`
 * blocks (never the headline, a caption, byline, dateline, promo, credit, note or boilerplate). Sentences are
 * scored by linear degree centrality, position, headline overlap, quotation share and length (see
 * `scoreSentences`), with weights chosen by the article's shape: text with paragraph breaks gets
 * `LAYOUT_WEIGHTS`, a single wall of text `FLAT_WEIGHTS`. They are picked with MMR, and the summary never
 * opens with a sentence that points back ("He added…"). Deterministic; O(n log n) in the number of sentences.
 * Throws on a `limit` below 0 or a `ratio` outside (0, 1].
 */
export function summarize(article: Article, sentences: Sentence[], options: SummarizeOptions): Sentence[] {
  const { limit = 3, ratio } = options
  if (!(limit >= 0)) throw new Error(`invalid summary limit: ${limit}`)
  if (ratio !== undefined && !(ratio > 0 && ratio <= 1)) throw new Error(`invalid summary ratio: ${ratio} (want 0 < ratio <= 1)`)
  const body = sentences.filter((s) => article.blocks[s.block]?.kind === 'paragraph')
  if (!body.length) return []
  const count = ratio === undefined ? Math.floor(limit) : Math.max(1, Math.round(ratio * body.length))
  const paragraphs = new Set(body.map((s) => s.block)).size
  const weights = options.weights ?? (paragraphs > 1 ? LAYOUT_WEIGHTS : FLAT_WEIGHTS)
  const features = sentenceFeatures(article, body, options.entities)
  const scores = scoreSentences(features, weights)
  return selectSentences(features, scores, { count, redundancy: weights.redundancy }).map((i) => body[i])
}
