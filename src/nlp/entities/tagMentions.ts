import type { Mention, Span } from '../../types.js'
import { recordLabels } from './docContext.js'
import type { NerModel } from './NerModel.js'
import { labelsToMentions } from './labelsToMentions.js'
import { prepareDocument, type PreparedDocument } from './prepareDocument.js'
import { scoreTokens } from './scoreTokens.js'
import { viterbi } from './viterbi.js'
import { MAX_FEATURES, writeFeatures } from './writeFeatures.js'

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
  let feats = new Uint32Array(cap * MAX_FEATURES), counts = new Uint8Array(cap), emit = new Float32Array(cap * L)
  let labels = new Uint8Array(cap)
  const mentions: Mention[] = []
  for (const r of prep.order) {
    const info = prep.infos[r], n = info.n
    if (n > cap) {
      cap = n
      feats = new Uint32Array(cap * MAX_FEATURES); counts = new Uint8Array(cap); emit = new Float32Array(cap * L); labels = new Uint8Array(cap)
    }
    writeFeatures(info, prep.gazetteer[r], prep.capsLines[r], model, prep.doc, feats, counts)
    scoreTokens(model, feats, counts, n, emit)
    viterbi(emit, n, L, model.transitions, labels)
    recordLabels(prep.doc, info, labels)
    labelsToMentions(text, prep.rows[r], labels, mentions)
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end)
}
