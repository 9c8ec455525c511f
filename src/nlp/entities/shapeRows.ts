import { addWeights } from './addWeights.js'
import { mix } from './hash.js'
import type { NerModel } from './NerModel.js'

/** Shape triples a memo keeps before it starts over. */
const MAX_TRIPLES = 4096

/**
 * A memo of the summed weights of the shape n-gram features (templates 11, 12, 13 of writeFeatures: previous +
 * own shape, own + next shape, all three) per (previous, own, next) shape triple, in quantized units: news text
 * has a few thousand such triples, so most tokens get the three features from one row instead of three probes.
 * Keyed by the exact triple; it starts over when full, so what it holds never changes a result.
 */
export interface ShapeRows {
  labels: number
  /** Open addressing: entry + 1 per slot (0 = empty); the triple of entry e is `triples[3e .. 3e + 3)`. */
  slots: Int32Array
  triples: Uint32Array
  sums: Int32Array
  size: number
}

/** An empty memo for a model with `labels` labels. */
export function createShapeRows(labels: number): ShapeRows {
  return { labels, slots: new Int32Array(MAX_TRIPLES * 2), triples: new Uint32Array(MAX_TRIPLES * 3), sums: new Int32Array(MAX_TRIPLES * labels), size: 0 }
}

/** Offset in `rows.sums` of the row of shape triple (sp, sh, sn), computing it on first sight. */
export function shapeRow(rows: ShapeRows, model: NerModel, sp: number, sh: number, sn: number): number {
  const spsh = mix(sp, sh), h = mix(spsh, sn)
  const mask = rows.slots.length - 1
  let i = h & mask
  for (let e = rows.slots[i]; e !== 0; e = rows.slots[i]) {
    const o = (e - 1) * 3
    if (rows.triples[o] === sp && rows.triples[o + 1] === sh && rows.triples[o + 2] === sn) return (e - 1) * rows.labels
    i = (i + 1) & mask
  }
  if (rows.size === MAX_TRIPLES) {
    rows.slots.fill(0)
    rows.size = 0
    i = h & mask
  }
  const e = rows.size++, L = rows.labels, at = e * L
  rows.slots[i] = e + 1
  rows.triples[e * 3] = sp; rows.triples[e * 3 + 1] = sh; rows.triples[e * 3 + 2] = sn
  rows.sums.fill(0, at, at + L)
  addWeights(model, mix(11, spsh), rows.sums, at)
  addWeights(model, mix(12, mix(sh, sn)), rows.sums, at)
  addWeights(model, mix(13, h), rows.sums, at)
  return at
}
