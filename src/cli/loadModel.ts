import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { readNerModel } from '../nlp/entities/loadNerModel.js'
import type { NerModel } from '../nlp/entities/NerModel.js'

/** Where the shipped entity model lives, relative to this file in dist/cli/. */
export const MODEL_URL = new URL('../../models/ner.bin', import.meta.url)

/** Reads and loads the shipped entity model from the package's models/ folder, straight into its scorer's memory. */
export function loadShippedModel(): NerModel {
  const fd = openSync(MODEL_URL, 'r')
  try {
    const size = fstatSync(fd).size
    return readNerModel(size, (bytes) => {
      for (let at = 0; at < size;) {
        const n = readSync(fd, bytes, at, size - at, at)
        if (n === 0) throw new Error(`invalid NER model: ${MODEL_URL.pathname} ended after ${at} of ${size} bytes`)
        at += n
      }
    })
  } finally {
    closeSync(fd)
  }
}
