import { readFileSync } from 'node:fs'
import { loadNerModel } from '../nlp/entities/loadNerModel.js'
import type { NerModel } from '../nlp/entities/NerModel.js'

/** Where the shipped entity model lives, relative to this file in dist/cli/. */
export const MODEL_URL = new URL('../../models/ner.bin', import.meta.url)

/** Reads and loads the shipped entity model from the package's models/ folder. */
export function loadShippedModel(): NerModel {
  return loadNerModel(readFileSync(MODEL_URL))
}
