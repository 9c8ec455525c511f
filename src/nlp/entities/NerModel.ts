import type { HashTable } from './hashTable.js'
import type { NerResources } from './NerResources.js'
import type { ViterbiScratch } from './viterbi.js'
import type { WordRows } from './wordRows.js'

/** Current binary format version of `models/ner.bin`; {@link loadNerModel} rejects any other. */
export const NER_MODEL_VERSION = 2

/** A loaded entity-tagger model: typed-array views over the model bytes, no per-feature objects. */
export interface NerModel extends NerResources {
  version: number
  /** Number of labels (BILOU over the 4 types + O = 17). */
  labels: number
  /** Feature hash -> its nonzero weights: `(start << 5) | count`, a run of `count` entries of `weights` at `start`. */
  features: HashTable
  /** Sparse quantized weights, one entry per nonzero (feature, label): `(q << 5) | label`; the weight is `q * scale`. */
  weights: Int32Array
  scale: number
  /** Transition scores, (labels + 2) rows of `labels`: previous label, then start, then end (see viterbi). */
  transitions: Float32Array
  /** Free-form training notes stored in the file (JSON text). */
  info: string
  /**
   * Memo of per-word summed weights, filled while tagging and bounded (see WordRows); results never depend on what it
   * holds. {@link loadNerModel} adds one; without it each document gets its own.
   */
  wordRows?: WordRows
  /**
   * The Viterbi lattices and allowed moves of `transitions`, with its WebAssembly instance (see viterbiWasm), reused
   * by every document: a new instance per document cost ~13M instructions each in a long run. Results never depend
   * on it. {@link loadNerModel} adds one; without it each document gets its own.
   */
  lattice?: ViterbiScratch
}
