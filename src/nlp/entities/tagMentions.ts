import type { Mention, Span } from '../../types.js'
import { recordLabels } from './docContext.js'
import type { NerModel } from './NerModel.js'
import { labelsToMentions } from './labelsToMentions.js'
import { prepareDocument, type PreparedDocument } from './prepareDocument.js'
import { createScoreBuffers, scoreSentence } from './scoreSentence.js'
import { createViterbiScratch, viterbi } from './viterbi.js'
import { createWordRows } from './wordRows.js'

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
  let cap = 64
  let emit = new Float32Array(cap * L), labels = new Uint8Array(cap)
  const rows = model.wordRows ?? createWordRows(L), buf = createScoreBuffers(L), lattice = model.lattice ?? createViterbiScratch(model.transitions, L)
  const mentions: Mention[] = []
  for (const r of prep.order) {
    const info = prep.infos[r], n = info.n
    if (n > cap) {
      cap = n
      emit = new Float32Array(cap * L); labels = new Uint8Array(cap)
    }
    scoreSentence(model, info, prep.gazetteer[r], prep.capsLines[r], prep.doc, rows, buf, emit)
    viterbi(emit, n, L, model.transitions, labels, lattice)
    recordLabels(prep.doc, info, labels)
    labelsToMentions(text, prep.rows[r], labels, mentions)
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end)
}
