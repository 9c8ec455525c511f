import type { IndirectFind } from './findIndirect.js'

/** "that" closing the words between a cue and its content, as in "said Tuesday that …" (at most 40 UTF-16 units). */
const THAT = /(?:^|[\s,])(that\s+)$/i

/**
 * The find with "that" before its content taken into it ("said that the plan would fail" reports "that the plan
 * would fail"): PolNeAR's content spans open with it (1,699 of 1,722 train spans after a "that"). Only content after
 * its cue; other finds pass unchanged.
 */
export function openWithThat(text: string, find: IndirectFind): IndirectFind {
  const c = find.content
  if (c.start < find.cue.end || c.start - find.cue.end > 40) return find
  const m = THAT.exec(text.slice(find.cue.end, c.start))
  if (!m) return find
  const start = c.start - m[1].length
  return { ...find, content: { text: text.slice(start, c.end), start, end: c.end } }
}
