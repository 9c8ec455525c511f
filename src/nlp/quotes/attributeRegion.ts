import type { Span } from '../../types.js'
import { isParticiple } from './cueWords.js'
import { firstCue, lastCue, type Cue } from './findCue.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { readClauseSubject } from './readClauseSubject.js'
import { readSpeakerAfter } from './readSpeakerAfter.js'
import { readNearestSubject, readSubjectBefore } from './readSubjectBefore.js'
import type { QuoteRegion } from './scanQuoteMarks.js'
import { ownerAttribution } from './ownerAttribution.js'
import { transcriptLabel } from './transcriptLabel.js'
import { wordsIn } from './wordsIn.js'

/** The attribution of one quotation: who (as written), the cue, and the offset to resolve pronouns at. */
export interface Attribution {
  ref: SpeakerRef
  cue: Span | null
}

/** Where a quotation sits: its sentence(s) and its neighbours in the same block. */
export interface RegionContext {
  /** Start of the sentence holding the opening mark, or the end of the previous quotation in it if later. */
  before: number
  /** End of the sentence holding the closing mark, or the next opening mark if sooner. */
  after: number
  /** Start of the sentence holding the opening mark. */
  sentenceStart: number
}

const REACH = 240
const DASH = /^(?:—|–|―|-|--)$/

/**
 * Finds who a quotation is attributed to within its sentence, in the order of the sieve of Muzny et al. (2017,
 * "A Two-stage Sieve Approach for Quote Attribution"): a cue right after the quotation ("…,” said X", "…,” X
 * said", "…” — Sen. X", "…,” according to X"), else a cue before it in the sentence ("X said: “…”", "X told
 * reporters that … “…”", "…, saying the North “…”", "according to X, “…”"), else a colon introduction ("The
 * piece used her quote as its headline: “…”"). A quotation that opens its sentence tries the cue after first.
 */
export function attributeRegion(text: string, r: QuoteRegion, ctx: RegionContext): Attribution | null {
  const label = transcriptLabel(text, r)
  if (label) return label
  const opensSentence = !/[\p{L}\p{N}]/u.test(text.slice(ctx.before, r.open))
  if (opensSentence) return trailing(text, r, ctx) ?? leading(text, r, ctx) ?? clauseSubject(text, r, ctx)
  const tight = r.closed && (text[r.close] === ',' || text[r.end - 1] === ',') ? trailing(text, r, ctx) : null
  return tight ?? leading(text, r, ctx) ?? trailing(text, r, ctx) ?? clauseSubject(text, r, ctx)
}

/** Last resort for a fragment inside the author's sentence: the subject of that sentence ("Rubio bemoaned …"). */
function clauseSubject(text: string, r: QuoteRegion, ctx: RegionContext): Attribution | null {
  if (wordsIn(text, ctx.before, r.open).length < 2) return null
  const ref = readClauseSubject(text, ctx.sentenceStart, r.open, true)
  return ref && (ref.form !== 'nominal' || /^(?:the|a|an)\b/i.test(text.slice(ref.mention.start, ref.mention.end))) ? { ref, cue: null } : null
}

function trailing(text: string, r: QuoteRegion, ctx: RegionContext): Attribution | null {
  if (!r.closed) return null
  const w = wordsIn(text, r.close, Math.min(ctx.after, r.close + REACH))
  let i = 0
  while (i < w.length && /^[,.?!]$/.test(w[i].text)) i++
  if (i >= w.length) return null
  if (/\.$/.test(text.slice(r.start, r.end)) && i === 0 && /^\p{Lu}/u.test(w[0].text) && !/^(?:said|says)$/i.test(w[0].text)) return null
  if (DASH.test(w[i].text)) {
    let k = i + 1
    while (k < w.length && !/^[,.;:()]$/.test(w[k].text) && k - i < 8) k++
    const ref = readPhrase(w.slice(i + 1, k))
    return ref && ref.form === 'name' ? { ref, cue: span(text, w[i]) } : null
  }
  const cue = firstCue(w.slice(i), 28)
  if (!cue || w[i + cue.index + cue.size]?.text === ':' || w[i + cue.index + cue.size + 1]?.text === ':') return null
  if (/^[,]$/.test(w[i + cue.index + cue.size]?.text ?? '') && /^[“"«]$|^''$/.test(w[i + cue.index + cue.size + 1]?.text ?? '') &&
    /[.!?]$/.test(text.slice(r.start, r.end))) return null
  if (cue.index === 0) {
    const ref = isParticiple(cue.form) ? null : readSpeakerAfter(text, cue.span.end, ctx.after)
    return ref ? { ref, cue: cueSpan(text, cue) } : null
  }
  const ref = readSubjectBefore(text, cue.span.start, r.close, true)
  if (!ref) return null
  if (ref.mention.start > w[i].start && !closesSentence(text, w, i + cue.index + cue.size, ref)) return null
  return { ref, cue: cueSpan(text, cue) }
}

/** True for a sentence-final attribution after a comma (“… is held accountable, Warren said.”). */
function closesSentence(text: string, w: Span[], afterCue: number, ref: SpeakerRef): boolean {
  const before = w.findIndex((x) => x.start >= ref.mention.start) - 1
  if (before < 0 || w[before].text !== ',' || ref.form === 'nominal') return false
  const rest = w.slice(afterCue)
  return rest.length <= 6 && (rest.length === 0 || /^[.!?]$/.test(rest[rest.length - 1].text) || /\.$/.test(rest[rest.length - 1].text)) &&
    !rest.some((x) => /^[,“"«]$|^''$/.test(x.text))
}

function leading(text: string, r: QuoteRegion, ctx: RegionContext): Attribution | null {
  const w = wordsIn(text, Math.max(ctx.before, r.open - REACH), r.open)
  const owned = ownerAttribution(text, r, w)
  if (owned) return owned
  const cue = lastCue(w)
  if (cue) {
    let ref: SpeakerRef | null
    const inverted = /^\p{Lu}/u.test(w[cue.index].text)
    if (cue.form === 'according to' || inverted) ref = readSpeakerAfter(text, cue.span.end, r.open)
    else if (isParticiple(cue.form)) ref = governingSubject(text, w, cue, ctx)
    else {
      ref = readSubjectBefore(text, cue.span.start, ctx.before) ?? readClauseSubject(text, ctx.sentenceStart, cue.span.start) ??
        readNearestSubject(text, cue.span.start, ctx.before)
    }
    if (ref) return { ref, cue: cueSpan(text, cue) }
  }
  const last = w[w.length - 1]
  if (last?.text === ':') {
    const ref = (/^\p{Lu}/u.test(w[w.length - 2]?.text ?? '') ? readSubjectBefore(text, last.start, ctx.before) : null) ??
      readClauseSubject(text, ctx.sentenceStart, last.start)
    if (ref) return { ref, cue: span(text, last) }
  }
  return null
}

/** The subject a participle hangs on: that of an earlier cue in the sentence ("Spicer said, adding, …"), else the
 *  sentence's subject ("Taro Kono was more blunt, saying …"). */
function governingSubject(text: string, w: Span[], cue: Cue, ctx: RegionContext): SpeakerRef | null {
  const prev = w[cue.index - 1]
  if (prev && /^\p{Lu}/u.test(prev.text)) {
    let k = cue.index - 1
    while (k > 0 && /^\p{Lu}/u.test(w[k - 1].text)) k--
    const named = readPhrase(w.slice(k, cue.index))
    if (named?.form === 'name') return named
  }
  const earlier = lastCue(w.slice(0, cue.index))
  if (earlier && !isParticiple(earlier.form)) {
    const ref = readSubjectBefore(text, earlier.span.start, ctx.sentenceStart)
    if (ref) return ref
  }
  if (earlier?.index === 0 && w.length > 0) return readSpeakerAfter(text, earlier.span.end, cue.span.start)
  return readClauseSubject(text, ctx.sentenceStart, cue.span.start) ?? readSubjectBefore(text, cue.span.start, ctx.before)
}

function cueSpan(text: string, c: Cue): Span {
  return { text: text.slice(c.span.start, c.span.end), start: c.span.start, end: c.span.end }
}

function span(text: string, s: Span): Span {
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end }
}
