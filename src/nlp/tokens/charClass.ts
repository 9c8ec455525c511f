/** Character classes for the tokenizer, on UTF-16 code units; no regexes, so scanning stays linear. */

/** Whether `c` is whitespace (ASCII, NBSP, Unicode spaces, line/paragraph separators, BOM). */
export function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x85
}

/** Whether `c` is an ASCII letter or digit, or any non-ASCII letter-like code unit (accented letters, CJK). */
export function isAlnum(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f)
}

/** Whether `c` is a hyphen or dash character ("-", en dash, em dash, minus). */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x2010 || c === 0x2011
}

/** Punctuation split off the front of a chunk: quotes, brackets, "$", "#", "¿", "¡", "*", dashes, ellipses. */
export function isLeadPunct(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 40 || c === 91 || c === 123 || c === 36 || c === 35 ||
    c === 42 || c === 0x201c || c === 0x2018 || c === 0x201d || c === 0x2019 || c === 0xab || c === 0xbf ||
    c === 0xa1 || c === 0x2026 || c === 0x2013 || c === 0x2014 || c === 60 || c === 44 || c === 46 || c === 58 ||
    c === 59 || c === 0x201e || c === 0x2022 || c === 0xb7
}

/** Punctuation split off the end of a chunk: sentence punctuation, closing quotes and brackets, dashes. */
export function isTrailPunct(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 ||
    c === 125 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0x201c || c === 0xbb ||
    c === 0x2026 || c === 0x2013 || c === 0x2014 || c === 62 || c === 42 || c === 37
}
