import { isAscii } from './isAscii.js'

/** Lower-cases and strips accents ("Tillérson" → "tillerson"), for matching names. */
export function fold(s: string): string {
  return isAscii(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}
