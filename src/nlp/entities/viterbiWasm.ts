/**
 * {@link viterbi}'s lattice loop as a tiny WebAssembly function. A short run (one article) executes the JavaScript
 * loop in V8's interpreter, where every double it reads or adds becomes a heap object: ~100 moves per token cost ~95M
 * instructions per article, 7% of a one-file `summary` (valgrind), then a TurboFan compile. The same loop in
 * WebAssembly is compiled at once (Liftoff, well under a millisecond) and allocates nothing. It computes the very
 * same IEEE doubles in the same order (f32 scores promoted to f64, strict `>` so the first best move wins), so labels
 * are identical; tests/nlp/entities/viterbiWasm.test.ts checks that against the JavaScript loop.
 *
 * The function, in WebAssembly text (byte addresses; emit, start, end are f32; fromStart, from are i32; fromScore,
 * score are f64; back, out are u8):
 *   (func (export "viterbi") (param $n $L $emit $start $end $fromStart $from $fromScore $score $back $out i32)
 *     (local $t $y $k $e $a $arg $prev $cur i32) (local $best $s f64)
 *     for y < L: score[y] = start[y] + emit[y]
 *     for t in 1 .. n-1, prev = (t-1)L, cur = tL, for y < L:
 *       best = -inf, arg = 0; for k in fromStart[y] .. fromStart[y+1]-1:
 *         a = from[k]; s = score[prev+a] + fromScore[k]; if s > best: best = s, arg = a
 *       score[cur+y] = best + emit[cur+y]; back[cur+y] = arg
 *     best = -inf, arg = 0, cur = (n-1)L; for y < L: s = score[cur+y] + end[y]; if s > best: best = s, arg = y
 *     for t = n-1 down to 0: out[t] = arg; arg = back[tL + arg])
 */

// Parameter and local indices of the function.
const N = 0, L = 1, EMIT = 2, START = 3, END = 4, FROM_START = 5, FROM = 6, FROM_SCORE = 7, SCORE = 8, BACK = 9, OUT = 10
const T = 11, Y = 12, K = 13, E = 14, A = 15, ARG = 16, PREV = 17, CUR = 18, BEST = 19, S = 20

// Opcodes (WebAssembly 1.0).
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, END_ = 0x0b, BR = 0x0c, BR_IF = 0x0d, VOID = 0x40
const GET = 0x20, SET = 0x21, TEE = 0x22
const I32_LOAD = 0x28, F32_LOAD = 0x2a, F64_LOAD = 0x2b, I32_LOAD8_U = 0x2d, F64_STORE = 0x39, I32_STORE8 = 0x3a
const I32_CONST = 0x41, F64_CONST = 0x44
const I32_LT_S = 0x48, I32_GE_S = 0x4e, F64_GT = 0x64
const I32_ADD = 0x6a, I32_SUB = 0x6b, I32_MUL = 0x6c, I32_SHL = 0x74, F64_ADD = 0xa0, F64_PROMOTE_F32 = 0xbb

const NEG_INF = [0, 0, 0, 0, 0, 0, 0xf0, 0xff] // -Infinity, f64 little-endian
/** Address of element `i` (code) of the array at local `base`, elements of 2^shift bytes. */
const at = (base: number, i: number[], shift: number) => [GET, base, ...i, ...(shift ? [I32_CONST, shift, I32_SHL] : []), I32_ADD]
const f32 = (base: number, i: number[]) => [...at(base, i, 2), F32_LOAD, 2, 0, F64_PROMOTE_F32]
const f64 = (base: number, i: number[]) => [...at(base, i, 3), F64_LOAD, 3, 0]
const inc = (v: number) => [GET, v, I32_CONST, 1, I32_ADD, SET, v]
/** `for (; v < limit; v++) body` (v set by the caller); body may not branch out. */
const upTo = (v: number, limit: number, body: number[]) =>
  [BLOCK, VOID, LOOP, VOID, GET, v, GET, limit, I32_GE_S, BR_IF, 1, ...body, ...inc(v), BR, 0, END_, END_]
/** `if (s > best) { best = s; arg = v }`, with s on the stack. */
const keepBest = (v: number) => [TEE, S, GET, BEST, F64_GT, IF, VOID, GET, S, SET, BEST, GET, v, SET, ARG, END_]

const BODY = [
  I32_CONST, 0, SET, Y,
  ...upTo(Y, L, [...at(SCORE, [GET, Y], 3), ...f32(START, [GET, Y]), ...f32(EMIT, [GET, Y]), F64_ADD, F64_STORE, 3, 0]),
  I32_CONST, 1, SET, T,
  ...upTo(T, N, [
    GET, T, I32_CONST, 1, I32_SUB, GET, L, I32_MUL, SET, PREV,
    GET, T, GET, L, I32_MUL, SET, CUR,
    I32_CONST, 0, SET, Y,
    ...upTo(Y, L, [
      F64_CONST, ...NEG_INF, SET, BEST, I32_CONST, 0, SET, ARG,
      ...at(FROM_START, [GET, Y], 2), I32_LOAD, 2, 0, SET, K,
      ...at(FROM_START, [GET, Y], 2), I32_LOAD, 2, 4, SET, E,
      ...upTo(K, E, [
        ...at(FROM, [GET, K], 2), I32_LOAD, 2, 0, SET, A,
        ...f64(SCORE, [GET, PREV, GET, A, I32_ADD]), ...f64(FROM_SCORE, [GET, K]), F64_ADD, ...keepBest(A),
      ]),
      ...at(SCORE, [GET, CUR, GET, Y, I32_ADD], 3), GET, BEST, ...f32(EMIT, [GET, CUR, GET, Y, I32_ADD]), F64_ADD, F64_STORE, 3, 0,
      ...at(BACK, [GET, CUR, GET, Y, I32_ADD], 0), GET, ARG, I32_STORE8, 0, 0,
    ]),
  ]),
  F64_CONST, ...NEG_INF, SET, BEST, I32_CONST, 0, SET, ARG, I32_CONST, 0, SET, Y,
  GET, N, I32_CONST, 1, I32_SUB, GET, L, I32_MUL, SET, CUR,
  ...upTo(Y, L, [...f64(SCORE, [GET, CUR, GET, Y, I32_ADD]), ...f32(END, [GET, Y]), F64_ADD, ...keepBest(Y)]),
  GET, N, I32_CONST, 1, I32_SUB, SET, T,
  BLOCK, VOID, LOOP, VOID, GET, T, I32_CONST, 0, I32_LT_S, BR_IF, 1,
  ...at(OUT, [GET, T], 0), GET, ARG, I32_STORE8, 0, 0,
  ...at(BACK, [GET, T, GET, L, I32_MUL, GET, ARG, I32_ADD], 0), I32_LOAD8_U, 0, 0, SET, ARG,
  GET, T, I32_CONST, 1, I32_SUB, SET, T, BR, 0, END_, END_,
  END_,
]

/** LEB128 of a non-negative integer. */
function uleb(n: number): number[] {
  const out: number[] = []
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b) } while (n)
  return out
}
const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content]
const name = (s: string) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))]

/** The module: one memory (exported as "memory", 1 page to start) and the function (exported as "viterbi"). */
export function viterbiModuleBytes(): Uint8Array {
  const I32 = 0x7f, F64 = 0x7c
  const code = [2, 8, I32, 2, F64, ...BODY] // two local groups: 8 i32, 2 f64
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 11, ...Array(11).fill(I32), 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [2, ...name('memory'), 0x02, 0, ...name('viterbi'), 0x00, 0]),
    ...section(10, [1, ...uleb(code.length), ...code]),
  ])
}

/** The lattice loop of {@link viterbi} for one transition table, run in WebAssembly memory. */
export interface WasmLattice {
  /** Best labels of `n` tokens (n ≥ 1) for the emission scores `emit[t * L + y]`, written into `out`. */
  run(emit: Float32Array, n: number, out: Uint8Array): void
}

// The part of the WebAssembly API used here (this project compiles without the DOM library, which declares it).
interface WasmMemory { readonly buffer: ArrayBuffer; grow(pages: number): number }
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object) => { exports: { memory: WasmMemory; viterbi: (...args: number[]) => void } }
}

// The compiled module, made on first use: it depends on nothing, so one serves every model and lattice.
let compiled: object | null | undefined

function compile(): object | null {
  try {
    return new WebAssembly.Module(viterbiModuleBytes())
  } catch {
    return null // no WebAssembly here (e.g. node --jitless): the JavaScript loop does the work
  }
}

const align8 = (n: number) => (n + 7) & ~7

/**
 * A {@link WasmLattice} over the allowed moves of a transition table (see createViterbiScratch: `from`, `fromStart`,
 * `fromScore`) with its start row (`trans[L * L ..]`) and end row (`trans[(L + 1) * L ..]`), or null when this
 * runtime has no WebAssembly.
 */
export function createWasmLattice(trans: Float32Array, L: number, from: Uint8Array, fromStart: Int32Array, fromScore: Float64Array): WasmLattice | null {
  if (typeof WebAssembly !== 'object') return null
  compiled ??= compile()
  if (!compiled) return null
  const { memory, viterbi } = new WebAssembly.Instance(compiled).exports
  const moves = fromStart[L]
  // Fixed part: fromStart (i32), from (i32), fromScore (f64), start and end rows (f32); the lattices go after it.
  const fromAt = (L + 1) * 4, scoreAt = align8(fromAt + moves * 4), startAt = scoreAt + moves * 8, endAt = startAt + L * 4
  const dyn = align8(endAt + L * 4)
  if (dyn > memory.buffer.byteLength) memory.grow(Math.ceil((dyn - memory.buffer.byteLength) / 65536))
  new Int32Array(memory.buffer, 0, L + 1).set(fromStart)
  new Int32Array(memory.buffer, fromAt, moves).set(from.subarray(0, moves))
  new Float64Array(memory.buffer, scoreAt, moves).set(fromScore.subarray(0, moves))
  new Float32Array(memory.buffer, startAt, 2 * L).set(trans.subarray(L * L, (L + 2) * L))
  return {
    run(emit, n, out) {
      const cells = n * L, emitAt = dyn, latticeAt = align8(emitAt + cells * 4), backAt = latticeAt + cells * 8, outAt = backAt + cells
      const need = outAt + n - memory.buffer.byteLength
      if (need > 0) memory.grow(Math.ceil(need / 65536))
      const b = memory.buffer
      new Float32Array(b, emitAt, cells).set(emit.subarray(0, cells))
      viterbi(n, L, emitAt, startAt, endAt, 0, fromAt, scoreAt, latticeAt, backAt, outAt)
      out.set(new Uint8Array(b, outAt, n))
    },
  }
}
