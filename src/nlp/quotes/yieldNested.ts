import type { Span } from '../../types.js'
import { AUXILIARIES } from './clauseWords.js'
import type { IndirectFind } from './findIndirect.js'
import { wordsIn } from './wordsIn.js'

/** Words that open a clause of its own after which another report may start ("…, which he believes …"). */
const OPENERS = /^(?:which|when|while|whereas|because|as|after|before|since|where|but|and|though|although|until|whom|who)$/i
/** Verbs of saying whose content is a whole clause: an opener without a mark ("said he opposes the Common Core
 *  because the standards don't …") starts a clause inside what was said, not a new one. */
const SPEECH = /^(?:said|says|say|told|tells|reported|reports|wrote|writes|added|noted|argued|claimed|insisted|explained)$/i
/** Marks that end a clause (a comma only when a space follows it, so not the one in "1,100"). */
const BREAKS = /^(?:[,;:—–]|--)$/

/**
 * A report whose content runs over the subject and cue of a later report in the same sentence, past a clause
 * break or a clause-opening word ("Graham called out Trump for alienating Hispanics, which he believes will make
 * it impossible …", "He avoided criticism of Trump until recent days, when he expressed concern that …", "Canova
 * ripped Wasserman Schultz because he said …"), ends before that clause: the later clause is the other report's,
 * and left inside the first it would take the first report's speaker. A clause right after "that" or the cue
 * ("said that he believes …") is the first report's content and stays.
 */
export function yieldNested(text: string, w: Span[], finds: IndirectFind[]): IndirectFind[] {
  return finds.map((outer) => {
    const c = outer.content
    if (c.start < outer.cue.end) return outer
    let cut = c.end
    for (const inner of finds) {
      if (inner === outer || inner.cueOnly || !inner.ref || inner.content.start < inner.cue.end || !isSubjectOf(text, inner)) continue
      const at = inner.ref.mention.start
      if (at <= c.start || at >= cut || inner.cue.start >= c.end) continue
      let k = w.findIndex((x) => x.start >= at) - 1
      let opened = false
      while (k >= 0 && OPENERS.test(w[k].text) && w[k].start > c.start) {
        k--
        opened = true
      }
      if (k >= 0 && BREAKS.test(w[k].text) && w[k].start > c.start && w[k + 1].start > w[k].end) cut = w[k].start
      else if (opened && !SPEECH.test(outer.cue.text) && w[k + 1].start > c.start) cut = w[k + 1].start
    }
    let e = cut
    while (e > c.start && /\s/.test(text[e - 1])) e--
    // A cut that leaves almost nothing of the first report is no cut.
    if (cut === c.end || e - c.start < 8) return outer
    return { ...outer, content: { text: text.slice(c.start, e), start: c.start, end: e } }
  })
}

/** True when the find's speaker phrase is the subject right before its cue ("he believes", "the campaign has
 *  also said"): only auxiliaries and adverbs between. */
function isSubjectOf(text: string, find: IndirectFind): boolean {
  const m = find.ref!.mention
  return m.end <= find.cue.start && wordsIn(text, m.end, find.cue.start).every((x) => AUXILIARIES.has(x.text.toLowerCase()))
}
