import type { HashTable } from './hashTable.js'

/** Lookup tables the features read besides the weights: gazetteers and word clusters. */
export interface NerResources {
  /** Phrase hash (see {@link phraseStep}) -> bit set of gazetteer lists; bit 31 marks a proper prefix of a phrase. */
  gazetteer: HashTable
  /** Longest gazetteer phrase, in tokens. */
  maxPhrase: number
  /** Lowercase word hash -> packed cluster ids at three granularities (10 bits each, each id + 1; 0 = unknown). */
  clusters: HashTable
}

/** Bit marking a stored proper prefix of a gazetteer phrase (lets matching stop early). */
export const PREFIX_BIT = 0x80000000
