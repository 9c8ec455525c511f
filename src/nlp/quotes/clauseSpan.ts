import type { Span } from '../../types.js'

/**
 * Words `from` to `k` (exclusive) of `w` as a span of `text`: what a rule reports when its clause runs from a word
 * to a stop. When the clause runs to the end of the stretch, the period its last word carries ("… her
 * campaign.") is left out.
 */
export function clauseSpan(text: string, w: Span[], from: number, k: number): Span {
  const end = w[k - 1].end - (k === w.length && /\.$/.test(w[k - 1].text) ? 1 : 0)
  return { text: text.slice(w[from].start, end), start: w[from].start, end }
}
