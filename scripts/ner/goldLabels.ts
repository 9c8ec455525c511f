import type { Token } from '../../src/nlp/tokens/tokenize.js'
import { makeLabel } from '../../src/nlp/entities/labels.js'
import type { GoldSpan } from './readConll.js'

export const SHORT_TYPES = ['PER', 'ORG', 'LOC', 'MISC']

/** BILOU gold labels for the token rows of a document (a span must start and end on token boundaries). */
export function goldLabels(textLength: number, spans: GoldSpan[], rows: Token[][]): Uint8Array[] {
  const owner = new Int32Array(textLength).fill(-1)
  spans.forEach((s, i) => owner.fill(i, s.start, s.end))
  return rows.map((toks) => {
    const labels = new Uint8Array(toks.length)
    toks.forEach((tok, t) => {
      const i = owner[tok.start]
      if (i < 0) return
      const s = spans[i], type = SHORT_TYPES.indexOf(s.type)
      const first = tok.start === s.start, last = tok.end === s.end
      labels[t] = makeLabel(type, first && last ? 4 : first ? 1 : last ? 3 : 2)
    })
    return labels
  })
}
