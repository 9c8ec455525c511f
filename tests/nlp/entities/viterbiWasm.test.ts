import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadNerModel } from '../../../src/nlp/entities/loadNerModel.js'
import { tagMentions } from '../../../src/nlp/entities/tagMentions.js'
import { createViterbiScratch, viterbi } from '../../../src/nlp/entities/viterbi.js'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { parse } from '../../../src/parse/parse.js'

// The WebAssembly lattice loop must give exactly the labels of the JavaScript one, ties and -Infinity moves included.
const model = loadNerModel(readFileSync('models/ner.bin'))
const L = model.labels

/** Labels of `emit` by the JavaScript loop and by the WebAssembly one, over transitions `trans`. */
function both(trans: Float32Array, labels: number, emit: Float32Array, n: number): [number[], number[]] {
  const js = createViterbiScratch(trans, labels, false), wasm = createViterbiScratch(trans, labels)
  expect(js.wasm).toBeNull()
  expect(wasm.wasm).not.toBeNull()
  const a = new Uint8Array(n), b = new Uint8Array(n)
  viterbi(emit, n, labels, trans, a, js)
  viterbi(emit, n, labels, trans, b, wasm)
  return [[...a], [...b]]
}

describe('viterbi in WebAssembly', () => {
  it('labels random sentences of the shipped model like the JavaScript loop', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 80 }), fc.integer(), (n, seed) => {
      let x = seed | 1
      const next = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 2 ** 32 }
      const emit = new Float32Array(n * L).map(() => (next() - 0.5) * 40)
      const [js, wasm] = both(model.transitions, L, emit, n)
      expect(wasm).toEqual(js)
    }), { numRuns: 300 })
  })

  it.each<[string, number]>([['one token', 1], ['two tokens', 2], ['a sentence longer than the first memory page', 5000]])(
    'labels %s like the JavaScript loop', (_, n) => {
      const emit = new Float32Array(n * L).map((_, i) => Math.sin(i * 12.9898) * 8)
      const [js, wasm] = both(model.transitions, L, emit, n)
      expect(wasm).toEqual(js)
    })

  it('breaks ties and forbidden moves the same way (equal scores everywhere, half the moves -Infinity)', () => {
    const labels = 3, trans = new Float32Array((labels + 2) * labels).fill(1)
    trans[0 * labels + 1] = -Infinity; trans[2 * labels + 0] = -Infinity; trans[1 * labels + 1] = -Infinity
    for (const n of [1, 2, 7]) {
      const [js, wasm] = both(trans, labels, new Float32Array(n * labels), n)
      expect(wasm).toEqual(js)
    }
  })

  it('keeps one lattice usable across sentences of any length', () => {
    const scratch = createViterbiScratch(model.transitions, L), ref = createViterbiScratch(model.transitions, L, false)
    for (const n of [3, 900, 1, 40, 3000, 2]) {
      const emit = new Float32Array(n * L).map((_, i) => Math.cos(i * 7.233 + n) * 10)
      const a = new Uint8Array(n), b = new Uint8Array(n)
      viterbi(emit, n, L, model.transitions, a, ref)
      viterbi(emit, n, L, model.transitions, b, scratch)
      expect([...b]).toEqual([...a])
    }
  })

  it('is made once per loaded model and reused by every document, with the mentions of a fresh lattice per document', () => {
    const loaded = loadNerModel(readFileSync('models/ner.bin'))
    expect(loaded.lattice?.wasm).not.toBeNull()
    const { lattice, ...withoutLattice } = loaded
    for (const file of ['seed-adg-north-korea.txt', 'polnear-breitbart-transcript.txt', 'seed-adg-north-korea.txt']) {
      const text = readFileSync(`fixtures/${file}`, 'utf8'), sentences = articleSentences(parse(text))
      expect(tagMentions(text, sentences, loaded)).toEqual(tagMentions(text, sentences, withoutLattice))
    }
    expect(loaded.lattice).toBe(lattice)
  })
})
