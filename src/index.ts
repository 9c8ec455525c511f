export type * from './types.js'
export { parse } from './parse/parse.js'
export { analyze, type AnalyzeOptions } from './analyze.js'
export { articleSentences } from './nlp/sentences/articleSentences.js'
export { splitSentences } from './nlp/sentences/splitSentences.js'
export { loadNerModel } from './nlp/entities/loadNerModel.js'

/** Where the entity model shipped with the package lives: `loadNerModel(readFileSync(NER_MODEL_URL))`. */
export const NER_MODEL_URL = new URL('../models/ner.bin', import.meta.url)
export type { NerModel } from './nlp/entities/NerModel.js'
export { findEntities } from './nlp/entities/findEntities.js'
export { findQuotes } from './nlp/quotes/findQuotes.js'
export { filterBySpeaker } from './nlp/quotes/filterBySpeaker.js'
export { summarize } from './nlp/summary/summarize.js'
export { toRecord, type RecordView } from './render/toRecord.js'
