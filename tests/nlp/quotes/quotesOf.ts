import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { findQuotes } from '../../../src/nlp/quotes/findQuotes.js'
import { parse } from '../../../src/parse/parse.js'
import type { Quote } from '../../../src/types.js'

/** Quotes of a text with a headline line prepended (so the text is all body), without the entity tagger; with
 *  `allReports`, every reported-speech find the rules make, before the learned filter. */
export function quotesOf(body: string, allReports = false): Quote[] {
  const article = parse('Headline of the story\n\n' + body)
  return findQuotes(article, articleSentences(article), [], allReports)
}

/** The speaker name of the first quote (not indirect) whose text starts with `start`. */
export function speakerOf(body: string, start: string): string | null | undefined {
  const q = quotesOf(body).find((x) => x.kind !== 'indirect' && x.text.startsWith(start))
  return q ? q.speaker?.name ?? null : undefined
}
