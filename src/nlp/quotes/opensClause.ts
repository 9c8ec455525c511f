/** A subject pronoun, "that" or "there" as a whole word. */
const OPENER = /^\s*(?:he|she|they|it|we|i|you|that|there)\b/i

/**
 * True when the text at `at` opens a clause ("…, said she wanted major change in Washington"): what follows a
 * cue there is what was said, so no speaker after the cue may be read from it ("Roxana M. Leon, 63, an independent
 * voter raised in Chile, said she wanted …" is no inverted "…, said Washington").
 */
export function opensClause(text: string, at: number): boolean {
  return OPENER.test(text.slice(at, at + 12))
}
