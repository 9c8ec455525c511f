import type { DocContext } from './docContext.js'
import type { NerModel } from './NerModel.js'
import { scoreTokens } from './scoreTokens.js'
import { scorerModuleBytes, type ScorerLayout } from './scorerWasm.js'
import type { SentenceInfo } from './sentenceInfo.js'
import { MAX_EXTRA, writeExtraFeatures } from './writeExtraFeatures.js'
import { MAX_FEATURES, writeFeatures } from './writeFeatures.js'

/** Emission scores of sentences for one model: exactly writeFeatures + scoreTokens, however computed. */
export interface EmissionScorer {
  /** Scores `emit[t * labels + y]` of one sentence (n ≥ 1); valid until the next call. */
  score(info: SentenceInfo, gaz: Uint32Array, capsLine: boolean, doc: DocContext): Float32Array
}

// The part of the WebAssembly API used here (this project compiles without the DOM library, which declares it).
interface WasmMemory { readonly buffer: ArrayBuffer }
declare const WebAssembly: {
  Memory: new (d: { initial: number }) => WasmMemory
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: { score: (...args: number[]) => void } }
}

const PAGE = 65536
/** Word types the memo keeps before it starts over (see scorerWasm; ~6 MB of rows, mapped only once written). */
export const MAX_WORD_TYPES = 1 << 14
/** Longest sentence, in tokens, the WebAssembly scorer takes (its memory never grows); longer ones are scored in JavaScript. */
export const MAX_TOKENS = 4096
/** u32 words per token of a sentence's arrays: word, lower, shape, 4 prefixes, 4 suffixes, entry, start, extras, emit; and spare. */
const sentenceWords = (L: number, n: number) => n * (13 + MAX_EXTRA + L) + 8

/** Memory whose first `tables` bytes hold the model (its typed arrays are views of `memory.buffer`), the rest free. */
export interface ScorerMemory {
  memory: WasmMemory
  tables: number
}

/** Memo slots for `maxTypes` entries: a power of 2, at least twice as many. */
const slotsFor = (maxTypes: number) => 2 ** Math.ceil(Math.log2(2 * maxTypes))

/** Bytes the scorer needs after the model's tables: accumulator, memo, one sentence's arrays. */
function workBytes(L: number, maxTypes: number): number {
  return 4 * (64 + 2 * slotsFor(maxTypes) + maxTypes * (10 + 5 * L) + sentenceWords(L, MAX_TOKENS))
}

/**
 * Space for a model of `byteLength` bytes and its scorer: a WebAssembly memory (its pages are only mapped once
 * written) when the runtime has one, with the model's bytes to be written at offset 0; null without WebAssembly.
 * Reading a model file straight into it saves copying its 2.5 MB.
 */
export function createScorerMemory(byteLength: number, labels: number, maxTypes = MAX_WORD_TYPES): ScorerMemory | null {
  if (typeof WebAssembly !== 'object') return null
  const tables = Math.ceil(byteLength / 8) * 8
  return { memory: new WebAssembly.Memory({ initial: Math.ceil((tables + workBytes(labels, maxTypes)) / PAGE) }), tables }
}

/**
 * The scorer of `model`: in WebAssembly when the runtime has it (see scorerWasm; its memo keeps up to `maxTypes`
 * word types), else writeFeatures + scoreTokens in JavaScript. With `space`, the model's tables already lie in
 * that memory (see createScorerMemory); else they are copied into a new one.
 */
export function createEmissionScorer(model: NerModel, space: ScorerMemory | null = null, maxTypes = MAX_WORD_TYPES): EmissionScorer {
  const js = createJsScorer(model)
  if (typeof WebAssembly !== 'object') return js
  // Built on first use: loading a model stays cheap (~3 ms of cold JavaScript and a compile) when nothing is tagged.
  let scorer: EmissionScorer | undefined
  return { score: (...args) => (scorer ??= createWasmScorer(model, space, maxTypes, js) ?? js).score(...args) }
}

/** writeFeatures + scoreTokens, with buffers reused between sentences. */
export function createJsScorer(model: NerModel): EmissionScorer {
  let feats = new Uint32Array(0), counts = new Uint8Array(0), emit = new Float32Array(0)
  return {
    score(info, gaz, capsLine, doc) {
      const n = info.n
      if (counts.length < n) { feats = new Uint32Array(n * 2 * MAX_FEATURES); counts = new Uint8Array(n * 2); emit = new Float32Array(n * 2 * model.labels) }
      writeFeatures(info, gaz, capsLine, model, doc, feats, counts)
      scoreTokens(model, feats, counts, n, emit)
      return emit
    },
  }
}

/** The tables the scorer reads, as views of its memory (each a power of 2 long, but the weights). */
interface ScorerTables {
  featKeys: Uint32Array
  featVals: Uint32Array
  weights: Int32Array
  clusterKeys: Uint32Array
  clusterVals: Uint32Array
}

const isPow2 = (n: number) => n > 0 && (n & (n - 1)) === 0

/** The model's tables in `space` when they are views of it, else copies in a new memory (a table of no slots gets one empty slot). */
function tablesIn(model: NerModel, space: ScorerMemory | null, maxTypes: number): [ScorerMemory, ScorerTables] {
  const { features: f, weights, clusters: c } = model
  const mine: ScorerTables = { featKeys: f.keys, featVals: f.vals, weights, clusterKeys: c.keys, clusterVals: c.vals }
  if (space && Object.values(mine).every((a) => a.buffer === space.memory.buffer) && isPow2(f.keys.length) && isPow2(c.keys.length)) return [space, mine]
  const size = (a: ArrayLike<number>) => Math.max(1, a.length)
  const copy = createScorerMemory(4 * Object.values(mine).reduce((n, a) => n + size(a), 0), model.labels, maxTypes)!
  const buffer = copy.memory.buffer
  let at = 0
  const place = <T extends Uint32Array | Int32Array>(a: T, make: new (b: ArrayBuffer, o: number, n: number) => T): T => {
    const view = new make(buffer, at * 4, size(a))
    view.set(a)
    at += size(a)
    return view
  }
  return [copy, {
    featKeys: place(f.keys, Uint32Array), featVals: place(f.vals, Uint32Array), weights: place(weights, Int32Array),
    clusterKeys: place(c.keys, Uint32Array), clusterVals: place(c.vals, Uint32Array),
  }]
}

/**
 * The WebAssembly scorer, or null when the module does not compile here. Memory: the model's tables, then the
 * accumulator and memo size, memo slots, ids and rows, then one sentence's arrays. A sentence of more than
 * MAX_TOKENS tokens (or of maxTypes or more) is scored by `js`.
 */
function createWasmScorer(model: NerModel, given: ScorerMemory | null, maxTypes: number, js: EmissionScorer): EmissionScorer | null {
  const L = model.labels
  const [space, t] = tablesIn(model, given, maxTypes)
  const slots = slotsFor(maxTypes), acc = space.tables, slotKeys = acc + 4 * 64, slotEntries = slotKeys + 4 * slots
  const ids = slotEntries + 4 * slots, rows = ids + 40 * maxTypes, dyn = rows + 4 * 5 * L * maxTypes
  const layout: ScorerLayout = {
    featKeys: t.featKeys.byteOffset, featMask: t.featKeys.length - 1, featVals: t.featVals.byteOffset, weights: t.weights.byteOffset,
    clusterKeys: t.clusterKeys.byteOffset, clusterMask: t.clusterKeys.length - 1, clusterVals: t.clusterVals.byteOffset,
    acc, slotKeys, slotEntries, slots, ids, rows, maxTypes, labels: L, scale: model.scale,
  }
  let score: (...args: number[]) => void
  try {
    score = new WebAssembly.Instance(new WebAssembly.Module(scorerModuleBytes(layout)), { env: { memory: space.memory } }).exports.score
  } catch {
    return null
  }
  const u32 = new Uint32Array(space.memory.buffer), f32 = new Float32Array(space.memory.buffer)
  const most = Math.min(MAX_TOKENS, maxTypes - 1)
  return {
    score(info, gaz, capsLine, doc) {
      const n = info.n
      if (n > most) return js.score(info, gaz, capsLine, doc)
      // word, lower, shape (n each), prefix, suffix (4n each), entries (n + 2), start (n + 1), extras, emit; in u32 words
      const word = (dyn >> 2) + 2, lower = word + n, shape = lower + n, prefix = shape + n, suffix = prefix + 4 * n
      const ent = suffix + 4 * n, start = ent + n + 2, keys = start + n + 1, emit = keys + n * MAX_EXTRA
      u32.set(info.word, word); u32.set(info.lower, lower); u32.set(info.shape, shape)
      u32.set(info.prefix, prefix); u32.set(info.suffix, suffix)
      writeExtraFeatures(info, gaz, capsLine, doc, u32, start, keys)
      score(n, word * 4, lower * 4, shape * 4, prefix * 4, suffix * 4, ent * 4, start * 4, keys * 4, emit * 4)
      return f32.subarray(emit, emit + n * L)
    },
  }
}
