import type { IndirectModel } from './findReportedSpeech.js'
import { makeRowTable } from './tagIndirect.js'

/** The JSON form of the reported-speech model, as `npm run train:quotes` writes models/quotes.json. */
export interface QuotesModelJson {
  version: 1
  /** Tagger feature hashes, and three weights (O, B, I) for each, flattened. */
  keys: number[]
  weights: number[]
  transitions: number[][]
  lexicon: Record<string, number>
  linker: Record<string, number>
}

/**
 * Loads the reported-speech model (models/quotes.json, written by `npm run train:quotes`) from its JSON text;
 * throws on a file of another shape or version. Pass the result to findQuotes / analyze.
 */
export function loadQuotesModel(json: string): IndirectModel {
  const m = JSON.parse(json) as Partial<QuotesModelJson>
  if (m.version !== 1) throw new Error(`invalid quotes model: expected version 1, got ${String(m.version)}`)
  for (const key of ['keys', 'weights', 'transitions', 'lexicon', 'linker'] as const) {
    if (!m[key]) throw new Error(`invalid quotes model: missing "${key}"`)
  }
  if (m.weights!.length !== m.keys!.length * 3) throw new Error('invalid quotes model: "weights" must hold three numbers a key')
  return {
    rows: makeRowTable(m.keys!),
    weights: Float32Array.from(m.weights!),
    transitions: m.transitions!,
    lexicon: new Map(Object.entries(m.lexicon!)),
    linker: new Map(Object.entries(m.linker!)),
  }
}
