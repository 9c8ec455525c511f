import type { Mention, Span } from '../../types.js'
import { tokenize, type Token } from '../tokens/tokenize.js'

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.'])
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
const CURRENCY = new Set(['$', 'us$', 'c$', 'a$', 'hk$', 's$', 'nz$', '£', '€', '¥'])
const CURRENCY_WORDS = new Set(['dollars', 'dollar', 'euros', 'euro', 'pounds', 'yen', 'francs', 'marks', 'cents', 'rupees', 'yuan'])
const SCALE = new Set(['million', 'billion', 'trillion', 'thousand', 'bn', 'm', 'mln', 'bln'])

const isNumber = (s: string): boolean => /^\d[\d,]*(\.\d+)?$|^\.\d+$/.test(s)
const isDay = (s: string): boolean => /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/.test(s)
const isYear = (s: string): boolean => /^(1[89]|20)\d\d$/.test(s)

/**
 * Rule-based DATE ("January 5, 2018", "5 Jan. 2018", "March 2017", "Monday", "2018-01-17"), MONEY ("$1.5 million",
 * "C$ 100", "50 euros") and PERCENT ("3.5%", "12 percent") mentions in the sentence spans, sorted by start.
 */
export function findValueMentions(text: string, sentences: readonly Span[]): Mention[] {
  return findValueMentionsInRows(text, sentences.map((s) => tokenize(text, s.start, s.end)))
}

/**
 * {@link findValueMentions} over already tokenized sentences (rows of tokens in text order), the tokens read from
 * `source` (the text as tokenized: a truecased copy of `text`, same offsets); mentions are slices of `text`.
 */
export function findValueMentionsInRows(text: string, rows: readonly Token[][], source = text): Mention[] {
  const out: Mention[] = []
  for (const toks of rows) for (let i = 0; i < toks.length;) i = matchAt(text, source, toks, i, out)
  return out
}

function push(text: string, toks: readonly Token[], i: number, j: number, type: Mention['type'], out: Mention[]): number {
  const start = toks[i].start, end = toks[j].end
  out.push({ text: text.slice(start, end), start, end, type })
  return j + 1
}

function matchAt(text: string, source: string, toks: readonly Token[], i: number, out: Mention[]): number {
  const c = source.charCodeAt(toks[i].start)
  // Every value starts with a digit, ".", a currency sign or an upper-case ASCII letter (a month, a weekday, US$).
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 46 || c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5)) return i + 1
  const w = (k: number): string => (k < toks.length ? source.slice(toks[k].start, toks[k].end).toLowerCase() : '')
  const isCapital = (k: number): boolean => { const d = source.charCodeAt(toks[k].start); return d >= 65 && d <= 90 }
  const a = w(i)
  if (CURRENCY.has(a) && isNumber(w(i + 1))) return push(text, toks, i, SCALE.has(w(i + 2)) ? i + 2 : i + 1, 'MONEY', out)
  if (isNumber(a)) {
    let j = i
    if (SCALE.has(w(j + 1))) j++
    if (w(j + 1) === '%' || w(j + 1) === 'percent') return push(text, toks, i, j + 1, 'PERCENT', out)
    if (w(j + 1) === 'per' && w(j + 2) === 'cent') return push(text, toks, i, j + 2, 'PERCENT', out)
    if (CURRENCY_WORDS.has(w(j + 1))) return push(text, toks, i, j + 1, 'MONEY', out)
  }
  if (/^\d{4}-\d\d-\d\d$/.test(a)) return push(text, toks, i, i, 'DATE', out)
  if (WEEKDAYS.has(a) && isCapital(i)) return push(text, toks, i, i, 'DATE', out)
  if (isDay(a) && MONTHS.has(w(i + 1)) && isCapital(i + 1)) {
    return push(text, toks, i, isYear(w(i + 2)) ? i + 2 : i + 1, 'DATE', out)
  }
  if (MONTHS.has(a) && isCapital(i)) {
    let j = i
    if (isDay(w(j + 1))) j++
    if (w(j + 1) === ',' && isYear(w(j + 2))) j += 2
    else if (isYear(w(j + 1))) j++
    if (j > i || a.length > 5) return push(text, toks, i, j, 'DATE', out) // "May" alone is too ambiguous
  }
  return i + 1
}
