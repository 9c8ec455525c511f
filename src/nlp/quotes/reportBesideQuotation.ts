import type { Span } from '../../types.js'
import { beforeAuxiliaries } from './clauseWords.js'
import { STRONG, type IndirectFind } from './findIndirect.js'
import { readClauseSubject } from './readClauseSubject.js'

/**
 * A report after a quotation in its sentence that reportAfterQuotation does not keep but that still stands on its
 * own, else null: a relative clause on the quotation's speaker ("“We show anger,” said Harvey, who acknowledged
 * Trump was his fourth choice …"; the relative word is the speaker) or a participle right after the quotation's
 * closing comma ("Trump insisted that he has “expanded the Republican party,” claiming that he is responsible
 * …"; the speaker is the sentence's subject). Only forward reports (content after the cue). `w` are the words of
 * the stretch after the quotation, which starts at `stretchStart`.
 */
export function reportBesideQuotation(text: string, w: Span[], find: IndirectFind, sentenceStart: number, stretchStart: number): IndirectFind | null {
  if (find.content.start < find.cue.end || !find.ref && !find.cue.text.endsWith('ing')) return null
  const i = w.findIndex((x) => x.start === find.cue.start)
  if (i < 0) return null
  const j = beforeAuxiliaries(w, i)
  if (j >= 2 && /^(?:who|which)$/.test(w[j].text) && w[j - 1].text === ',' && STRONG.test(w[i].text)) return { ...find, rule: 'beside-relative' }
  // The comma closing the quotation sits inside its marks (“…,” claiming …).
  if (i === 0 && w[i].text.endsWith('ing') && /,\s*[”"’']+\s*$/.test(text.slice(Math.max(sentenceStart, stretchStart - 4), stretchStart))) {
    const ref = readClauseSubject(text, sentenceStart, stretchStart, true)
    return ref ? { ...find, ref, rule: 'beside-participle' } : null
  }
  return null
}
