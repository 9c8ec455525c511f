import type { Span } from '../../types.js'
import type { IndirectFind } from './findIndirect.js'

/* Where a report without quotation marks starts and ends, and words after a cue that report nothing. */

/**
 * Where a report that runs into a quotation may end: before ", whom/which/although …", ", telling …" or "and
 * said …" / "but added …" (at least 12 characters in).
 */
export const CUT_BEFORE_QUOTED = /^(.{12,}?)(?:,\s+(?:and|but|while|whom|who|which|although|though|because|where|when|after|before|(?:tell|say|add|not|call|argu|cit|insist|explain|warn|suggest|describ|referr|point|declar|prais|accus|vow|promis)ing)[\s,:]|,?\s+(?:and|but)\s+(?:then\s+|also\s+)?(?:\p{Ll}+(?:ed|s)|said|told|wrote|made|took|gave|called)(?:[\s,]|$))/u

/** Where a report after its cue ends before a clause of the author's: ", according to …", ", even though …". */
const TAIL = /^(.{12,}?),\s+(?:according\s+to|even\s+(?:though|as|if|when|after|before)|despite)\s/u

/** The find with its content cut before an author's clause at its end (see TAIL). */
export function trimTail(find: IndirectFind): IndirectFind {
  const c = find.content
  const cut = c.start >= find.cue.end ? TAIL.exec(c.text) : null
  return cut ? { ...find, content: { text: cut[1], start: c.start, end: c.start + cut[1].length } } : find
}

/** Subordinators that open an adverbial clause at the start of a sentence ("When she opposed …, it was …"). */
const FRONTED = /^[\s“"‘(]*(?:(?:and|but|so)\s+)?(?:when|whenever|if|although|though|while|as|because|since|unless|after|before|once|until|whether|even\s+(?:if|though))\s/i

/**
 * The find with its content cut where the report ends before the rest of the sentence (measured on PolNeAR train;
 * each cut is kept only when it moves the scorer, see the test table):
 * - a cue inside a fronted adverbial clause reports up to the comma that closes the clause ("When she publicly
 *   opposed Obama’s trade pact, it was a clear victory": "Obama’s trade pact"; the main clause is the author's);
 * - a to-infinitive ends before an appositive about its object ("pledged to repeal the Hyde Amendment, a
 *   longstanding federal provision …": "to repeal the Hyde Amendment").
 * `w` are the words of the stretch the find was read in, `from` its start.
 */
export function endReport(text: string, w: Span[], from: number, find: IndirectFind): IndirectFind {
  const c = find.content
  if (c.start < find.cue.end) return find
  let k = 0
  while (k < w.length && w[k].start < c.start) k++
  const cutAt = (j: number): IndirectFind => {
    const end = w[j].start
    return { ...find, content: { text: text.slice(c.start, end), start: c.start, end } }
  }
  const head = text.slice(from, find.cue.start)
  if (FRONTED.test(head) && !head.includes(',')) {
    for (let j = k + 1; j < w.length && w[j].start < c.end; j++) if (w[j].text === ',') return cutAt(j)
    return find
  }
  if (w[k]?.text.toLowerCase() === 'to') {
    for (let j = k + 2; j + 1 < w.length && w[j + 1].start < c.end; j++) {
      if (w[j].text === ',' && /^(?:a|an|the)$/i.test(w[j + 1].text)) return cutAt(j)
    }
  }
  return find
}

/** Words that open a phrase of place, time or manner rather than what was said ("said in December"). */
const ADJUNCT = /^(?:in|during|at|by|late|early|via|through|amid|before|after|while|from|with|over|under|outside|inside)$/i

/**
 * True when the words from `k` to the sentence end are a short phrase of place, time, manner or agent ("said in
 * an interview on ABC News.", "reported late Thursday.", "was criticized by economists."), not reported content.
 */
export function isAdjunctOnly(w: Span[], k: number): boolean {
  return ADJUNCT.test(w[k].text) && w.length - k <= 12 && !w.slice(k + 1).some((x) => /^(?:that|,|;)$/i.test(x.text))
}

/** True when the words from `k` on are only whom a report was told to ("…, a spokesman told The Wall Street
 *  Journal.") or what was compared ("compared with 41 percent"): at most six words, no clause. */
export function isHearerOnly(w: Span[], k: number): boolean {
  return w.length - k <= 6 && !w.slice(k).some((x) => /^(?:that|is|was|are|were|has|have|had|will|would)$/i.test(x.text))
}
