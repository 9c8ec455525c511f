import { createEmissionScorer, createScorerMemory, type ScorerMemory } from './emissionScorer.js'
import { H, HEADER_WORDS, MAGIC, sectionOffsets } from './modelLayout.js'
import { NER_MODEL_VERSION, type NerModel } from './NerModel.js'
import { LABEL_COUNT } from './labels.js'
import { createViterbiScratch } from './viterbi.js'

/**
 * Reads a binary NER model (models/ner.bin) as typed-array views over `bytes`, without copying unless `bytes` is
 * not 4-byte aligned, plus its emission scorer and Viterbi lattices for tagging (see NerModel.scorer, NerModel.lattice). Pure: no fs. Throws
 * `invalid NER model: ...` on a wrong magic, version or size. With `space` (see {@link readNerModel}), `bytes` lie at
 * the start of the scorer's memory and its tables are used in place; else the scorer copies them.
 */
export function loadNerModel(bytes: Uint8Array, space: ScorerMemory | null = null): NerModel {
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
  const model: NerModel = {
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
    lattice: createViterbiScratch(transitions, L),
  }
  model.scorer = createEmissionScorer(model, space)
  return model
}
export type { NerModel } from './NerModel.js'

/**
 * {@link loadNerModel} of `byteLength` bytes that `fill` writes (e.g. read from a file) straight into the memory of
 * the model's WebAssembly scorer, which then needs no copy of its tables (2.5 MB, ~10 ms of page faults at start).
 * Pure: the caller does the reading.
 */
export function readNerModel(byteLength: number, fill: (bytes: Uint8Array) => void): NerModel {
  const space = createScorerMemory(byteLength, LABEL_COUNT)
  const bytes = space ? new Uint8Array(space.memory.buffer, 0, byteLength) : new Uint8Array(byteLength)
  fill(bytes)
  return loadNerModel(bytes, space)
}
