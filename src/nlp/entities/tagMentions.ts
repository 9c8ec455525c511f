import type { Mention, Span } from '../../types.js'
import { recordLabels } from './docContext.js'
import { createEmissionScorer } from './emissionScorer.js'
import type { NerModel } from './NerModel.js'
import { labelsToMentions } from './labelsToMentions.js'
import { prepareDocument, type PreparedDocument } from './prepareDocument.js'
import { createViterbiScratch, viterbi } from './viterbi.js'

/**
 * Finds the PERSON / ORGANIZATION / LOCATION / MISC mentions in `text`, tagging each sentence span (and each line
 * within it) with the averaged-perceptron BILOU model and Viterbi; labels predicted earlier in the document feed
 * later sentences (Ratinov & Roth 2009). Mentions are sorted by start; offsets index `text`.
 */
export function tagMentions(text: string, sentences: readonly Span[], model: NerModel): Mention[] {
  return tagPrepared(text, prepareDocument(text, sentences, model), model)
}

/** {@link tagMentions} on a document already prepared with the same model's resources. */
export function tagPrepared(text: string, prep: PreparedDocument, model: NerModel): Mention[] {
  const L = model.labels
  let labels = new Uint8Array(64)
  const scorer = model.scorer ?? createEmissionScorer(model), lattice = model.lattice ?? createViterbiScratch(model.transitions, L)
  const mentions: Mention[] = []
  for (const r of prep.order) {
    const info = prep.infos[r], n = info.n
    if (n > labels.length) labels = new Uint8Array(n)
    const emit = scorer.score(info, prep.gazetteer[r], prep.capsLines[r], prep.doc)
    viterbi(emit, n, L, model.transitions, labels, lattice)
    recordLabels(prep.doc, info, labels)
    labelsToMentions(text, prep.rows[r], labels, mentions)
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end)
}
