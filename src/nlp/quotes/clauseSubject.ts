import type { Span } from '../../types.js'

/** Forms of "be" (a passive or a judged subject: "was reported by", "is expected to"). */
export const BE = /^(?:is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)$/i
/** Words that open the clause whose subject is read. */
const OPENS = /^(?:[,;:()—–]|that|and|but|when|if|because|while|as|so|since|though|although|whether|where|after|before|until|unless)$/i

/**
 * Where the subject ending just before word `v` starts: back to the clause opening (a comma, "that", "because", …)
 * or the start of `w`, at most `max` words; -1 when there is no subject or the opening lies further back.
 */
export function clauseSubjectStart(w: Span[], v: number, max: number): number {
  let s = v
  while (s > 0 && v - s < max && !OPENS.test(w[s - 1].text)) s--
  return s === v || (s > 0 && !OPENS.test(w[s - 1].text)) ? -1 : s
}
