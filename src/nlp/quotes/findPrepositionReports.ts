import type { Span } from '../../types.js'
import { listOf } from './isListed.js'
import { ownerSubject } from './ownerSubject.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { readSubjectBefore } from './readSubjectBefore.js'

/**
 * Words of saying, thinking or taking a stand, by the preposition that introduces what they are about (PolNeAR's
 * cue phrases "talking about", "critical of", "support for", "focused on", "opposition to", "voted against").
 * Hearers ("spoke to", "talked with") and occasions ("spoke on Tuesday", "campaigned on") are left out.
 */
const HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['about', listOf('talk talks talked talking spoke speak speaks speaking questions question concerns concern concerned ' +
    'doubts worried worries worry comments comment remarks statements statement thinking thought bragged boasted joked ' +
    'wrote written writing write angry upset complained complaining warned warning cares care cared')],
  ['of', listOf('criticism criticisms critical critique accusations allegations views view endorsement mention wary ' +
    'warned warning spoke speaks speaking proud fear fears praise talk question skeptical supportive')],
  ['for', listOf('support vote votes voted voting call calls called calling advocate advocated advocating push pushed ' +
    'pushing praise criticism argued arguing blamed blame')],
  ['on', listOf('attacks attack focus focused focusing focuses views positions position stance comment comments ' +
    'commenting questions criticism call calls called calling remarks')],
  ['to', listOf('referring opposition response respond responded responding point points pointed')],
  ['against', listOf('attacks attack voted vote votes voting campaign campaigned campaigning warned warning argued ' +
    'arguing railed rail protests protest spoke speaking allegations accusations case')],
  ['over', listOf('debate criticism outrage concerns concern fears anger dispute')],
  ['with', listOf('frustration frustrated concerned angry upset disagreement')],
])
/** The words (lower-cased) one of which a stretch must hold for findPrepositionReports to find anything: its heads. */
export const HEAD_WORDS: readonly string[] = [...new Set([...HEADS.values()].flatMap((heads) => [...heads]))]
/** "in response to a voter's question", "the GOP response to the address": a response after a determiner or a
 *  preposition is an occasion, and names no speaker (PolNeAR marks none in train). */
const RESPONSE = /^responses?$/i
const POSSESSIVE = /^(?:his|her|their|its)$|^\p{Lu}[\p{L}.-]*['’]s$/u
const DETERMINER = /^(?:the|a|an|this|that|these|those|such|some|any|no|much|more|most|less|new|strong|broad|growing|renewed|sharp|harsh|fierce|public|widespread|little|own|early|latest|repeated|recent|frequent|vocal|full|of|for|in|on|with|without|from|by|to|about|amid|despite)$/i
const END = /^(?:[.;:!?(),“”"—–]|--|and|but|while|which|who|because|when|after|before|as|is|are|was|were|has|have|had|did|does|do|will|would|can|could|should|may|might|must)$/i

/** Marks that end a sentence or open a quotation or an aside. */
const STOP = /^(?:[.;:!?()“”"]|--)$/
/** An auxiliary right after the phrase: it was the subject ("His views on public policy did not change"). */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|should|may|might|must)$/i

/**
 * "Republicans have been critical of Clinton's use of personal email", "his views on public policy", "Bush pinned
 * his hopes on South Carolina": what a word of saying or stance is about, up to the next mark or clause word, by
 * the owner (possessive) or the subject before it, and as `longer` the same phrase run on to the sentence end when
 * no auxiliary follows it. `w` are the words of a stretch outside quotation marks; linear.
 */
export function findPrepositionReports(text: string, w: Span[], from: number): { content: Span; ref: SpeakerRef | null; cue: Span; longer?: Span }[] {
  const out: { content: Span; ref: SpeakerRef | null; cue: Span; longer?: Span }[] = []
  for (let i = 0; i + 2 < w.length; i++) {
    const heads = HEADS.get(w[i + 1].text.toLowerCase())
    if (!heads?.has(w[i].text.toLowerCase())) continue
    let e = i + 2
    while (e < w.length && e - i < 30 && !END.test(w[e].text)) e++
    if (e === i + 2) continue
    // PolNeAR's content runs on past a comma or a clause word to the end of the sentence ("attack on the
    // president's housing secretary, Julián Castro, over his department's sales …"); the caller keeps the
    // shorter phrase when the longer one would take in another report.
    const stop = e
    if (e < w.length && !AUXILIARY.test(w[e].text)) while (e < w.length && !STOP.test(w[e].text)) e++
    const endAt = (k: number) => w[k - 1].end - (/[.!?]$/.test(w[k - 1].text) ? 1 : 0)
    const end = endAt(stop), far = endAt(e)
    // A noun after a determiner ("the support of voters", "a debate over") names no speaker; after a
    // possessive ("his views on") its owner speaks; a verb or adjective has the subject before it.
    const before = w[i - 1]?.text ?? ''
    const ref = POSSESSIVE.test(before) ? ownerSubject(w, i - 1) ?? readPhrase([w[i - 1]]) : RESPONSE.test(w[i].text) && DETERMINER.test(before) ? null : readSubjectBefore(text, w[i].start, from)
    if (!ref) { i = stop - 1; continue }
    const start = w[i + 2].start
    out.push({ content: { text: text.slice(start, end), start, end }, ref, cue: { text: text.slice(w[i].start, w[i + 1].end), start: w[i].start, end: w[i + 1].end },
      ...(far > end ? { longer: { text: text.slice(start, far), start, end: far } } : {}) })
    i = stop - 1
  }
  return out
}
