import { AUXILIARIES, BOUNDARY_WORDS, MAX_WORDS, REACH, isAppositive, isMark, isVerbLike } from './clauseWords.js'
import { CUE_FORMS } from './cueWords.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { wordsIn } from './wordsIn.js'

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
    while (j >= 0 && w[j].text !== ',' && !isMark(w[j].text)) j--
    const seg = w.slice(j + 1, end + 1)
    if (j <= 0 || w[j].text !== ',') {
      if (atComma) i--
      break
    }
    if ((atComma || /\.$/.test(seg[0]?.text ?? '')) && seg.length === 1 && /^\p{Lu}/u.test(seg[0].text) && hops < 4) {
      i = j
      continue
    }
    // "Cyber security experts and U.S. officials, however, said": a sentence adverb between commas.
    if (atComma && isSentenceAdverb(seg) && j > 0) {
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
    if (t === ',' || isMark(t) || BOUNDARY_WORDS.has(t.toLowerCase()) || (k < i && CUE_FORMS.has(t))) break
    k--
  }
  const read = i > k ? readPhrase(w.slice(k + 1, i + 1), loose) : null
  const ref = read?.form === 'nominal' && named ? { ...named, mention: { text: '', start: read.mention.start, end: named.mention.end } } : read
  return ref && relative ? { ...ref, mention: { text: '', start: relative.start, end: relative.end } } : ref
}

/** Sentence adverbs that may stand between commas after a subject ("officials, however, said"). */
const SENTENCE_ADVERB = /^(?:however|though|too|meanwhile|instead|indeed|moreover|furthermore|nevertheless|nonetheless|surprisingly enough|in turn|for example|for instance|in fact|of course|at least|in particular|perhaps|apparently|similarly|likewise|ironically|notably|in response|in addition|for (?:his|her|their|its) part|in the end|at the time|so far|by contrast|in contrast|as well|as usual|once again|not surprisingly|predictably)$/i

function isSentenceAdverb(seg: { text: string }[]): boolean {
  return seg.length > 0 && seg.length <= 3 && SENTENCE_ADVERB.test(seg.map((x) => x.text).join(' '))
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
