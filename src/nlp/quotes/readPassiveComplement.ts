import type { Span } from '../../types.js'

/** Adverbs right after a passive participle ("was widely seen as", "is also known for"). */
const ADVERB = /^(?:\p{Ll}+ly|also|still|now|not|even|once|long|often)$/u
/** Words that open what a passive report says of its subject ("was criticized for …", "is seen as …"). */
const OPENS = /^(?:as|for)$/i
/** Marks that close the agent phrase before the complement could start. */
const MARK = /^[,.;:!?()“”"—–]$/

/**
 * Where the complement of a passive report starts ("Trump has been criticized by some of his rivals for failing to
 * …", "The drafting process is seen as one way …"), as a word index into `w`, or -1: PolNeAR's content is then the
 * subject and the complement. `i` is the participle; the complement opens with "as" or "for", right after it (and
 * adverbs) or after a short agent phrase "by …" (at most ten words, no mark).
 */
export function readPassiveComplement(w: Span[], i: number): number {
  let a = i + 1
  while (a < w.length && a - i <= 2 && ADVERB.test(w[a].text)) a++
  if (a < w.length && w[a].text.toLowerCase() === 'by') {
    for (let k = a + 1; k < w.length && k - a <= 10 && !MARK.test(w[k].text); k++) if (OPENS.test(w[k].text)) return k + 1 < w.length ? k : -1
    return -1
  }
  return a + 1 < w.length && OPENS.test(w[a].text) ? a : -1
}
