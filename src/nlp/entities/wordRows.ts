import { addWeights } from './addWeights.js'
import { mix } from './hash.js'
import { lookup } from './hashTable.js'
import type { NerModel } from './NerModel.js'
import type { SentenceInfo } from './sentenceInfo.js'
import { createShapeRows, type ShapeRows } from './shapeRows.js'
import { BOS, EOS } from './writeFeatures.js'

/** Rows kept per word type: its own features, and its features as the word at offset -1, +1, -2, +2 of a token. */
export const SELF = 0, AS_PREV = 1, AS_NEXT = 2, AS_PREV2 = 3, AS_NEXT2 = 4
/** Number of rows per word type. */
export const ROWS = 5
/** Hashes that identify a word type: lower, shape, 4 prefixes, 4 suffixes (besides the exact-form hash as key). */
const IDS = 10
/** Cluster-id templates (27..35: the word's, the previous and the next word's ids at 3 granularities) and ids each. */
const CLUSTER_TEMPLATES = 9, CLUSTER_IDS = 1024
/** Word types a memo keeps before it starts over (about 7 MB of rows). */
export const MAX_WORD_TYPES = 1 << 14

/**
 * A memo of summed feature weights for each word type, for the local features that depend on one word only
 * (Ratinov & Roth 2009), in quantized units: `sums[(entry * ROWS + row) * labels + y]`. Entry 0 holds the
 * sentence-boundary rows (BOS as previous words, EOS as next words). Integer sums, so any order gives the same total
 * as {@link writeFeatures} + {@link scoreTokens}. Types are keyed by their exact-form hash and checked against all
 * their other hashes, so a hash collision never shares a row. Bounded: it starts over when full (see
 * {@link reserveWordRows}), so what it holds never changes a result.
 */
export interface WordRows {
  labels: number
  /** Open addressing: exact-form hash per slot (0 = empty) and its entry. */
  keys: Uint32Array
  entries: Int32Array
  ids: Uint32Array
  sums: Int32Array
  size: number
  /** Whether entry 0 (the boundary rows) has been filled in. */
  hasBoundary: boolean
  /** Word types kept before starting over. */
  maxTypes: number
  /**
   * Weights of the 9 cluster templates (27..35) for each 10-bit cluster id, `clusterRows[(slot * 1024 + id) * labels + y]`
   * with slot = template - 27, filled on first use (`clusterFilled`); kept when the memo starts over.
   */
  clusterRows: Int32Array
  clusterFilled: Uint8Array
  /** The shape-triple memo (see ShapeRows); kept when the word memo starts over. */
  shapes: ShapeRows
}

/**
 * An empty memo for a model with `labels` labels, sized for `types` word types; it grows up to `maxTypes`. A model's
 * memo is made at its full size at once: its arrays are zero pages the system maps only once they are written, and
 * growing them by doubling cost ~25 ms per 200 articles in copies.
 */
export function createWordRows(labels: number, types = 255, maxTypes = MAX_WORD_TYPES): WordRows {
  let slots = 64
  while (slots < types * 2) slots *= 2
  return {
    labels, keys: new Uint32Array(slots), entries: new Int32Array(slots), ids: new Uint32Array((types + 1) * IDS),
    sums: new Int32Array((types + 1) * ROWS * labels), size: 1, hasBoundary: false, maxTypes,
    clusterRows: new Int32Array(CLUSTER_TEMPLATES * CLUSTER_IDS * labels), clusterFilled: new Uint8Array(CLUSTER_TEMPLATES * CLUSTER_IDS),
    shapes: createShapeRows(labels),
  }
}

/**
 * Makes room for a sentence of `n` tokens: entries handed out for it must stay valid until it is scored, so a memo
 * that could overflow starts over now (dropping its word rows; its arrays and boundary rows stay) and grows if the
 * sentence alone needs more.
 */
export function reserveWordRows(rows: WordRows, model: NerModel, n: number): void {
  if (!rows.hasBoundary) fillBoundary(rows, model)
  if (rows.size + n <= rows.maxTypes) return
  rows.keys.fill(0)
  rows.size = 1
}

function fillBoundary(rows: WordRows, model: NerModel): void {
  const L = rows.labels, sums = rows.sums
  sums.fill(0, 0, ROWS * L)
  addWeights(model, mix(4, BOS), sums, AS_PREV * L); addWeights(model, mix(9, BOS), sums, AS_PREV * L)
  addClusters(rows, model, sums, AS_PREV * L, 30, 0x3ff)
  addWeights(model, mix(5, EOS), sums, AS_NEXT * L); addWeights(model, mix(10, EOS), sums, AS_NEXT * L)
  addClusters(rows, model, sums, AS_NEXT * L, 33, 0x3ff)
  addWeights(model, mix(6, BOS), sums, AS_PREV2 * L); addWeights(model, mix(7, EOS), sums, AS_NEXT2 * L)
  rows.hasBoundary = true
}

/** The entry of token `t` of a sentence, computing its rows on first sight of the word type. */
export function entryOf(rows: WordRows, model: NerModel, info: SentenceInfo, t: number): number {
  const key = info.word[t]
  const mask = rows.keys.length - 1
  let i = key & mask
  for (let cur = rows.keys[i]; cur !== 0; cur = rows.keys[i]) {
    if (cur === key && sameType(rows.ids, rows.entries[i] * IDS, info, t)) return rows.entries[i]
    i = (i + 1) & mask
  }
  const e = rows.size++
  if ((e + 1) * IDS > rows.ids.length) grow(rows)
  rows.keys[i] = key
  rows.entries[i] = e
  fillEntry(rows, model, e, info, t)
  if (rows.size * 2 > rows.keys.length) rehash(rows)
  return e
}

function sameType(ids: Uint32Array, o: number, info: SentenceInfo, t: number): boolean {
  if (ids[o] !== info.lower[t] || ids[o + 1] !== info.shape[t]) return false
  for (let a = 0; a < 4; a++) if (ids[o + 2 + a] !== info.prefix[t * 4 + a] || ids[o + 6 + a] !== info.suffix[t * 4 + a]) return false
  return true
}

function fillEntry(rows: WordRows, model: NerModel, e: number, info: SentenceInfo, t: number): void {
  const L = rows.labels, sums = rows.sums, ids = rows.ids
  const self = (e * ROWS + SELF) * L, asPrev = (e * ROWS + AS_PREV) * L, asNext = (e * ROWS + AS_NEXT) * L
  const lw = info.lower[t], sh = info.shape[t], o = e * IDS
  ids[o] = lw; ids[o + 1] = sh
  sums.fill(0, self, self + ROWS * L) // rows of a memo that started over hold old sums
  addWeights(model, mix(1, 0), sums, self); addWeights(model, mix(2, info.word[t]), sums, self)
  addWeights(model, mix(3, lw), sums, self); addWeights(model, mix(8, sh), sums, self)
  for (let a = 0; a < 4; a++) {
    const p = info.prefix[t * 4 + a], s = info.suffix[t * 4 + a]
    ids[o + 2 + a] = p; ids[o + 6 + a] = s
    addWeights(model, mix(14 + a, p), sums, self); addWeights(model, mix(18 + a, s), sums, self)
  }
  const c = lookup(model.clusters, lw)
  addClusters(rows, model, sums, self, 27, c)
  addWeights(model, mix(4, lw), sums, asPrev); addWeights(model, mix(9, sh), sums, asPrev); addClusters(rows, model, sums, asPrev, 30, c)
  addWeights(model, mix(5, lw), sums, asNext); addWeights(model, mix(10, sh), sums, asNext); addClusters(rows, model, sums, asNext, 33, c)
  addWeights(model, mix(6, lw), sums, (e * ROWS + AS_PREV2) * L); addWeights(model, mix(7, lw), sums, (e * ROWS + AS_NEXT2) * L)
}

/** The three cluster-granularity features of template `tpl` (see writeFeatures' writeClusters), from `clusterRows`. */
function addClusters(rows: WordRows, model: NerModel, sums: Int32Array, off: number, tpl: number, packed: number): void {
  addCluster(rows, model, sums, off, tpl, packed & 0x3ff)
  addCluster(rows, model, sums, off, tpl + 1, (packed >>> 10) & 0x3ff)
  addCluster(rows, model, sums, off, tpl + 2, packed >>> 20)
}

function addCluster(rows: WordRows, model: NerModel, sums: Int32Array, off: number, tpl: number, id: number): void {
  const L = rows.labels, slot = (tpl - 27) * CLUSTER_IDS + id
  if (id >= CLUSTER_IDS) return addWeights(model, mix(tpl, id), sums, off)
  const at = slot * L
  if (rows.clusterFilled[slot] === 0) { addWeights(model, mix(tpl, id), rows.clusterRows, at); rows.clusterFilled[slot] = 1 }
  const cr = rows.clusterRows
  for (let y = 0; y < L; y++) sums[off + y] += cr[at + y]
}

function grow(rows: WordRows): void {
  const sums = new Int32Array(rows.sums.length * 2), ids = new Uint32Array(rows.ids.length * 2)
  sums.set(rows.sums); ids.set(rows.ids)
  rows.sums = sums; rows.ids = ids
}

function rehash(rows: WordRows): void {
  const { keys, entries } = rows
  const cap = keys.length * 2, mask = cap - 1
  rows.keys = new Uint32Array(cap); rows.entries = new Int32Array(cap)
  for (let s = 0; s < keys.length; s++) {
    if (keys[s] === 0) continue
    let i = keys[s] & mask
    while (rows.keys[i] !== 0) i = (i + 1) & mask
    rows.keys[i] = keys[s]; rows.entries[i] = entries[s]
  }
}
