import type { Article, Sentence } from '../../types.js'
import type { IndirectFind } from './findIndirect.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { wordsIn } from './wordsIn.js'

/** A speaker label opening a transcript paragraph: "TAPPER:", "KATE BOULDUAN:", "Luciana Lopez:". ("Q:" and "A:"
 *  interviews are left out: PolNeAR marks fewer than half of their lines.) */
const LABEL = /^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}):[ \t]+(?=\S)/
/** Labels that name no speaker (notes, corrections, sections, list entries). */
const NOT_SPEAKER = /^(?:correction|corrections|update|updated|previously|email|e-mail|online|note|editor['’]s note|related|photo|video|watch|listen|read|read more|source|sources|contributing|credit|share|tags?|follow|pledged|superdelegates|total|name|age|city|job|pay|fact|facts|bottom line|the bottom line|why|what|how|who|when|where|stat of the week|short reads|previous|next|more|see also|also|plus|bonus|answer|question)$/i

/**
 * Transcript paragraphs ("TAPPER: Do you think Donald Trump has campaigned as a racial healer?"): every sentence
 * of a body paragraph opened by a speaker label is reported by it (PolNeAR marks the label as the source and the
 * colon as the cue), when some label opens more than one paragraph. Labels that read as no name or as a note
 * ("CORRECTION:", "Editor's Note:") and sentences with fewer than three words are skipped.
 */
export function findLabelledLines(article: Article, sentences: Sentence[]): IndirectFind[] {
  const { text } = article
  const out: IndirectFind[] = []
  let block = -1
  let ref: SpeakerRef | null = null
  let cue = { text: ':', start: 0, end: 0 }
  for (const s of sentences) {
    const b = article.blocks[s.block]
    if (b.kind !== 'paragraph') continue
    if (s.block !== block) {
      block = s.block
      ref = null
      const m = s.start === b.start ? LABEL.exec(text.slice(s.start, s.start + 60)) : null
      const label = m ? m[0].slice(0, m[0].indexOf(':')) : ''
      if (!m || NOT_SPEAKER.test(label)) continue
      const colon = s.start + label.length
      ref = speakerOf(text, s.start, colon)
      cue = { text: ':', start: colon, end: colon + 1 }
      if (!ref) continue
      const start = s.start + m[0].length
      if (letterWords(text, start, s.end) >= 3) out.push({ content: { text: text.slice(start, trim(text, start, s.end)), start, end: trim(text, start, s.end) }, ref, cue, rule: 'labelled' })
      continue
    }
    if (ref && letterWords(text, s.start, s.end) >= 3) out.push({ content: { text: text.slice(s.start, trim(text, s.start, s.end)), start: s.start, end: trim(text, s.start, s.end) }, ref, cue, rule: 'labelled' })
  }
  // A transcript gives some speaker more than one turn; a list ("Sanders: Win in a walk. … Trump: Move past
  // Iowa.") names each once.
  const count = new Map<string, number>()
  for (const f of out) if (f.content.start - f.cue.end <= 2) count.set(key(text, f.ref!), (count.get(key(text, f.ref!)) ?? 0) + 1)
  return [...count.values()].some((n) => n >= 2) ? out : []
}

/** The last word of a label, lower-cased: "KATE BOULDUAN" and "BOULDUAN" are one speaker. */
function key(text: string, ref: SpeakerRef): string {
  return text.slice(ref.mention.start, ref.mention.end).toLowerCase().split(/\s+/).pop() ?? ''
}

/** The label as a name, capitals folded ("KATE BOULDUAN" → "Kate Boulduan"), or null. */
function speakerOf(text: string, start: number, colon: number): SpeakerRef | null {
  const words = wordsIn(text, start, colon).map((x) => ({ ...x, text: x.text.charAt(0) + x.text.slice(1).toLowerCase() }))
  const ref = readPhrase(words)
  return ref?.form === 'name' ? ref : null
}

/** `end` moved back over white space and a final period. */
function trim(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /[\s.]/.test(text[e - 1])) e--
  return e
}

/** How many words between `start` and `end` start with a letter. */
function letterWords(text: string, start: number, end: number): number {
  return wordsIn(text, start, end).filter((x) => /^\p{L}/u.test(x.text)).length
}
