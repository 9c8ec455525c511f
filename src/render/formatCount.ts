/**
 * A whole number with thousands separators, as `n.toLocaleString('en-US')` gives it ("12,345"), without starting
 * Intl (its first use costs tens of milliseconds); other numbers go to toLocaleString.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString('en-US')
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',')
}
