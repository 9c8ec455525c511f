import type { Span } from '../../types.js'
import { AUXILIARIES, BOUNDARY_WORDS, isMark, isTimeWord, isVerbLike } from './clauseWords.js'
import type { SpeakerRef } from './readPhrase.js'

/** Words that open no subject: prepositions, adverbs, verbs, dummy subjects. */
const NOT_FIRST = /^(?:in|on|at|to|for|with|by|from|of|during|over|under|into|do|does|did|having|being|there|it|this|here|not|no|\p{Ll}+ly)$/iu
/** The longest described subject, in words. */
const MAX_DESCRIBED = 10

/**
 * The words before the cue at `i` back to the clause start, as a description, when they read as no name or known
 * description but as a plain noun phrase ("About 4 in 10 said", "75 percent of Democrats said", "Most analysts
 * say"); null when there are none or when they hold a verb. Auxiliaries and adverbs before the cue are skipped.
 */
export function readDescribedSubject(w: Span[], i: number): SpeakerRef | null {
  let end = i - 1
  while (end >= 0 && (AUXILIARIES.has(w[end].text.toLowerCase()) || /^\p{Ll}+ly$/u.test(w[end].text) || isTimeWord(w[end].text))) end--
  // "voters who said …": the relative word stands for its antecedent.
  if (end >= 0 && /^(?:who|which|that)$/.test(w[end].text)) {
    // The mention spans the antecedent's last words too ("those voters who said"), up to three of them.
    let a = end
    while (a > 0 && end - a < 3 && /^[\p{L}\p{N}]/u.test(w[a - 1].text) && !BOUNDARY_WORDS.has(w[a - 1].text.toLowerCase()) && !NOT_FIRST.test(w[a - 1].text)) a--
    return describe(w[a], w[end], false)
  }
  let k = end
  while (k >= 0 && end - k < MAX_DESCRIBED && w[k].text !== ',' && !isMark(w[k].text) && !BOUNDARY_WORDS.has(w[k].text.toLowerCase())) {
    if (isVerbLike(w[k].text) || /^\p{Ll}+['’]\p{Ll}+$/u.test(w[k].text)) return null
    k--
  }
  if (k === end || end - k >= MAX_DESCRIBED || !/^[\p{L}\p{N}]/u.test(w[k + 1].text) || NOT_FIRST.test(w[k + 1].text)) return null
  return describe(w[k + 1], w[end], /s$/.test(w[end].text))
}

function describe(first: Span, last: Span, isPlural: boolean): SpeakerRef {
  const mention = { text: '', start: first.start, end: last.end - (/\.$/.test(last.text) ? 1 : 0) }
  return { mention, form: 'nominal', name: null, nameStart: -1, title: null, gender: null, isOrg: false, isPlural }
}
