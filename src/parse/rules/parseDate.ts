const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
}

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/
const WRITTEN = /\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b/
const WRITTEN_DAY_FIRST = /\b(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})\b/

/**
 * Finds the first calendar date written in `s` and returns it as ISO `YYYY-MM-DD`, or null. Understands
 * 2018-01-17, 01/17/2018 (US month first; two-digit years are 20xx), "Jan. 17, 2018", "January 17 2018" and
 * "17 January 2018". Impossible dates (month 13, day 32) give null.
 */
export function parseDate(s: string): string | null {
  let m = ISO.exec(s)
  if (m) return isoDate(+m[1], +m[2], +m[3])
  m = SLASHED.exec(s)
  if (m) return isoDate(m[3].length === 2 ? 2000 + +m[3] : +m[3], +m[1], +m[2])
  m = WRITTEN.exec(s)
  if (m && MONTHS[m[1].toLowerCase()]) return isoDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2])
  m = WRITTEN_DAY_FIRST.exec(s)
  if (m && MONTHS[m[2].toLowerCase()]) return isoDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1])
  return null
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2999) return null
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCMonth() !== month - 1) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
