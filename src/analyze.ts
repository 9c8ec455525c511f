import type { Analysis, Article } from './types.js'
import { articleSentences } from './nlp/sentences/articleSentences.js'
import { findEntities } from './nlp/entities/findEntities.js'
import { reviseEntityTypes } from './nlp/entities/reviseEntityTypes.js'
import type { NerModel } from './nlp/entities/NerModel.js'
import { findQuotes } from './nlp/quotes/findQuotes.js'
import { summarize } from './nlp/summary/summarize.js'

/** What `analyze` needs besides the article: the entity model, and how many key sentences to pick. */
export interface AnalyzeOptions {
  model: NerModel
  /** Number of key sentences (default 3). */
  sentences?: number
  /** Share of body sentences to keep as key sentences, in (0, 1]; wins over `sentences` when given. */
  ratio?: number
}

/**
 * Runs the analyzers over a parsed article in a fixed order: sentences, entities (with the given model),
 * quotes and their speakers, key sentences. Pure and deterministic; the article is not modified.
 */
export function analyze(article: Article, options: AnalyzeOptions): Analysis {
  const sentences = articleSentences(article)
  const entities = reviseEntityTypes(article.text, findEntities(article.text, sentences, options.model))
  const quotes = findQuotes(article, sentences, entities)
  const summary = summarize(article, sentences, { limit: options.sentences ?? 3, ratio: options.ratio, entities, quotes })
  return { article, sentences, entities, quotes, summary }
}
