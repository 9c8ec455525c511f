/** True when the UTF-16 code `c` is JavaScript's \s: ASCII white space (9-13, 32), NBSP, U+1680, U+2000-U+200A,
 *  the line and paragraph separators, U+202F, U+205F, U+3000 and the BOM. NaN (a read past the end) is false. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
}
