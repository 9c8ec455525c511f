/**
 * The emission scores of writeFeatures + scoreTokens as a small WebAssembly module, with the model's feature table,
 * weights and cluster table in its memory. In a short run the same work in JavaScript runs mostly in V8's
 * interpreter (~35% of the entity stage over 200 articles, even with a memo of per-word sums); WebAssembly is
 * compiled at once (Liftoff) and allocates nothing. The sums are the same 32-bit integers (wrapping like the
 * Int32Array of scoreTokens, in any order), scaled in f64 and rounded to f32 like a Float32Array store, so the scores
 * are identical; tests/nlp/entities/scorerWasm.test.ts checks that.
 *
 * Like the JavaScript memo it replaces, it keeps per word type the summed weights of the features that depend on
 * that word alone (Ratinov & Roth 2009 window features): 5 rows of `labels` sums, for the word itself and as the
 * word at offset -1, +1, -2, +2 of a token (entry 0: the sentence boundary, BOS before and EOS after). Types are
 * keyed by their exact-form hash and checked against their 10 other hashes, so a collision never shares a row; the
 * memo starts over when a sentence could overflow it, so what it holds never changes a result. Per token, only the
 * two word-pair features, the three shape n-grams and the extra keys are probed.
 *
 * Addresses, sizes, the label count and the scale are constants in the code: one module per model (~3 KB, compiled
 * in well under a millisecond). Functions (byte addresses; arrays of u32):
 *   mix(a, b) -> h            hash.ts mix (murmur3 fmix32, never 0)
 *   add(key, dst)             probe the feature table; dst[label] += q for each weight of the feature (scoreTokens)
 *   cluster(key) -> packed    the cluster table's value for a lowercase word hash, 0 when absent (hashTable lookup)
 *   entry(w, lw, sh, pre, suf) -> e   the memo entry of a word type, its rows filled on first sight
 *   score(n, word, lower, shape, prefix, suffix, ent, xStart, xKeys, emit)   (exported): per token i, acc = its
 *     pair, shape and extra features (xKeys[xStart[i] .. xStart[i + 1]), see writeExtraFeatures) plus the rows of
 *     ent[i-2 .. i+2]; emit[i * L + y] = acc[y] * scale
 */
import { mix } from './hash.js'
import { BOS, EOS } from './writeFeatures.js'

/** Where the model's tables sit in the module's memory, its label count and scale. */
export interface ScorerLayout {
  featKeys: number
  featMask: number
  featVals: number
  weights: number
  clusterKeys: number
  clusterMask: number
  clusterVals: number
  /** Address of the label accumulator (labels i32), then the memo's entry count (u32). */
  acc: number
  /** Memo: slot keys and entries (`slots` each, a power of 2), 10 ids per entry, 5 rows of `labels` sums per entry. */
  slotKeys: number
  slotEntries: number
  slots: number
  ids: number
  rows: number
  /** Entries the memo holds before it starts over (entry 0 included); at most slots / 2. */
  maxTypes: number
  labels: number
  scale: number
}

// Opcodes (WebAssembly 1.0).
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, END = 0x0b, BR = 0x0c, BR_IF = 0x0d, RETURN = 0x0f, CALL = 0x10, SELECT = 0x1b, VOID = 0x40
const GET = 0x20, SET = 0x21, TEE = 0x22
const I32_LOAD = 0x28, I32_STORE = 0x36, F32_STORE = 0x38
const I32_CONST = 0x41, F64_CONST = 0x44
const I32_EQZ = 0x45, I32_EQ = 0x46, I32_GT_S = 0x4a, I32_GE_S = 0x4e
const I32_ADD = 0x6a, I32_SUB = 0x6b, I32_MUL = 0x6c, I32_AND = 0x71, I32_XOR = 0x73, I32_SHL = 0x74, I32_SHR_S = 0x75, I32_SHR_U = 0x76
const F64_MUL = 0xa2, F32_DEMOTE_F64 = 0xb6, F64_CONVERT_I32_S = 0xb7
const MIX = 0, ADD = 1, CLUSTER = 2, ENTRY = 3
/** Memo rows of a word type: as itself, as previous, next, second previous, second next word of a token. */
const SELF = 0, AS_PREV = 1, AS_NEXT = 2, AS_PREV2 = 3, AS_NEXT2 = 4, ROWS = 5

/** Signed LEB128 of a 32-bit integer (i32.const immediates). */
function sleb(n: number): Code[] {
  n |= 0
  const out: Code[] = []
  for (;;) {
    const b = n & 0x7f
    n >>= 7
    if ((n === 0 && !(b & 0x40)) || (n === -1 && (b & 0x40))) return [out, b]
    out.push(b | 0x80)
  }
}
/** Unsigned LEB128 of a non-negative integer. */
function uleb(n: number): Code[] {
  const out: Code[] = []
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b) } while (n)
  return out
}
const i32 = (n: number) => [I32_CONST, sleb(n)]
/** u32 at `base + 4 * index` (index code on the stack), `offset` bytes further. */
const load = (index: Code[], offset = 0) => [index, i32(2), I32_SHL, I32_LOAD, 2, uleb(offset)]
/** u32 at local `base` + 4 * index, `offset` bytes further. */
const loadAt = (base: number, index: Code[], offset = 0) => [GET, base, index, i32(2), I32_SHL, I32_ADD, I32_LOAD, 2, uleb(offset)]
const inc = (v: number) => [GET, v, i32(1), I32_ADD, SET, v]
/** `for (; v < limit; v++) body` (v set by the caller). */
const upTo = (v: number, limit: Code[], body: Code[]) =>
  [BLOCK, VOID, LOOP, VOID, GET, v, limit, I32_GE_S, BR_IF, 1, body, inc(v), BR, 0, END, END]

/** mix(a, b) (params 0, 1; local 2 = h). */
function mixBody(): Code[] {
  const A = 0, B = 1, H = 2
  return [
    GET, A, i32(0xcc9e2d51), I32_MUL, GET, B, GET, B, i32(16), I32_SHR_U, I32_XOR, i32(0x1b873593), I32_MUL, I32_XOR, SET, H,
    GET, H, GET, H, i32(16), I32_SHR_U, I32_XOR, i32(0x85ebca6b), I32_MUL, SET, H,
    GET, H, GET, H, i32(13), I32_SHR_U, I32_XOR, i32(0xc2b2ae35), I32_MUL, SET, H,
    GET, H, GET, H, i32(16), I32_SHR_U, I32_XOR, SET, H,
    i32(1), GET, H, GET, H, I32_EQZ, SELECT,
  ]
}

/** add(key, dst) (params 0, 1; locals 2 = i, 3 = cur, 4 = v, 5 = j, 6 = e, 7 = p, 8 = a). */
function addBody(m: ScorerLayout): Code[] {
  const KEY = 0, DST = 1, I = 2, CUR = 3, V = 4, J = 5, E = 6, P = 7, A = 8
  return [
    GET, KEY, i32(m.featMask), I32_AND, SET, I,
    BLOCK, VOID, LOOP, VOID,
    load([GET, I], m.featKeys), TEE, CUR, GET, KEY, I32_EQ,
    IF, VOID,
    load([GET, I], m.featVals), TEE, V, i32(5), I32_SHR_U, TEE, J, GET, V, i32(31), I32_AND, I32_ADD, SET, E,
    upTo(J, [GET, E], [
      load([GET, J], m.weights), SET, P,
      GET, P, i32(31), I32_AND, i32(2), I32_SHL, GET, DST, I32_ADD, TEE, A,
      GET, A, I32_LOAD, 2, 0, GET, P, i32(5), I32_SHR_S, I32_ADD, I32_STORE, 2, 0,
    ]),
    RETURN, END,
    GET, CUR, I32_EQZ, BR_IF, 1,
    GET, I, i32(1), I32_ADD, i32(m.featMask), I32_AND, SET, I, BR, 0,
    END, END,
  ]
}

/** cluster(key) -> packed ids (param 0; locals 1 = i, 2 = cur). */
function clusterBody(m: ScorerLayout): Code[] {
  const KEY = 0, I = 1, CUR = 2
  return [
    GET, KEY, i32(m.clusterMask), I32_AND, SET, I,
    BLOCK, VOID, LOOP, VOID,
    load([GET, I], m.clusterKeys), TEE, CUR, GET, KEY, I32_EQ,
    IF, VOID, load([GET, I], m.clusterVals), RETURN, END,
    GET, CUR, I32_EQZ, BR_IF, 1,
    GET, I, i32(1), I32_ADD, i32(m.clusterMask), I32_AND, SET, I, BR, 0,
    END, END,
    i32(0),
  ]
}

/** `[tpl, value]` hashed and its weights added to the row at `dst` (code). */
const feature = (tpl: number, value: Code[], dst: Code[]) => [i32(tpl), value, CALL, MIX, dst, CALL, ADD]
/** The three cluster-id features of template `tpl` for the packed ids in local `c` (writeFeatures' writeClusters). */
const clusterFeatures = (tpl: number, c: Code[], dst: Code[]) => [
  feature(tpl, [c, i32(0x3ff), I32_AND], dst),
  feature(tpl + 1, [c, i32(10), I32_SHR_U, i32(0x3ff), I32_AND], dst),
  feature(tpl + 2, [c, i32(20), I32_SHR_U], dst),
]

/** entry(w, lw, sh, pre, suf) -> e (params 0..4; locals 5 = i, 6 = cur, 7 = e, 8 = o, 9 = r, 10 = c, 11 = k). */
function entryBody(m: ScorerLayout): Code[] {
  const W = 0, LW = 1, SH = 2, PRE = 3, SUF = 4, I = 5, CUR = 6, E = 7, O = 8, R = 9, C = 10, K = 11
  const L = m.labels, mask = m.slots - 1
  const same: Code[] = [GET, O, I32_LOAD, 2, uleb(m.ids), GET, LW, I32_EQ, GET, O, I32_LOAD, 2, uleb(m.ids + 4), GET, SH, I32_EQ, I32_AND]
  for (let a = 0; a < 4; a++) {
    same.push(GET, O, I32_LOAD, 2, uleb(m.ids + 8 + 4 * a), GET, PRE, I32_LOAD, 2, 4 * a, I32_EQ, I32_AND)
    same.push(GET, O, I32_LOAD, 2, uleb(m.ids + 24 + 4 * a), GET, SUF, I32_LOAD, 2, 4 * a, I32_EQ, I32_AND)
  }
  const row = (r: number) => [GET, R, i32(r * L * 4), I32_ADD]
  const storeId = (a: number, value: Code[]) => [GET, O, value, I32_STORE, 2, uleb(m.ids + 4 * a)]
  const ids: Code[] = [storeId(0, [GET, LW]), storeId(1, [GET, SH])]
  const self: Code[] = []
  for (let a = 0; a < 4; a++) {
    ids.push(storeId(2 + a, [GET, PRE, I32_LOAD, 2, 4 * a]), storeId(6 + a, [GET, SUF, I32_LOAD, 2, 4 * a]))
    self.push(feature(14 + a, [GET, PRE, I32_LOAD, 2, 4 * a], row(SELF)), feature(18 + a, [GET, SUF, I32_LOAD, 2, 4 * a], row(SELF)))
  }
  return [
    GET, W, i32(mask), I32_AND, SET, I,
    BLOCK, VOID, LOOP, VOID,
    load([GET, I], m.slotKeys), TEE, CUR, I32_EQZ, BR_IF, 1,
    GET, CUR, GET, W, I32_EQ,
    IF, VOID,
    load([GET, I], m.slotEntries), TEE, E, i32(40), I32_MUL, SET, O,
    same, IF, VOID, GET, E, RETURN, END,
    END,
    GET, I, i32(1), I32_ADD, i32(mask), I32_AND, SET, I, BR, 0,
    END, END,
    // a new entry in slot i
    i32(0), I32_LOAD, 2, uleb(m.acc + 4 * L), TEE, E, i32(1), I32_ADD, SET, K,
    i32(0), GET, K, I32_STORE, 2, uleb(m.acc + 4 * L),
    GET, I, i32(2), I32_SHL, GET, W, I32_STORE, 2, uleb(m.slotKeys),
    GET, I, i32(2), I32_SHL, GET, E, I32_STORE, 2, uleb(m.slotEntries),
    GET, E, i32(40), I32_MUL, SET, O, ids,
    GET, E, i32(ROWS * L * 4), I32_MUL, i32(m.rows), I32_ADD, SET, R,
    i32(0), SET, K,
    upTo(K, i32(ROWS * L), [GET, R, GET, K, i32(2), I32_SHL, I32_ADD, i32(0), I32_STORE, 2, 0]),
    i32(mix(1, 0)), row(SELF), CALL, ADD,
    feature(2, [GET, W], row(SELF)), feature(3, [GET, LW], row(SELF)), feature(8, [GET, SH], row(SELF)), self,
    GET, LW, CALL, CLUSTER, SET, C,
    clusterFeatures(27, [GET, C], row(SELF)),
    feature(4, [GET, LW], row(AS_PREV)), feature(9, [GET, SH], row(AS_PREV)), clusterFeatures(30, [GET, C], row(AS_PREV)),
    feature(5, [GET, LW], row(AS_NEXT)), feature(10, [GET, SH], row(AS_NEXT)), clusterFeatures(33, [GET, C], row(AS_NEXT)),
    feature(6, [GET, LW], row(AS_PREV2)), feature(7, [GET, LW], row(AS_NEXT2)),
    GET, E,
  ]
}

/** score() (params 0..9 as in the header; locals 10.. below). */
function scoreBody(m: ScorerLayout): Code[] {
  const N = 0, WORD = 1, LOWER = 2, SHAPE = 3, PREFIX = 4, SUFFIX = 5, ENT = 6, X_START = 7, X_KEYS = 8, EMIT = 9
  const I = 10, LW = 11, SH = 12, SP = 13, SN = 14, LP = 15, LN = 16, K = 17, E = 18, Y = 19, SPSH = 20, T = 21
  const L = m.labels, SIZE = m.acc + 4 * L, ACC = i32(m.acc)
  const scale = Array.from(new Uint8Array(new Float64Array([m.scale]).buffer))
  /** `cond ? value : other` without branching (both sides are in-bounds loads). */
  const pick = (value: Code[], other: Code[], cond: Code[]) => [value, other, cond, SELECT]
  const at = (base: number, d: number) => loadAt(base, [GET, I, (d ? [i32(d), I32_ADD] : [])])
  const iBelow = (d: number) => [GET, I, i32(d), I32_ADD, GET, N, I32_GE_S, I32_EQZ] // i + d < n
  const row0 = (r: number) => i32(m.rows + r * L * 4)
  /** Address of row r of the entry of token i + d (entry 0 past the sentence's ends). */
  const rowOf = (d: number, r: number) => {
    const inside = d < 0 ? [GET, I, i32(-d - 1), I32_GT_S] : iBelow(d)
    return [pick(at(ENT, d), i32(0), inside), i32(ROWS * L * 4), I32_MUL, i32(m.rows + r * L * 4), I32_ADD]
  }
  const rowsAt = [rowOf(0, SELF), rowOf(-1, AS_PREV), rowOf(1, AS_NEXT), rowOf(-2, AS_PREV2), rowOf(2, AS_NEXT2)]
  // emit[i * L + y] = (acc[y] + the five rows' y) * scale, the row addresses in LW, SH, SP, SN, LP (T = 4y)
  const sum = [i32(0), SET, Y, upTo(Y, i32(L), [
    GET, EMIT, GET, I, i32(L), I32_MUL, GET, Y, I32_ADD, i32(2), I32_SHL, I32_ADD,
    GET, Y, i32(2), I32_SHL, TEE, T, I32_LOAD, 2, uleb(m.acc),
    [LW, SH, SP, SN, LP].flatMap((v) => [GET, v, GET, T, I32_ADD, I32_LOAD, 2, 0, I32_ADD]),
    F64_CONVERT_I32_S, F64_CONST, scale, F64_MUL, F32_DEMOTE_F64, F32_STORE, 2, 0,
  ])]
  return [
    // the boundary entry on first use; a memo that could overflow in this sentence starts over
    i32(0), I32_LOAD, 2, uleb(SIZE), I32_EQZ, IF, VOID,
    feature(4, i32(BOS), row0(AS_PREV)), feature(9, i32(BOS), row0(AS_PREV)), clusterFeatures(30, i32(0x3ff), row0(AS_PREV)),
    feature(5, i32(EOS), row0(AS_NEXT)), feature(10, i32(EOS), row0(AS_NEXT)), clusterFeatures(33, i32(0x3ff), row0(AS_NEXT)),
    feature(6, i32(BOS), row0(AS_PREV2)), feature(7, i32(EOS), row0(AS_NEXT2)),
    i32(0), i32(1), I32_STORE, 2, uleb(SIZE),
    END,
    i32(0), I32_LOAD, 2, uleb(SIZE), GET, N, I32_ADD, i32(m.maxTypes), I32_GT_S, IF, VOID,
    i32(0), SET, K,
    upTo(K, i32(m.slots), [GET, K, i32(2), I32_SHL, i32(0), I32_STORE, 2, uleb(m.slotKeys)]),
    i32(0), i32(1), I32_STORE, 2, uleb(SIZE),
    END,
    i32(0), SET, I,
    upTo(I, [GET, N], [
      GET, ENT, GET, I, i32(2), I32_SHL, I32_ADD,
      at(WORD, 0), at(LOWER, 0), at(SHAPE, 0),
      GET, PREFIX, GET, I, i32(4), I32_SHL, I32_ADD, GET, SUFFIX, GET, I, i32(4), I32_SHL, I32_ADD,
      CALL, ENTRY, I32_STORE, 2, 0,
    ]),
    i32(0), SET, I,
    upTo(I, [GET, N], [
      i32(0), SET, Y,
      upTo(Y, i32(L), [GET, Y, i32(2), I32_SHL, i32(0), I32_STORE, 2, uleb(m.acc)]),
      at(LOWER, 0), SET, LW, at(SHAPE, 0), SET, SH,
      pick(at(LOWER, -1), i32(BOS), [GET, I, i32(0), I32_GT_S]), SET, LP,
      pick(at(SHAPE, -1), i32(BOS), [GET, I, i32(0), I32_GT_S]), SET, SP,
      pick(at(LOWER, 1), i32(EOS), iBelow(1)), SET, LN,
      pick(at(SHAPE, 1), i32(EOS), iBelow(1)), SET, SN,
      GET, SP, GET, SH, CALL, MIX, SET, SPSH,
      feature(11, [GET, SPSH], ACC), feature(12, [GET, SH, GET, SN, CALL, MIX], ACC), feature(13, [GET, SPSH, GET, SN, CALL, MIX], ACC),
      feature(22, [GET, LP, GET, LW, CALL, MIX], ACC), feature(23, [GET, LW, GET, LN, CALL, MIX], ACC),
      at(X_START, 0), SET, K, at(X_START, 1), SET, E,
      upTo(K, [GET, E], [loadAt(X_KEYS, [GET, K]), ACC, CALL, ADD]),
      // the five row addresses, reusing the locals no longer needed
      rowsAt[0], SET, LW, rowsAt[1], SET, SH, rowsAt[2], SET, SP, rowsAt[3], SET, SN, rowsAt[4], SET, LP,
      sum,
    ]),
  ]
}

/** Nested byte arrays, flattened once at the end: spreading them at every level cost ~20 ms of cold JavaScript per model. */
type Code = number | Code[]
const flat = (code: Code[]) => code.flat(Infinity as 1) as number[]
const section = (id: number, content: Code[]) => { const c = flat(content); return [id, uleb(c.length), c] }
const body = (localI32: number, code: Code[]) => {
  const b = flat([(localI32 ? [1, uleb(localI32), 0x7f] : [0]), code, END])
  return [uleb(b.length), b]
}

/** The module for one model layout: imports its memory as env.memory, exports "score". */
export function scorerModuleBytes(m: ScorerLayout): Uint8Array {
  const I32 = 0x7f
  const types = [5,
    0x60, 2, I32, I32, 1, I32, // (i32, i32) -> i32: mix
    0x60, 2, I32, I32, 0, // (i32, i32) -> (): add
    0x60, 1, I32, 1, I32, // (i32) -> i32: cluster
    0x60, 5, Array(5).fill(I32), 1, I32, // entry
    0x60, 10, Array(10).fill(I32), 0] // score
  const name = (s: string) => [s.length, Array.from(s, (c) => c.charCodeAt(0))]
  return new Uint8Array(flat([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    section(1, types),
    section(2, [1, name('env'), name('memory'), 0x02, 0x00, 0]),
    section(3, [5, 0, 1, 2, 3, 4]),
    section(7, [1, name('score'), 0x00, 4]),
    section(10, [5, body(1, mixBody()), body(7, addBody(m)), body(2, clusterBody(m)), body(7, entryBody(m)), body(12, scoreBody(m))]),
  ]))
}
