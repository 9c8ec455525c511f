import type { Sentence } from '../../types.js'

/** A lookup from an offset to the sentence holding it (binary search over sorted sentences), or undefined between sentences. */
export function sentenceIndex(sentences: Sentence[]): (offset: number) => Sentence | undefined {
  return (offset) => {
    let lo = 0, hi = sentences.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = sentences[mid]
      if (offset < s.start) hi = mid - 1
      else if (offset >= s.end) lo = mid + 1
      else return s
    }
    return undefined
  }
}
