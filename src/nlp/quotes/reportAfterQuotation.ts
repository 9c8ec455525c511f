import type { Span } from '../../types.js'
import { beforeAuxiliaries } from './clauseWords.js'
import type { IndirectFind } from './findIndirect.js'
import { opensClause } from './opensClause.js'
import { SPEECH } from './readBareSpeech.js'
import { readClauseSubject } from './readClauseSubject.js'

/**
 * A report found after a quotation in the same sentence, kept when it stands on its own rather than being the
 * quotation's attribution ("“…,” he said in a statement."), else null. It stands when its cue is coordinated
 * with an earlier verb ("called Clinton “crooked” and said she …"; its subject opens the sentence), is a
 * participle after a comma ("“…,” she said, noting he had …"; its subject is that of the clause after the
 * quotation), or is followed by "that" ("…,” who added that …"), or is a verb of speech followed by a subject
 * pronoun ("…” and mishandled classified information, he said there’s no precedent …"; right after the quotation
 * the subject is before it: "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe …"). Only forward
 * reports (content after the cue).
 * `w` are the words of the stretch after the quotation, which starts at `stretchStart`.
 */
export function reportAfterQuotation(text: string, w: Span[], find: IndirectFind, sentenceStart: number, stretchStart: number): IndirectFind | null {
  if (find.content.start < find.cue.end) return null
  const i = w.findIndex((x) => x.start === find.cue.start)
  if (i < 0) return null
  // The stretch may open with the conjunction ("” and has said …").
  const j = beforeAuxiliaries(w, i)
  if (i > 0 && /^(?:and|but)$/.test(w[j].text)) return { ...find, ref: readClauseSubject(text, sentenceStart, find.cue.start, true) ?? find.ref }
  if (i > 0 && w[i].text.endsWith('ing') && w[i - 1].text === ',') return { ...find, ref: readClauseSubject(text, stretchStart, find.cue.start, true) ?? find.ref }
  const k = w.findIndex((x) => x.start === find.content.start)
  if (!(k > 0 && w[k - 1].text.toLowerCase() === 'that') && !(SPEECH.test(find.cue.text) && opensClause(text, find.cue.end))) return null
  // "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe …": the subject is before the quotation.
  return i <= 1 ? { ...find, ref: readClauseSubject(text, sentenceStart, find.cue.start, true) ?? find.ref } : find
}
