import { ALL_UPPER, FIRST_UPPER, HAS_LETTER, HAS_LOWER, type SentenceInfo } from './sentenceInfo.js'
import { labelType } from './labels.js'

/**
 * Document-level evidence for the features (non-local features, Ratinov & Roth 2009): which word forms the
 * document also writes in lowercase, which it writes capitalized mid-sentence, and the labels already predicted
 * for each capitalized form ("extended prediction history").
 */
export interface DocContext {
  /** Keys are lowercase word hashes as signed 32-bit integers ({@link docKey}). */
  lowerSeen: Set<number>
  titleMid: Set<number>
  /** Lowercase word hash -> counts of predicted [O, PER, ORG, LOC, MISC] for its capitalized occurrences so far. */
  history: Map<number, Uint16Array>
}

/**
 * The key of a lowercase word hash in a {@link DocContext}: the same 32 bits as a signed integer, which V8 keeps
 * unboxed, so Set and Map lookups allocate nothing (an unsigned hash of 2^31 or more would be a heap number).
 */
export function docKey(lowerHash: number): number {
  return lowerHash | 0
}

/** Whether a sentence is an all-caps line (a headline): letters but no lowercase letter, at least 2 letter tokens. */
export function isAllCapsLine(info: SentenceInfo): boolean {
  let letters = 0
  for (let t = 0; t < info.n; t++) {
    if (info.flags[t] & HAS_LOWER) return false
    if (info.flags[t] & HAS_LETTER) letters++
  }
  return letters >= 2
}

/** Collects the lowercase and mid-sentence capitalized word forms of a document's sentences. */
export function readDocument(infos: readonly SentenceInfo[], capsLines: readonly boolean[]): DocContext {
  const doc: DocContext = { lowerSeen: new Set(), titleMid: new Set(), history: new Map() }
  infos.forEach((info, s) => {
    if (capsLines[s]) return
    for (let t = 0; t < info.n; t++) {
      const f = info.flags[t]
      if ((f & (HAS_LOWER | FIRST_UPPER)) === HAS_LOWER) doc.lowerSeen.add(docKey(info.lower[t]))
      else if (t > 0 && (f & FIRST_UPPER) && !(f & ALL_UPPER)) doc.titleMid.add(docKey(info.lower[t]))
    }
  })
  return doc
}

/** Records the labels just predicted for a sentence's capitalized tokens into the document history. */
export function recordLabels(doc: DocContext, info: SentenceInfo, labels: ArrayLike<number>): void {
  for (let t = 0; t < info.n; t++) {
    if (!(info.flags[t] & FIRST_UPPER)) continue
    const key = docKey(info.lower[t])
    let h = doc.history.get(key)
    if (!h) doc.history.set(key, (h = new Uint16Array(5)))
    h[labelType(labels[t]) + 1]++
  }
}
