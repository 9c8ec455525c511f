import { buildHashTable } from '../../../src/nlp/entities/hashTable.js'
import { hashString, mix } from '../../../src/nlp/entities/hash.js'
import { isAllowed, LABEL_COUNT, makeLabel } from '../../../src/nlp/entities/labels.js'
import type { NerModel } from '../../../src/nlp/entities/NerModel.js'

const TYPES = ['PER', 'ORG', 'LOC', 'MISC']
const POS = ['B', 'I', 'L', 'U']

/** A hand-written model: each listed word (case-sensitive) votes for one label, e.g. { Obama: 'L-PER' }; else O. */
export function tinyModel(words: Record<string, string>): NerModel {
  const L = LABEL_COUNT
  const keys: [number, number][] = [[mix(1, 0), 1]] // bias: O, weight 1 (entry 0)
  const weights: number[] = [(1 << 5) | 0]
  for (const [w, label] of Object.entries(words)) {
    const [p, t] = label.split('-')
    const y = makeLabel(TYPES.indexOf(t), POS.indexOf(p) + 1)
    keys.push([mix(2, hashString(w)), (weights.length << 5) | 1])
    weights.push((5 << 5) | y)
  }
  const transitions = new Float32Array((L + 2) * L)
  for (let a = -1; a < L; a++) for (let b = 0; b < L; b++) if (!isAllowed(a, b)) transitions[(a < 0 ? L : a) * L + b] = -Infinity
  for (let a = 0; a < L; a++) if (!isAllowed(a, -1)) transitions[(L + 1) * L + a] = -Infinity
  const empty = buildHashTable([])
  return {
    version: 2, labels: L, features: buildHashTable(keys), weights: Int32Array.from(weights), scale: 1,
    transitions, gazetteer: empty, maxPhrase: 4, clusters: empty, info: '{"tiny":true}',
  }
}
