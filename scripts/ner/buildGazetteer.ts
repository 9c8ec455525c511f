import { buildHashTable, type HashTable } from '../../src/nlp/entities/hashTable.js'
import { PHRASE_SEED, phraseStep } from '../../src/nlp/entities/gazetteerFlags.js'
import { PREFIX_BIT } from '../../src/nlp/entities/NerResources.js'
import { readSentence } from '../../src/nlp/entities/sentenceInfo.js'
import { tokenize } from '../../src/nlp/tokens/tokenize.js'

/** Builds the gazetteer table from (phrase, list index) pairs; phrases longer than `maxPhrase` tokens are skipped. */
export function buildGazetteer(entries: Iterable<[string, number]>, maxPhrase: number): HashTable {
  const map = new Map<number, number>()
  for (const [phrase, list] of entries) {
    const toks = tokenize(phrase)
    if (toks.length === 0 || toks.length > maxPhrase) continue
    const lower = readSentence(phrase, toks).lower
    let h = PHRASE_SEED
    for (let i = 0; i < lower.length; i++) {
      h = phraseStep(h, lower[i])
      map.set(h, (map.get(h) ?? 0) | (i === lower.length - 1 ? 1 << list : PREFIX_BIT))
    }
  }
  return buildHashTable(map)
}
