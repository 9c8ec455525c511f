/** Lower-cases and strips accents ("Tillérson" → "tillerson"), for matching names. */
export function fold(s: string): string {
  return isAscii(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** The same as /^[\x00-\x7f]*$/.test(s), by character codes: fold runs on every name word, and a regex call
 *  cost more than the loop over a short word. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false
  return true
}
