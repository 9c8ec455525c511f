import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { encodeNerModel } from '../../../src/nlp/entities/encodeNerModel.js'
import { loadNerModel } from '../../../src/nlp/entities/loadNerModel.js'
import { NER_MODEL_VERSION } from '../../../src/nlp/entities/NerModel.js'
import { tinyModel } from './tinyModel.js'

const SHIPPED = new URL('../../../models/ner.bin', import.meta.url)

describe('loadNerModel', () => {
  it('loads the committed model with the current version, quickly', () => {
    expect(existsSync(SHIPPED)).toBe(true)
    const bytes = readFileSync(SHIPPED)
    expect(bytes.length).toBeLessThan(25e6)
    const t0 = performance.now()
    const model = loadNerModel(bytes)
    expect(performance.now() - t0).toBeLessThan(50)
    expect(model.version).toBe(NER_MODEL_VERSION)
    expect(model.labels).toBe(17)
    expect(JSON.parse(model.info).trainedOn).toBe('CoNLL-2003 train')
  })

  it('round-trips a model, also from an unaligned buffer', () => {
    const bytes = encodeNerModel(tinyModel({ Paris: 'U-LOC' }))
    const shifted = new Uint8Array(bytes.length + 1).subarray(1)
    shifted.set(bytes)
    const model = loadNerModel(shifted)
    expect(model.info).toBe('{"tiny":true}')
    expect([...model.weights]).toEqual([...tinyModel({ Paris: 'U-LOC' }).weights])
  })

  it.each([
    ['too short', (b: Uint8Array) => b.subarray(0, 10), /invalid NER model: .*too short/],
    ['bad magic', (b: Uint8Array) => { b[0] ^= 0xff; return b }, /invalid NER model: .*bad magic/],
    ['wrong version', (b: Uint8Array) => { b[4] = 99; return b }, /invalid NER model: format version 99, expected 2/],
    ['truncated', (b: Uint8Array) => b.slice(0, b.length - 4), /invalid NER model: .*header says/],
  ])('rejects a model that is %s', (_, corrupt, message) => {
    const bytes = encodeNerModel(tinyModel({ Paris: 'U-LOC' }))
    expect(() => loadNerModel(corrupt(bytes))).toThrow(message)
  })
})
