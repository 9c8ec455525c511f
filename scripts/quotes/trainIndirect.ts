import type { QuotesModelJson } from '../../src/nlp/quotes/loadQuotesModel.js'
import type { PolnearArticle } from './polnear.js'
import { prepare } from './prepare.js'
import { learnCueLexicon, trainIndirectTagger } from './trainIndirectTagger.js'
import { trainCueLinker } from './trainCueLinker.js'

/** Trains reported-speech finding on `articles`: cue lexicon, BIO tagger and cue linker, as models/quotes.json holds them. */
export function trainIndirect(articles: PolnearArticle[], log: (s: string) => void): QuotesModelJson {
  const prepared = prepare(articles)
  const lexicon = learnCueLexicon(articles)
  log(`indirect: cue lexicon of ${Object.keys(lexicon).length} words`)
  const lexiconMap = new Map(Object.entries(lexicon))
  const tagger = trainIndirectTagger(prepared, lexiconMap, log)
  const linker = trainCueLinker(prepared, lexiconMap)
  return { version: 1, ...tagger, lexicon, linker }
}
