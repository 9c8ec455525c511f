import type { EmissionScorer } from './emissionScorer.js'
import type { HashTable } from './hashTable.js'
import type { NerResources } from './NerResources.js'
import type { ViterbiScratch } from './viterbi.js'

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
   * The emission scorer of this model (see emissionScorer: WebAssembly with the tables in its memory), reused by
   * every document; results never depend on it. {@link loadNerModel} adds one; without it each document gets its own.
   */
  scorer?: EmissionScorer
  /**
   * The Viterbi lattices and allowed moves of `transitions`, with its WebAssembly instance (see viterbiWasm), reused
   * by every document: a new instance per document cost ~13M instructions each in a long run. Results never depend
   * on it. {@link loadNerModel} adds one; without it each document gets its own.
   */
  lattice?: ViterbiScratch
}
