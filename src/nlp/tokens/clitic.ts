const APOS = (c: number): boolean => c === 39 || c === 0x2019

/**
 * Length of the English clitic ending the chunk [s, e) ("'s", "'S", "n't", "'re", "'ll", "'ve", "'m", "'d",
 * straight or curly apostrophe), or 0; the whole chunk counts ("'s" alone returns 2). PTB conventions.
 */
export function clitic(text: string, s: number, e: number): number {
  const n = e - s
  if (n >= 3) {
    const a = text.charCodeAt(e - 3) | 32, b = text.charCodeAt(e - 2), c = text.charCodeAt(e - 1) | 32
    if (a === 110 && APOS(b) && c === 116) return 3 // n't
    if (APOS(text.charCodeAt(e - 3))) {
      const x = text.charCodeAt(e - 2) | 32
      if ((x === 114 && c === 101) || (x === 108 && c === 108) || (x === 118 && c === 101)) return 3 // 're 'll 've
    }
  }
  if (n >= 2 && APOS(text.charCodeAt(e - 2))) {
    const c = text.charCodeAt(e - 1) | 32
    if (c === 115 || c === 109 || c === 100) return n === 2 || isLetterOrDigit(text.charCodeAt(e - 3)) ? 2 : 0
  }
  return 0
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c >= 0xc0
}
