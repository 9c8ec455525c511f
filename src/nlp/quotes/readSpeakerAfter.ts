import { MAX_WORDS, REACH, isClauseStart, isMark, isTimeWord } from './clauseWords.js'
import { DETERMINERS, SOURCE_NOUNS, TITLE_WORDS } from './nameWords.js'
import { join } from './nameRun.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { isCapitalized, wordsIn } from './wordsIn.js'

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
  while (k < w.length && k - i < MAX_WORDS && !isMark(w[k].text) && w[k].text !== ',' && !(k > i && isClauseStart(w[k].text, w[k - 1].text))) k++
  let read = k > i ? readPhrase(w.slice(i, k), true) : null
  if (read && read.form !== 'name' && nameOnly) {
    // "said master of ceremonies Asab Al-Tabchi": the name closing the phrase.
    let n = k
    while (n > i && isCapitalized(w[n - 1].text)) n--
    read = n < k ? readPhrase(w.slice(n, k)) : null
  }
  const ref = nameOnly && read?.form !== 'name' ? null : read
  if (ref && ref.form === 'nominal' && w[k]?.text === ',') {
    let m = k + 1
    while (m < w.length && isCapitalized(w[m].text)) m++
    if (m > k + 1 && (m === w.length || /^[,.;]$/.test(w[m].text))) {
      const named = readPhrase(w.slice(k + 1, m))
      if (named?.form === 'name') return { ...named, mention: { text: '', start: w[i].start, end: join(w.slice(m - 1, m)).end } }
    }
  }
  return ref
}
