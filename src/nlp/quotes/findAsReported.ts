import type { Span } from '../../types.js'
import { AUXILIARIES, isMark } from './clauseWords.js'
import type { IndirectFind } from './findIndirect.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'

/** The word (lower-cased) a stretch must hold for findAsReported to find anything. */
export const AS_WORDS: readonly string[] = ['as']
/** Cues of an "as X reported" clause. */
const CUE = /^(?:said|says|reported|reports|noted|notes|wrote|writes|explained|explains|observed|argued|argues|suggested|predicted|warned|pointed|put|told|tweeted|detailed|documented|revealed)$/
/** Words that may follow the cue before the clause's comma ("as The Times reported on Saturday,"). */
const AFTER_CUE = /^(?:out|it|on|in|at|last|this|earlier|recently|previously|first|then|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|\d{4}|a|an|the|his|her|its|their|statement|interview|report|column|piece|post|story|blog|op-ed|tweet|letter|book)$/

/**
 * Reports framed by an "as" clause (PolNeAR marks the main clause as the content): "As The Washington Post
 * reported, even if Sanders managed to split delegates …", "But as Clyburn noted, those voters will give Sanders a
 * second look", "As reported by Western Journalism, last year Seattle became …", and at the end "…, as the
 * Times reported." `w` are the words of one stretch of a sentence, ending at `end` (trimmed); linear in `w`.
 */
export function findAsReported(text: string, w: Span[], end: number): IndirectFind[] {
  for (let a = 0; a < w.length; a++) {
    if (w[a].text !== 'As' && w[a].text !== 'as') continue
    const opens = a === 0 || (a === 1 && /^(?:But|And|Yet|So)$/.test(w[0].text))
    const closes = a > 2 && w[a - 1].text === ','
    if (!opens && !closes) continue
    const shape = readAsClause(w, a)
    if (!shape) continue
    const { cue, ref, comma } = shape
    if (opens && comma > 0 && comma + 1 < w.length && end - w[comma + 1].start > 8) {
      return [{ content: span(text, w[comma + 1].start, end), ref, cue: w[cue], rule: 'as-reported' }]
    }
    // "…, as the Times reported." ends the sentence: the report is all before it.
    if (closes && comma < 0 && w[a - 1].start - w[0].start > 8) return [{ content: span(text, w[0].start, w[a - 1].start), ref, cue: w[cue], rule: 'as-reported' }]
  }
  return []
}

/** The cue, the source and the comma closing the clause (-1 when it runs to the end) of "as X reported" at `a`. */
function readAsClause(w: Span[], a: number): { cue: number; ref: SpeakerRef | null; comma: number } | null {
  let cue = -1
  let ref: SpeakerRef | null = null
  if (/^(?:reported|noted|first|previously)$/.test(w[a + 1]?.text ?? '')) {
    // "As reported by Western Journalism," / "As first reported by …".
    const by = w.findIndex((x, k) => k > a && k <= a + 3 && x.text === 'by')
    if (by < 0) return null
    cue = w[a + 1].text === 'first' || w[a + 1].text === 'previously' ? a + 2 : a + 1
    let k = by + 1
    while (k < w.length && k - by <= 10 && w[k].text !== ',' && !isMark(w[k].text)) k++
    ref = k > by + 1 ? readPhrase(w.slice(by + 1, k), true) ?? describe(w[by + 1], w[k - 1]) : null
    if (!ref) return null
    return { cue, ref, comma: w[k]?.text === ',' ? k : -1 }
  }
  let k = a + 1
  while (k < w.length && k - a <= 10 && !CUE.test(w[k].text) && w[k].text !== ',' && !isMark(w[k].text)) k++
  if (k >= w.length || !CUE.test(w[k].text) || k === a + 1) return null
  cue = k
  let s = k - 1
  while (s > a && AUXILIARIES.has(w[s].text.toLowerCase())) s--
  if (s === a) return null
  ref = readPhrase(w.slice(a + 1, s + 1), true) ?? describe(w[a + 1], w[s])
  let c = k + 1
  while (c < w.length && c - k <= 6 && AFTER_CUE.test(w[c].text)) c++
  if (c >= w.length || /^[.!?]$/.test(w[c].text)) return { cue, ref, comma: -1 }
  return w[c].text === ',' ? { cue, ref, comma: c } : null
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end }
}

function describe(first: Span, last: Span): SpeakerRef {
  const mention = { text: '', start: first.start, end: last.end - (/\.$/.test(last.text) ? 1 : 0) }
  return { mention, form: 'nominal', name: null, nameStart: -1, title: null, gender: null, isOrg: false, isPlural: /s$/.test(last.text) }
}
