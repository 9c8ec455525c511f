import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/nlp/tokens/tokenize.js'
import { ALL_UPPER, ALL_DIGITS, FIRST_UPPER, HAS_DIGIT, HAS_HYPHEN, HAS_LOWER, readSentence } from '../../../src/nlp/entities/sentenceInfo.js'
import { docKey, isAllCapsLine, readDocument, recordLabels } from '../../../src/nlp/entities/docContext.js'
import { gazetteerFlags } from '../../../src/nlp/entities/gazetteerFlags.js'
import { buildHashTable } from '../../../src/nlp/entities/hashTable.js'
import { makeLabel } from '../../../src/nlp/entities/labels.js'
import { buildGazetteer } from '../../../scripts/ner/buildGazetteer.js'

const read = (text: string) => readSentence(text, tokenize(text))

describe('readSentence', () => {
  it.each([
    ['Obama', FIRST_UPPER | HAS_LOWER], ['NASA', FIRST_UPPER | ALL_UPPER], ['1996', HAS_DIGIT | ALL_DIGITS],
    ['Kyung-wha', FIRST_UPPER | HAS_LOWER | HAS_HYPHEN], ['said', HAS_LOWER],
  ])('flags %j', (word, bits) => {
    expect(read(word).flags[0] & bits).toBe(bits)
  })

  it('gives the same shape to words of the same pattern and lower hash across case', () => {
    const s = read('Obama Clinton OBAMA obama')
    expect(s.shape[0]).toBe(s.shape[1])
    expect(s.shape[0]).not.toBe(s.shape[2])
    expect(s.lower[0]).toBe(s.lower[2])
    expect(s.lower[0]).toBe(s.lower[3])
    expect(s.word[0]).not.toBe(s.word[3])
  })
})

describe('document features', () => {
  it.each([['SOCCER - JAPAN GET LUCKY WIN .', true], ['Japan won 2-1 .', false], ['1996-08-22', false]])(
    'isAllCapsLine(%j) = %s', (text, caps) => expect(isAllCapsLine(read(text))).toBe(caps))

  it('collects lowercase and mid-sentence title-case forms, and predicted labels of capitalized forms', () => {
    const a = read('The march went to March Hall .'), b = read('MARCH HALL')
    const doc = readDocument([a, b], [false, true])
    expect(doc.lowerSeen.has(docKey(a.lower[1]))).toBe(true)
    expect(doc.titleMid.has(docKey(a.lower[4]))).toBe(true)
    recordLabels(doc, a, [0, 0, 0, 0, makeLabel(2, 1), makeLabel(2, 3), 0])
    expect([...doc.history.get(docKey(a.lower[4]))!]).toEqual([0, 0, 0, 1, 0])
  })
})

describe('gazetteerFlags', () => {
  it('marks B/I/L/U positions of the longest and nested matches per list', () => {
    const gazetteer = buildGazetteer([['New York Stock Exchange', 1], ['New York', 2], ['York', 2]], 6)
    const flags = gazetteerFlags(read('the New York Stock Exchange rose'), { gazetteer, maxPhrase: 6, clusters: buildHashTable([]) })
    const list = (l: number) => [...flags].map((f) => (f >>> (4 * l)) & 15)
    expect(list(1)).toEqual([0, 1, 2, 2, 4, 0])
    expect(list(2)).toEqual([0, 1, 4 | 8, 0, 0, 0])
  })
})
