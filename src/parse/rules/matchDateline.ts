import { parseDate } from './parseDate.js'

/** A dateline found at the start of a paragraph: its length in characters and what it says. */
export interface DatelineMatch {
  length: number
  place: string | null
  source: string | null
  date: string | null
}

// "NASHUA, N.H. -", "WASHINGTON —", "LONDON (Reuters) -", "NEW YORK, Nov. 9 (AP) —"
const CAPS = /^([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})((?:, [A-Z][A-Za-z.]{1,14}(?: [A-Z][a-z.]{1,12})?)?)(?:,? ([A-Z][a-z]{2,8}\.? \d{1,2}))?(?: \(([A-Za-z. ]{2,20})\))?\s*(?:-{1,2}|—|–)\s+(?=\S)/
// "(CNN)", "London (CNN) --", "Washington (CNN)"
const AGENCY = /^((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)?)?\s*\((CNN|AP|Reuters|AFP|UPI|dpa|EW\.com|CNN Money)\)\s*(?:-{1,2}|—|–|:)?\s*(?=\S)/
// CoNLL style: a whole line "LONDON 1996-08-30"
const PLACE_DATE = /^([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}) (\d{4}-\d{2}-\d{2})$/

/**
 * Recognizes a dateline at the very start of a paragraph (a capitalized place, optional state, date and wire
 * agency, then a dash; or a "(CNN)" style source; or a whole "LONDON 1996-08-30" line). Only the first 80
 * characters are examined.
 */
export function matchDateline(paragraph: string): DatelineMatch | null {
  const head = paragraph.slice(0, 80)
  let m = PLACE_DATE.exec(paragraph.length <= 80 ? paragraph : '')
  if (m) return { length: paragraph.length, place: m[1], source: null, date: parseDate(m[2]) }
  m = CAPS.exec(head)
  if (m && m[1].replace(/[^A-Z]/g, '').length >= 2) {
    const length = m[0].trimEnd().length
    return { length, place: (m[1] + m[2]).trim(), source: m[4] ?? null, date: null }
  }
  m = AGENCY.exec(head)
  if (m) return { length: m[0].trimEnd().length, place: m[1]?.trim() || null, source: m[2], date: null }
  return null
}
