import type { Attribution } from './attributeRegion.js'
import { readPhrase } from './readPhrase.js'
import type { QuoteRegion } from './scanQuoteMarks.js'
import { wordsIn } from './wordsIn.js'

/** A transcript label opening a quotation ("WALLACE: …", "Chris Matthews: …"). */
const LABEL = /^(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}|[A-Z][a-z]+(?: [A-Z][a-z'’\-]+){1,2}):\s/

/** "WALLACE: Let's start …" inside quotation marks: the label is the speaker, the colon the cue. */
export function transcriptLabel(text: string, r: QuoteRegion): Attribution | null {
  const m = LABEL.exec(text.slice(r.start, r.start + 40))
  if (!m) return null
  const colon = r.start + m[0].indexOf(':')
  const words = wordsIn(text, r.start, colon).map((x) => ({ ...x, text: x.text.charAt(0) + x.text.slice(1).toLowerCase() }))
  const ref = readPhrase(words)
  return ref && ref.form === 'name' ? { ref, cue: { text: ':', start: colon, end: colon + 1 } } : null
}
