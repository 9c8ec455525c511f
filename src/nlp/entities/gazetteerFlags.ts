import { lookup } from './hashTable.js'
import { mix } from './hash.js'
import { PREFIX_BIT, type NerResources } from './NerResources.js'
import type { SentenceInfo } from './sentenceInfo.js'

/** Seed of gazetteer phrase hashes. */
export const PHRASE_SEED = 0x6a09e667

/** Extends a phrase hash by one more lowercase token hash. */
export function phraseStep(h: number, lowerHash: number): number {
  return mix(h, lowerHash)
}

/**
 * Marks every gazetteer match in the sentence: 4 bits per list (B, I, L, U position of the token in a match),
 * list l at bits 4l..4l+3, up to 8 lists. Tries phrases of up to `maxPhrase` tokens from each start. Writes into
 * `flags` when given (zero-filled, `info.n` long).
 */
export function gazetteerFlags(info: SentenceInfo, res: NerResources, flags = new Uint32Array(info.n)): Uint32Array {
  for (let i = 0; i < info.n; i++) {
    let h = PHRASE_SEED
    for (let j = i; j < info.n && j - i < res.maxPhrase; j++) {
      h = phraseStep(h, info.lower[j])
      const v = lookup(res.gazetteer, h)
      if (v === 0) break
      const lists = v & ~PREFIX_BIT
      if (lists !== 0) markMatch(flags, lists, i, j)
    }
  }
  return flags
}

function markMatch(flags: Uint32Array, lists: number, i: number, j: number): void {
  for (let l = 0; l < 8; l++) {
    if (!(lists & (1 << l))) continue
    if (i === j) { flags[i] |= 8 << (4 * l); continue }
    flags[i] |= 1 << (4 * l)
    for (let k = i + 1; k < j; k++) flags[k] |= 2 << (4 * l)
    flags[j] |= 4 << (4 * l)
  }
}
