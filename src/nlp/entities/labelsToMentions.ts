import type { Mention } from '../../types.js'
import type { Token } from '../tokens/tokenize.js'
import { NER_TYPES, labelPosition, labelType } from './labels.js'

/** Turns a well-formed BILOU label sequence over `tokens` into mentions (B..L or U), appended to `out`. */
export function labelsToMentions(text: string, tokens: readonly Token[], labels: ArrayLike<number>, out: Mention[]): void {
  let open = -1
  for (let t = 0; t < tokens.length; t++) {
    const pos = labelPosition(labels[t])
    if (pos === 1) open = t
    else if (pos === 4 || pos === 3) {
      const first = pos === 4 ? t : open < 0 ? t : open
      const start = tokens[first].start, end = tokens[t].end
      out.push({ text: text.slice(start, end), start, end, type: NER_TYPES[labelType(labels[t])] })
      open = -1
    } else if (pos === 0) open = -1
  }
}
