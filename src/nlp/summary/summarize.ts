import type { Article, Entity, Quote, Sentence } from '../../types.js'
import { scoreSentences } from './scoreSentences.js'
import { selectSentences } from './selectSentences.js'
import { sentenceFeatures } from './sentenceFeatures.js'
import { SUMMARY_WEIGHTS, type ShapeWeights } from './summaryWeights.js'

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** How many sentences (default 3). */
  limit?: number
  /** Share (0, 1] of the body sentences to keep, at least 1; wins over `limit` when given. */
  ratio?: number
  /** Named entities (may be empty): feed the entity-density signal, whose tuned weight is 0 (see SUMMARY_WEIGHTS). */
  entities: Entity[]
  /**
   * Quotations (may be empty). Unused for now: the share of a sentence inside quotation marks (from the sentence
   * splitter's pairing) scored better on dev than these spans (CNN R1 29.2 against 29.0).
   */
  quotes: Quote[]
  /** Override the tuned `SUMMARY_WEIGHTS` (for evaluation and ablation scripts). */
  weights?: ShapeWeights
}

/**
 * The key sentences of the article, in article order: each is one of `sentences`, taken only from `paragraph`
 * blocks (never the headline, a caption, byline, dateline, promo, credit, note or boilerplate). Sentences are
 * scored by linear degree centrality, position, headline overlap, quotation share, entity density and length
 * (see `scoreSentences`), with weights chosen by the article's shape (`SUMMARY_WEIGHTS`): a body with paragraph
 * breaks gets the `layout` set, a single wall of text the `flat` set. They are picked with MMR, and the summary
 * never opens with a sentence that points back ("He added…"). Deterministic; O(words + n log n) for n body
 * sentences. Throws on a `limit` below 0 or a `ratio` outside (0, 1].
 */
export function summarize(article: Article, sentences: Sentence[], options: SummarizeOptions): Sentence[] {
  const { limit = 3, ratio } = options
  if (!(limit >= 0)) throw new Error(`invalid summary limit: ${limit}`)
  if (ratio !== undefined && !(ratio > 0 && ratio <= 1)) throw new Error(`invalid summary ratio: ${ratio} (want 0 < ratio <= 1)`)
  const body = sentences.filter((s) => article.blocks[s.block]?.kind === 'paragraph')
  if (!body.length) return []
  const count = ratio === undefined ? Math.floor(limit) : Math.max(1, Math.round(ratio * body.length))
  const paragraphs = new Set(body.map((s) => s.block)).size
  const shapes = options.weights ?? SUMMARY_WEIGHTS
  const weights = paragraphs > 1 ? shapes.layout : shapes.flat
  const features = sentenceFeatures(article, body, options.entities)
  const scores = scoreSentences(features, weights)
  return selectSentences(features, scores, { count, redundancy: weights.redundancy }).map((i) => body[i])
}
