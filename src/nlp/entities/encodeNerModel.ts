import { H, HEADER_WORDS, MAGIC, sectionOffsets } from './modelLayout.js'
import { NER_MODEL_VERSION, type NerModel } from './NerModel.js'

/** Serializes a model to the versioned binary format read by {@link loadNerModel} (little-endian, 4-byte aligned). */
export function encodeNerModel(model: Omit<NerModel, 'version'>): Uint8Array {
  const info = new TextEncoder().encode(model.info)
  const L = model.labels, entries = model.weights.length
  const o = sectionOffsets(L, model.features.keys.length, entries, model.gazetteer.keys.length, model.clusters.keys.length, info.length)
  const buf = new ArrayBuffer(o.total)
  const head = new Uint32Array(buf, 0, HEADER_WORDS)
  head[H.magic] = MAGIC; head[H.version] = NER_MODEL_VERSION; head[H.labels] = L
  head[H.featCap] = model.features.keys.length; head[H.entries] = entries; head[H.gazCap] = model.gazetteer.keys.length
  head[H.clusterCap] = model.clusters.keys.length; head[H.maxPhrase] = model.maxPhrase; head[H.infoBytes] = info.length
  new Float32Array(buf, H.scale * 4, 1)[0] = model.scale
  new Uint32Array(buf, o.featKeys, model.features.keys.length).set(model.features.keys)
  new Uint32Array(buf, o.featVals, model.features.keys.length).set(model.features.vals)
  new Int32Array(buf, o.weights, entries).set(model.weights)
  new Float32Array(buf, o.transitions, model.transitions.length).set(model.transitions)
  new Uint32Array(buf, o.gazKeys, model.gazetteer.keys.length).set(model.gazetteer.keys)
  new Uint32Array(buf, o.gazVals, model.gazetteer.keys.length).set(model.gazetteer.vals)
  new Uint32Array(buf, o.clusterKeys, model.clusters.keys.length).set(model.clusters.keys)
  new Uint32Array(buf, o.clusterVals, model.clusters.keys.length).set(model.clusters.vals)
  new Uint8Array(buf, o.info, info.length).set(info)
  return new Uint8Array(buf)
}
