/** The same as /^[\x00-\x7f]*$/.test(s), by character codes: it runs on every name word and listed word, and a regex
 *  call cost more than the loop over a short word. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false
  return true
}
