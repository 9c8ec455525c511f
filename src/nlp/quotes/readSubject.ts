import type { Span } from '../../types.js'
import { CUE_FORMS } from './cueWords.js'
import { DETERMINERS, SOURCE_NOUNS, TITLE_WORDS } from './nameWords.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { bare, isCapitalized, wordsIn } from './wordsIn.js'

/** How far back or ahead (UTF-16 units) a subject or speaker phrase is looked for. */
const REACH = 240
const MAX_WORDS = 12
const BOUNDARY_WORDS = new Set(('that and but while because when as if where after before so though although since ' +
  'which who whom whose than or until unless whereas whether what how why nor yet like').split(' '))
const AUXILIARIES = new Set(('also has had have would will did does was is were are could can may might should must ' +
  'later then previously recently once again repeatedly often finally simply publicly privately flatly bluntly ' +
  'separately earlier reportedly allegedly already further even just never ever first not subsequently ' +
  'angrily sharply jokingly tersely quickly quietly proudly openly defiantly').split(' '))
const MARKS = /^[“”"‘’'«»„:;()\[\]—–!?.]$|^--$|^''$/

/**
 * Reads the subject of the cue verb starting at `cueStart`, looking back no further than `floor`: skips
 * auxiliaries and adverbs ("also", "has"), appositives between commas ("Sen. Claire McCaskill (D-Mo.), who has
 * endorsed Clinton, said"; "House Speaker Paul Ryan, R-Wis., said") and parentheses, then takes the words back
 * to a clause boundary (a mark, a conjunction, a relative pronoun). Null when nothing fits.
 */
export function readSubjectBefore(text: string, cueStart: number, floor: number, loose = false): SpeakerRef | null {
  const w = wordsIn(text, Math.max(floor, cueStart - REACH), cueStart)
  let i = w.length - 1
  while (i >= 0 && AUXILIARIES.has(w[i].text.toLowerCase())) i--
  // "Beck, who said …": Beck speaks; the attribution points at "who".
  const relative = i > 1 && /^(?:who|which)$/.test(w[i].text) && w[i - 1].text === ',' ? w[i] : null
  if (relative) i -= 2
  let named: SpeakerRef | null = null
  let hopped = false
  for (let hops = 0; hops < 5 && i > 0; hops++) {
    // At a comma: the segment before it may be an appositive. After a hop: the segment ending here may be another
    // ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said").
    const atComma = w[i].text === ','
    if (!atComma && !hopped) break
    const end = atComma ? i - 1 : i
    let j = end
    while (j >= 0 && w[j].text !== ',' && !MARKS.test(w[j].text)) j--
    const seg = w.slice(j + 1, end + 1)
    if (j <= 0 || w[j].text !== ',') {
      if (atComma) i--
      break
    }
    if ((atComma || /\.$/.test(seg[0]?.text ?? '')) && seg.length === 1 && /^\p{Lu}/u.test(seg[0].text) && hops < 4) {
      i = j
      continue
    }
    if (!isAppositive(seg) || !/^[\p{Lu}\p{N})]|\.$/u.test(w[j - 1].text) || (!atComma && /^\p{Lu}/u.test(seg[0].text))) {
      if (atComma) i--
      break
    }
    const inner = readPhrase(seg)
    if (inner?.form === 'name' && !inner.isOrg && inner.title) named ??= inner
    i = j - 1
    hopped = true
  }
  if (i >= 0 && /^(?:he|she|they|we|i|it)(?:['’](?:s|d|ll|ve|re))?$/i.test(w[i].text)) return readPhrase([w[i]], loose)
  let k = i
  while (k >= 0 && i - k < MAX_WORDS) {
    const t = w[k].text
    if (t === ')') {
      while (k >= 0 && w[k].text !== '(') k--
      k--
      continue
    }
    if (t === ',' || MARKS.test(t) || BOUNDARY_WORDS.has(t.toLowerCase()) || (k < i && CUE_FORMS.has(t))) break
    k--
  }
  const read = i > k ? readPhrase(w.slice(k + 1, i + 1), loose) : null
  const ref = read?.form === 'nominal' && named ? { ...named, mention: { text: '', start: read.mention.start, end: named.mention.end } } : read
  return ref && relative ? { ...ref, mention: { text: '', start: relative.start, end: relative.end } } : ref
}

/**
 * The subject of the nearest clause before `cueStart` that opens with a name or a personal pronoun, for cues
 * coordinated with an earlier verb ("he looked into the camera, furrowed his brow and said, “…”").
 */
export function readNearestSubject(text: string, cueStart: number, floor: number): SpeakerRef | null {
  const w = wordsIn(text, Math.max(floor, cueStart - REACH), cueStart)
  for (let i = w.length - 2; i >= 0; i--) {
    if (i > 0 && w[i - 1].text !== ',' && !BOUNDARY_WORDS.has(w[i - 1].text.toLowerCase())) continue
    let k = i
    while (k < w.length && k - i < 6 && !isVerbLike(w[k].text)) k++
    if (k === i || k >= w.length) continue
    const ref = readPhrase(w.slice(i, k))
    if (ref && (ref.form === 'pronoun' || ref.form === 'name') && !ref.isOrg) return ref
  }
  return null
}

/**
 * Reads the speaker named after a cue ("said Steve Duprey, a Republican National Committee member", "according
 * to the news agency Tass"): the words up to the next mark; for a description followed by a name in commas
 * ("a commentary in the party newspaper, Rodong Sinmun,") the name is taken.
 */
export function readSpeakerAfter(text: string, cueEnd: number, ceil: number): SpeakerRef | null {
  const w = wordsIn(text, cueEnd, Math.min(ceil, cueEnd + REACH))
  let i = 0
  while (i < w.length && isTimeWord(w[i].text)) i++
  const lw = w[i]?.text.toLowerCase() ?? ''
  const nameOnly = i < w.length && !isCapitalized(w[i].text) && !DETERMINERS.has(lw) && !TITLE_WORDS.has(lw) && !SOURCE_NOUNS.has(lw)
  if (nameOnly && !/^[\p{N}\p{Ll}]/u.test(lw)) return null
  let k = i
  while (k < w.length && k - i < MAX_WORDS && !MARKS.test(w[k].text) && w[k].text !== ',' && !(k > i && isClauseStart(w[k].text, w[k - 1].text))) k++
  const read = k > i ? readPhrase(w.slice(i, k), true) : null
  const ref = nameOnly && read?.form !== 'name' ? null : read
  if (ref && ref.form === 'nominal' && w[k]?.text === ',') {
    let m = k + 1
    while (m < w.length && isCapitalized(w[m].text)) m++
    if (m > k + 1 && (m === w.length || /^[,.;]$/.test(w[m].text))) {
      const named = readPhrase(w.slice(k + 1, m))
      if (named?.form === 'name') return { ...named, mention: { text: '', start: w[i].start, end: w[m - 1].end } }
    }
  }
  return ref
}

/**
 * The subject of the sentence or clause starting at `from`, for participles and colons ("Taro Kono was more
 * blunt, saying …", "The piece used one of her quotes as its headline: “…”"). Skips an opening conjunction or
 * a leading adverbial ending in a comma ("On Tuesday, …").
 */
export function readClauseSubject(text: string, from: number, to: number, loose = false): SpeakerRef | null {
  const w = wordsIn(text, from, Math.min(to, from + REACH))
  let i = 0
  while (i < w.length && /^(?:[“"'‘(]|''|But|And|So|Yet|Still|Then|Now|Also|However|Meanwhile)$/.test(w[i].text)) i++
  for (let hop = 0; hop < 3 && i < w.length && /^(?:on|in|at|after|before|during|when|while|asked|speaking|earlier|later|last|since|although|though|as|despite|for|with|over|under|from|like|unlike|yesterday|today|tonight|here|there|instead|still|meanwhile|however|indeed|now|then|if|because|once|until|according|in|writing|appearing|responding|addressing|campaigning|referring)$/i.test(w[i].text); hop++) {
    let c = i
    while (c < w.length && w[c].text !== ',' && c - i < 15) c++
    if (w[c]?.text !== ',') return null
    i = c + 1
    // "At a rally in Portsmouth, N.H., on Tuesday, Sanders …": places and times after the first comma.
    while (i < w.length) {
      let d = i
      while (d < w.length && w[d].text !== ',' && d - i < 4) d++
      if (w[d]?.text !== ',' || !(d - i === 1 && /^\p{Lu}/u.test(w[i].text) || /^(?:on|in|at|last|this)$/i.test(w[i].text))) break
      i = d + 1
    }
  }
  let k = i
  let headSeen = false
  while (k < w.length && k - i < MAX_WORDS && !isVerbLike(w[k].text)) {
    const t = w[k].text, l = t.toLowerCase()
    if (headSeen && !isCapitalized(t) && l !== 'of' && !SOURCE_NOUNS.has(l) && !TITLE_WORDS.has(l)) break
    if ((isCapitalized(t) && !DETERMINERS.has(l)) || SOURCE_NOUNS.has(l) || /^(?:he|she|they|we|i)$/.test(l)) headSeen = true
    k++
  }
  const ref = k > i ? readPhrase(w.slice(i, k), loose) : null
  if (ref?.form === 'nominal' && w[k]?.text === ',') {
    // "Another critic, Laurence H. Tribe, likened …": the name in commas after a description.
    let m = k + 1
    while (m < w.length && isCapitalized(w[m].text) && m - k < 6) m++
    const named = m > k + 1 && w[m]?.text === ',' ? readPhrase(w.slice(k + 1, m)) : null
    if (named?.form === 'name') return named
  }
  return ref
}

function isVerbLike(t: string): boolean {
  const l = t.toLowerCase()
  return t === ',' || MARKS.test(t) || CUE_FORMS.has(l) || AUXILIARIES.has(l) || BOUNDARY_WORDS.has(l) ||
    (!isCapitalized(t) && /(?:ed|ing)$/.test(l) && l.length > 4)
}

/** A word that opens a new clause after a speaker ("said X when asked", "says a source involved in …"). */
function isClauseStart(t: string, prev: string): boolean {
  return /^(?:when|while|as|after|before|because|who|which|whose|during|if|since|though|although|that|where|and|but)$/.test(t) ||
    (!isCapitalized(t) && /(?:ed|ing)$/.test(t) && t.length > 4 && (isCapitalized(prev) || SOURCE_NOUNS.has(prev.toLowerCase())))
}

function isAppositive(seg: Span[]): boolean {
  if (!seg.length || seg.length > 25) return false
  const first = seg[0].text
  if (/^(?:after|before|in|at|on|during|with|without|speaking|asked|when|like|from|for|by|according|then|now|once|earlier|later)$/.test(first)) return true
  if (/^[RDI]-/.test(first) || /^\d/.test(first)) return true
  if (seg.length === 1 && /^[A-Z][a-z]*\.$/.test(first)) return true
  if (/['’]s?$/.test(first) || DETERMINERS.has(first.toLowerCase())) return seg.some((x) => SOURCE_NOUNS.has(x.text.toLowerCase()) || TITLE_WORDS.has(x.text.toLowerCase()))
  return !isCapitalized(first) && !BOUNDARY_WORDS.has(first) || /^(?:who|which|whose)$/.test(first)
}

function isTimeWord(t: string): boolean {
  return /^(?:on|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|night|morning|afternoon|evening|earlier|later|recently|previously)$/.test(t)
}

