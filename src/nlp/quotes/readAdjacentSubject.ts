import { AUXILIARIES, BOUNDARY_WORDS, isMark } from './clauseWords.js'
import { CUE_FORMS } from './cueWords.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { wordsIn } from './wordsIn.js'

/** The longest phrase read back from a cue. */
const MAX = 5
/** "those surveyed", "voters polled": respondents named by a participle. */
const RESPONDENTS = /^(?:those|voters|people|respondents|adults|americans|democrats|republicans|residents|others)\s+(?:surveyed|polled|questioned|interviewed|asked|sampled)$/i

/** Words that do not open a subject ("of campaign Ayotte"). */
const LEADING = /^(?:of|for|to|in|on|at|with|by|from|about|into|than|is|are|was|were|do|does|did|can|could|would|will)$/i

/**
 * The few words right before a cue that name someone, when no whole subject could be read ("This is not the
 * kind of campaign Ayotte hoped …", "Again, those surveyed said …"): the longest run of at most five words back to
 * a mark or a clause word that reads as a name, a pronoun or a description. Null when none does.
 */
export function readAdjacentSubject(text: string, cueStart: number, floor: number): SpeakerRef | null {
  const w = wordsIn(text, Math.max(floor, cueStart - 120), cueStart)
  let end = w.length
  while (end > 0 && AUXILIARIES.has(w[end - 1].text.toLowerCase())) end--
  let from = end
  while (from > 0 && end - from < MAX) {
    const t = w[from - 1].text
    if (t === ',' || isMark(t) || BOUNDARY_WORDS.has(t.toLowerCase()) || CUE_FORMS.has(t.toLowerCase())) break
    from--
  }
  for (let s = from; s < end; s++) {
    const words = w.slice(s, end)
    if (RESPONDENTS.test(words.map((x) => x.text).join(' '))) {
      return { mention: { text: '', start: words[0].start, end: words[words.length - 1].end }, form: 'nominal', name: null, nameStart: -1, title: null, gender: null, isOrg: false, isPlural: true }
    }
    if (LEADING.test(words[0].text)) continue
    const ref = readPhrase(words)
    if (ref) return ref
  }
  return null
}

