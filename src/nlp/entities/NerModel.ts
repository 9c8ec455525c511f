import type { HashTable } from './hashTable.js'
import type { NerResources } from './NerResources.js'

/** Current binary format version of `models/ner.bin`; {@link loadNerModel} rejects any other. */
export const NER_MODEL_VERSION = 1

/** A loaded entity-tagger model: typed-array views over the model bytes, no per-feature objects. */
export interface NerModel extends NerResources {
  version: number
  /** Number of labels (BILOU over the 4 types + O = 17). */
  labels: number
  /** Feature hash -> row index into `weights`. */
  features: HashTable
  /** Quantized weights, `labels` per row; the real weight is `weights[i] * scale`. */
  weights: Int16Array
  scale: number
  /** Transition scores, (labels + 2) rows of `labels`: previous label, then start, then end (see viterbi). */
  transitions: Float32Array
  /** Free-form training notes stored in the file (JSON text). */
  info: string
}
