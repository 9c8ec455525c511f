/** Words that keep a trailing period as part of the token ("Inc.", "Sen.", "Jan."); lowercase, without the period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'hon', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'supt', 'messrs', 'mme', 'mmes', 'inc', 'corp',
  'co', 'cos', 'ltd', 'llc', 'plc', 'bros', 'assn', 'dept', 'univ', 'nos', 'vs', 'etc', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn',
  'fla', 'ga', 'kan', 'kans', 'ky', 'md', 'mich', 'minn', 'mo', 'mont',
  'neb', 'nev', 'okla', 'pa', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo', 'ave', 'blvd', 'rd', 'approx',
  'fig', 'gen\'l', 'pp', 'vol', 'div', 'govt', 'intl', 'natl', 'fr', 'sr', 'esq', 'u.s',
])

/** Whether `text[s, e)` (the word before a final period) is a known abbreviation, case-insensitively. */
export function isAbbreviation(text: string, s: number, e: number): boolean {
  return e - s <= 8 && ABBREVIATIONS.has(text.slice(s, e).toLowerCase())
}
