import { MAX_WORDS, REACH, isVerbLike } from './clauseWords.js'
import { DETERMINERS, SOURCE_NOUNS, TITLE_WORDS } from './nameWords.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { isCapitalized, wordsIn } from './wordsIn.js'

/**
 * The subject of the sentence or clause starting at `from`, for participles and colons ("Taro Kono was more
 * blunt, saying …", "The piece used one of her quotes as its headline: “…”"). Skips an opening conjunction or
 * a leading adverbial ending in a comma ("On Tuesday, …", "Arriving upon the scene, police …").
 */
export function readClauseSubject(text: string, from: number, to: number, loose = false): SpeakerRef | null {
  const w = wordsIn(text, from, Math.min(to, from + REACH))
  let i = 0
  while (i < w.length && /^(?:[“"'‘(]|''|But|And|So|Yet|Still|Then|Now|Also|However|Meanwhile)$/.test(w[i].text)) i++
  for (let hop = 0; hop < 3 && i < w.length && (/^(?:on|in|at|after|before|during|when|while|asked|speaking|earlier|later|last|since|although|though|as|despite|for|with|over|under|from|like|unlike|yesterday|today|tonight|here|there|instead|still|meanwhile|however|indeed|now|then|if|because|once|until|according|in|writing|appearing|responding|addressing|campaigning|referring|throughout|amid|among|following|within|without|through|across|by|to|toward|towards|beyond|behind|around|against)$/i.test(w[i].text) || /^\p{Lu}\p{Ll}+ing$/u.test(w[i].text)); hop++) {
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
