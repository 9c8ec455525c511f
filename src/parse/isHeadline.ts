const MAX_CHARS = 200
const MAX_WORDS = 25

/**
 * True when the first block of an article reads like a headline: short (≤ 25 words, ≤ 200 characters) and at
 * most one sentence. A text made of a single block has no headline.
 */
export function isHeadline(line: string, blockCount: number): boolean {
  if (blockCount < 2 || line.length > MAX_CHARS) return false
  if (line.split(/\s+/).length > MAX_WORDS) return false
  return (line.match(/[.!?]["”’']?\s+[A-Z]/g) ?? []).length <= 1
}
