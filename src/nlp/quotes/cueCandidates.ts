import type { CueLexicon, IndirectToken } from './indirectFeatures.js'

/** A token that may be the cue of a reported-speech span, with the features the cue linker scores. */
export interface CueCandidate {
  /** Index of the cue's first token; `size` tokens ("according to" is two). */
  index: number
  size: number
  features: string[]
}

/** Candidates further than this many tokens from the span are not considered. */
const REACH = 25

function strength(p: number | undefined): string {
  return p === undefined ? 'none' : p >= 0.5 ? 'hi' : p >= 0.2 ? 'mid' : p >= 0.05 ? 'lo' : 'none'
}

function dist(d: number): string {
  return d <= 1 ? '1' : d === 2 ? '2' : d <= 4 ? '3-4' : d <= 8 ? '5-8' : d <= 16 ? '9-16' : '17+'
}

/**
 * The words of a sentence that could be the cue of the reported-speech span of tokens [first, last]: words of
 * the learned cue lexicon and "according to", before or after the span, with features for the linker (side,
 * distance, cue strength and word, commas and other cues between, "that"/"to" after the cue, adjacency).
 */
export function cueCandidates(tokens: IndirectToken[], first: number, last: number, lexicon: CueLexicon): CueCandidate[] {
  const lower = (i: number) => tokens[i]?.text.toLowerCase().replace(/['’]s$/, '') ?? ''
  const out: CueCandidate[] = []
  const scan = (side: 'L' | 'R') => {
    let commas = 0, cues = 0, stops = 0
    const step = side === 'L' ? -1 : 1
    for (let i = side === 'L' ? first - 1 : last + 1, d = 1; i >= 0 && i < tokens.length && d <= REACH; i += step, d++) {
      const l = lower(i)
      if (l === ',') commas++
      if (/^[.;!?:]$/.test(l)) stops++
      const according = l === 'according' && lower(i + 1) === 'to'
      const p = lexicon.get(l)
      const s = according ? 'acc' : strength(p)
      if (s === 'none') continue
      const next = lower(i + (according ? 2 : 1))
      const gap = side === 'L' ? first - i - (according ? 2 : 1) : i - last - 1
      const f = [
        'bias', `side=${side}`, `d=${side}${dist(d)}`, `s=${side}${s}`, `s&d=${s}${dist(d)}${side}`, `word=${l}`, `word&side=${l}${side}`,
        `commas=${side}${Math.min(commas, 2)}`, `cuesBetween=${side}${Math.min(cues, 2)}`, `stops=${Math.min(stops, 1)}`,
        `next=${next === 'that' || next === 'to' || next === ',' ? next : 'other'}&${side}`, `gap0=${gap === 0}&${side}`,
        `cap=${/^\p{Lu}/u.test(tokens[i].text)}`, `firstCue=${cues === 0}&${side}&${s}`,
      ]
      out.push({ index: i, size: according ? 2 : 1, features: f })
      cues++
    }
  }
  scan('L')
  scan('R')
  return out
}
