/** Lower-cases and strips accents ("Tillérson" → "tillerson"), for matching names. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}
