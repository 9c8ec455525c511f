import type { Span } from '../../types.js'
import type { Attribution } from './attributeRegion.js'
import { CUE_FORMS } from './cueWords.js'
import { readPhrase } from './readPhrase.js'
import type { QuoteRegion } from './scanQuoteMarks.js'

/** Nouns for what someone said or wrote ("her comment that …"). */
const UTTERANCE = /^(?:comments?|remarks?|statements?|words|claims?|pledges?|promises?|vows?|assertions?|arguments?|warnings?|messages?|speech|tweets?|posts?|letters?|memo|email|answer|response|reply|quip|joke|boast|slogan|declaration)$/

/**
 * The owner of the words right before a quotation, when they name an utterance: a possessive name before a label
 * for one ("Trump's “nuclear button tweet”") or an utterance noun with its owner ("her March comment that, “…”").
 */
export function ownerAttribution(text: string, r: QuoteRegion, w: Span[]): Attribution | null {
  return possessor(text, r, w[w.length - 1]) ?? utteranceOwner(w) ?? claimOwner(w)
}

/** "Donald Trump’s claim that there have been “…”": a possessive name, an utterance noun and "that" open the
 *  clause holding the quotation, with no cue or sentence mark after them. */
function claimOwner(w: Span[]): Attribution | null {
  for (let k = w.length - 1; k >= 2 && k >= w.length - 16; k--) {
    const t = w[k].text
    if (/^[.;!?:“”"]$/.test(t) || CUE_FORMS.has(t.toLowerCase())) return null
    if (t !== 'that' || !UTTERANCE.test(w[k - 1].text) || !/^\p{Lu}[\p{L}.-]*['’]s$/u.test(w[k - 2].text)) continue
    const ref = readPhrase([w[k - 2]])
    return ref?.form === 'name' ? { ref, cue: { text: w[k - 1].text, start: w[k - 1].start, end: w[k - 1].end } } : null
  }
  return null
}

/** A label for an utterance right after a possessive name is that person's words ("Trump's “nuclear button tweet”"). */
function possessor(text: string, r: QuoteRegion, owner: Span | undefined): Attribution | null {
  if (!owner || !/^\p{Lu}[\p{L}.-]*['’]s?$/u.test(owner.text) || !/['’]/.test(owner.text)) return null
  const inner = text.slice(r.start, r.end)
  if (inner.split(/\s+/).length > 4 || !/\b(?:tweets?|remarks?|comments?|speech|statement|slogan|line|vow|pledge|promise|claim|quip|joke|boast|threat|message|post)$/.test(inner)) return null
  const ref = readPhrase([owner])
  return ref?.form === 'name' ? { ref, cue: null } : null
}

/** "her March comment that, “…”", "Trump's statement: “…”": the owner of an utterance noun just before. */
function utteranceOwner(w: Span[]): Attribution | null {
  let k = w.length - 1
  while (k >= 0 && /^(?:that|:|,)$/.test(w[k].text)) k--
  if (k < 1 || !UTTERANCE.test(w[k].text)) return null
  let o = k - 1
  while (o > 0 && o > k - 3 && !/^(?:his|her|their|its)$/i.test(w[o].text) && !/['’]s?$/.test(w[o].text)) o--
  if (!/^(?:his|her|their|its)$/i.test(w[o].text) && !(/['’]s?$/.test(w[o].text) && /^\p{Lu}/u.test(w[o].text))) return null
  const ref = readPhrase([w[o]])
  return ref && (ref.form === 'name' || ref.form === 'pronoun') ? { ref, cue: { text: w[k].text, start: w[k].start, end: w[k].end } } : null
}
