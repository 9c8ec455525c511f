import type { Span } from '../../types.js'
import type { IndirectFind } from './findIndirect.js'

/** Participles of speech that may follow a quotation's closing comma. */
const PARTICIPLE = /^(?:saying|claiming|noting|adding|arguing|suggesting|insisting|warning|explaining|predicting|asserting|contending|maintaining|acknowledging|admitting|stressing|arguing|implying|declaring|announcing|promising|vowing|charging|complaining|conceding|recalling|signaling|signalling|hinting)$/

/**
 * A participle of speech opening the stretch right after a quotation's closing comma ("Trump insisted that he has
 * “expanded the Republican party,” claiming that he is responsible for higher voter turnout …"), as a find whose
 * content runs from after the cue (and "that") to `end`; its speaker is left to reportBesideQuotation. Null when
 * the stretch opens otherwise or the clause has fewer than three words. `w` are the words of the stretch, which
 * starts at `stretchStart`.
 */
export function participleAfterQuotation(text: string, w: Span[], sentenceStart: number, stretchStart: number, end: number): { finds: IndirectFind[]; next: number } | null {
  if (!w.length || !PARTICIPLE.test(w[0].text) || !/,\s*[”"’']+\s*$/.test(text.slice(Math.max(sentenceStart, stretchStart - 4), stretchStart))) return null
  const k = w[1]?.text === 'that' ? 2 : 1
  if (w.length - k < 3 || /^[,.;:!?]$/.test(w[k].text) || end <= w[k].start) return null
  const cue = { text: w[0].text, start: w[0].start, end: w[0].end }
  return { finds: [{ content: { text: text.slice(w[k].start, end), start: w[k].start, end }, ref: null, cue, rule: 'beside-participle' }], next: k + 1 }
}
