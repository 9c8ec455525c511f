import type { Block, QuoteKind } from '../../types.js'
import type { Attribution } from './attributeRegion.js'
import { lastCue } from './findCue.js'
import { isSpace } from './isSpace.js'
import { readPhrase } from './readPhrase.js'
import { readClauseSubject } from './readClauseSubject.js'
import { readSubjectBefore } from './readSubjectBefore.js'
import type { QuoteRegion } from './scanQuoteMarks.js'
import { wordsIn } from './wordsIn.js'

interface Found {
  region: QuoteRegion
  kind: QuoteKind
  attribution: Attribution | null
}

/**
 * Fills in quotations that have no cue of their own (after O'Keefe et al. 2012, "A Sequence Labelling Approach
 * to Quote Attribution"): the parts of a multi-paragraph quotation share one speaker; a quotation takes the
 * speaker of another quotation in its paragraph (the one before, else after); a paragraph that opens with a
 * quotation continues the speaker of the previous paragraph, or the subject of a paragraph ending with a colon
 * ("McCrummen reports:"). Returns the attributions in the order given.
 */
export function continueSpeakers(text: string, blocks: Block[], found: Found[]): (Attribution | null)[] {
  const out = found.map((f) => f.attribution)
  for (let i = 0; i < found.length; i++) {
    let j = i
    while (j + 1 < found.length && !found[j].region.closed && found[j + 1].region.continues) j++
    if (j > i) {
      const shared = out.slice(i, j + 1).find(Boolean) ?? null
      for (let k = i; k <= j; k++) out[k] ??= shared
      i = j
    }
  }
  for (let i = 0; i < found.length; i++) {
    if (out[i]) continue
    const block = found[i].region.block
    for (let k = i - 1; k >= 0 && found[k].region.block === block && !out[i]; k--) out[i] = out[k]
    for (let k = i + 1; k < found.length && found[k].region.block === block && !out[i]; k++) out[i] = found[k].attribution
  }
  for (let i = 0; i < found.length; i++) {
    if (out[i]) continue
    const r = found[i].region
    const b = blocks[r.block]
    if (r.open > b.start) {
      out[i] = earlierInParagraph(text, b.start, r.open)
      continue
    }
    const next = blocks[r.block + 1]
    if (next && /^[-—–―]\s*\p{Lu}/u.test(next.text)) {
      const w = wordsIn(text, next.start, Math.min(next.end, next.start + 80))
      let k = 1
      while (k < w.length && !/^[,.;:(]$/.test(w[k].text) && k < 8) k++
      const ref = readPhrase(w.slice(1, k))
      if (ref?.form === 'name') {
        out[i] = { ref, cue: { text: w[0].text, start: w[0].start, end: w[0].end } }
        continue
      }
    }
    const prevBlock = blocks[r.block - 1]
    if (!prevBlock || prevBlock.kind !== 'paragraph') continue
    if (text[prevBlock.end - 1] === ':') out[i] = colonSubject(text, prevBlock)
    if (out[i]) continue
    for (let k = i - 1; k >= 0 && found[k].region.block >= r.block - 1 && !out[i]; k--) out[i] = out[k]
    // A quote-only paragraph after a paragraph about someone ("Valastro praised Christie's leadership. ¶ “We need …”").
    if (!out[i] && !found.some((f) => f.region.block === r.block - 1)) {
      out[i] = earlierInParagraph(text, prevBlock.start, prevBlock.end)
      if (!out[i]) {
        const ref = readClauseSubject(text, sentenceStartBefore(text, prevBlock.start, prevBlock.end), prevBlock.end)
        if (ref && (ref.form === 'name' || ref.form === 'pronoun') && !ref.isOrg) out[i] = { ref, cue: null }
      }
    }
  }
  return out
}

/** The subject of the last cue in the paragraph before a quotation ("Khan says she got a call. “She called me …”"). */
function earlierInParagraph(text: string, start: number, open: number): Attribution | null {
  const from = Math.max(start, open - 400)
  const w = wordsIn(text, from, open)
  const cue = lastCue(w)
  if (!cue) return null
  const ref = readSubjectBefore(text, cue.span.start, from) ?? readClauseSubject(text, sentenceStartBefore(text, from, cue.span.start), cue.span.start)
  return ref && ref.form !== 'nominal' ? { ref, cue: { text: text.slice(cue.span.start, cue.span.end), start: cue.span.start, end: cue.span.end } } : null
}

/** Who introduces the quotation after a paragraph ending with a colon ("Trump wrote on Twitter:"). */
function colonSubject(text: string, b: Block): Attribution | null {
  const from = Math.max(b.start, sentenceStartBefore(text, b.start, b.end - 1))
  const w = wordsIn(text, from, b.end - 1)
  const cue = lastCue(w)
  const ref = cue ? readSubjectBefore(text, cue.span.start, from) ?? readClauseSubject(text, from, cue.span.start) : readClauseSubject(text, from, b.end - 1)
  const colon = { text: ':', start: b.end - 1, end: b.end }
  return ref ? { ref, cue: cue ? { text: text.slice(cue.span.start, cue.span.end), start: cue.span.start, end: cue.span.end } : colon } : null
}

function sentenceStartBefore(text: string, floor: number, at: number): number {
  for (let i = at - 1; i > floor && at - i < 400; i--) {
    const p = text.charCodeAt(i - 1)
    if ((p === 46 || p === 33 || p === 63) && isSpace(text.charCodeAt(i)) && isUpperAt(text, i + 1)) return i + 1
  }
  return Math.max(floor, at - 400)
}

const UPPER = /\p{Lu}/u

/** True when the code unit text[i] is an upper-case letter (false past the end); ASCII by code. */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return c >= 65 && c <= 90
  return c === c && UPPER.test(text[i])
}
