import { articleSentences } from '../../src/nlp/sentences/articleSentences.js'
import { findIndirect, type IndirectFind } from '../../src/nlp/quotes/findIndirect.js'
import { scanQuoteMarks, type QuoteRegion } from '../../src/nlp/quotes/scanQuoteMarks.js'
import { parse } from '../../src/parse/parse.js'
import type { Article, Sentence } from '../../src/types.js'
import type { PolnearArticle } from './polnear.js'

/** A train article parsed once: sentences, quotation regions and rule-based reported-speech finds. */
export interface Prepared {
  a: PolnearArticle
  article: Article
  sentences: Sentence[]
  regions: QuoteRegion[]
  finds: IndirectFind[]
}

/** Parses every article once for the reported-speech trainers. */
export function prepare(articles: PolnearArticle[]): Prepared[] {
  return articles.map((a) => {
    const article = parse(a.text)
    const sentences = articleSentences(article)
    const regions = scanQuoteMarks(a.text, article.blocks)
    return { a, article, sentences, regions, finds: findIndirect(article, sentences, regions) }
  })
}
