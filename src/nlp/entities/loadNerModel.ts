import { H, HEADER_WORDS, MAGIC, sectionOffsets } from './modelLayout.js'
import { NER_MODEL_VERSION, type NerModel } from './NerModel.js'
import { LABEL_COUNT } from './labels.js'
import { createViterbiScratch } from './viterbi.js'
import { createWordRows, MAX_WORD_TYPES } from './wordRows.js'

/**
 * Reads a binary NER model (models/ner.bin) as typed-array views over `bytes`, without copying unless `bytes` is
 * not 4-byte aligned, plus an empty memo and the Viterbi lattices for tagging (see NerModel.wordRows, NerModel.lattice). Pure: no fs. Throws
 * `invalid NER model: ...` on a wrong magic, version or size.
 */
export function loadNerModel(bytes: Uint8Array): NerModel {
  if (bytes.byteLength < HEADER_WORDS * 4) throw new Error(`invalid NER model: ${bytes.byteLength} bytes is too short`)
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice()
  const buf = bytes.buffer, base = bytes.byteOffset
  const head = new Uint32Array(buf, base, HEADER_WORDS)
  if (head[H.magic] !== MAGIC) throw new Error('invalid NER model: not an article-inspect NER model (bad magic)')
  if (head[H.version] !== NER_MODEL_VERSION) {
    throw new Error(`invalid NER model: format version ${head[H.version]}, expected ${NER_MODEL_VERSION}`)
  }
  const L = head[H.labels]
  if (L !== LABEL_COUNT) throw new Error(`invalid NER model: ${L} labels, expected ${LABEL_COUNT}`)
  const fc = head[H.featCap], entries = head[H.entries], gc = head[H.gazCap], cc = head[H.clusterCap]
  const o = sectionOffsets(L, fc, entries, gc, cc, head[H.infoBytes])
  if (o.total !== bytes.byteLength) throw new Error(`invalid NER model: ${bytes.byteLength} bytes, header says ${o.total}`)
  const u32 = (at: number, n: number): Uint32Array => new Uint32Array(buf, base + at, n)
  const transitions = new Float32Array(buf, base + o.transitions, (L + 2) * L)
  const features = { keys: u32(o.featKeys, fc), vals: u32(o.featVals, fc) }
  return {
    version: head[H.version],
    labels: L,
    features,
    weights: new Int32Array(buf, base + o.weights, entries),
    scale: new Float32Array(buf, base + H.scale * 4, 1)[0],
    transitions,
    gazetteer: { keys: u32(o.gazKeys, gc), vals: u32(o.gazVals, gc) },
    maxPhrase: head[H.maxPhrase],
    clusters: { keys: u32(o.clusterKeys, cc), vals: u32(o.clusterVals, cc) },
    info: new TextDecoder().decode(new Uint8Array(buf, base + o.info, head[H.infoBytes])),
    wordRows: createWordRows(L, MAX_WORD_TYPES),
    lattice: createViterbiScratch(transitions, L),
  }
}
export type { NerModel } from './NerModel.js'
