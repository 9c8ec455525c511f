import type { Span } from '../types.js'

/** Builds the span [start, end) of `text`. */
export function makeSpan(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end }
}

/** Narrows [start, end) of `text` to exclude leading and trailing whitespace (NBSP and BOM included). */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return { start, end }
}

/** True for whitespace as JavaScript's `\s` defines it (spaces, tabs, newlines, NBSP, BOM, Unicode spaces). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}
