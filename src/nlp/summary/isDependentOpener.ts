import { isSpaceCode } from '../../parse/span.js'

/** Single opening words that point back to an earlier sentence: pronouns, demonstratives, connectives. */
const BACK_WORDS = new Set(
  ('he she it they him her them his its their theirs this that these those such both either neither another ' +
    'but and or nor yet also still however meanwhile instead moreover furthermore nevertheless nonetheless ' +
    'thus therefore hence then besides otherwise likewise similarly indeed again too anyway ' +
    'accordingly consequently additionally elsewhere later')
    .split(/\s+/),
)

/** Multi-word openers that point back ("As a result", "The former"), matched case-insensitively. */
const BACK_PHRASES = /^(?:so(?! far\b)|as a result|in addition|on the other hand|at the same time|even so|in turn|by contrast|in contrast|for (?:his|her|its|their) part|the (?:former|latter|same|move|other|rest)\b|other |one of (?:them|those|these)|of (?:them|those|these)|after (?:that|this)|despite (?:this|that)|because of (?:this|that)|according to (?:him|her|them)|not only)/i

/**
 * True when the sentence opens in a way that needs an earlier sentence to make sense: a pronoun or demonstrative
 * ("He added…", "That…", "Its…"), a connective ("But…", "However,…", "Meanwhile…"), a back-pointing phrase
 * ("As a result…", "The move…"), or a lower-case first letter (the tail of a sentence split in two). Opening
 * quotation marks and brackets are skipped first. Such a sentence never opens a summary.
 */
export function isDependentOpener(sentence: string): boolean {
  const end = Math.min(60, sentence.length)
  let i = 0
  while (i < end && isLeadingMark(sentence.charCodeAt(i))) i++
  if (i === end) return false
  const s = sentence.slice(i, end)
  const first = s[0]
  if (first !== first.toUpperCase() && first === first.toLowerCase()) return true
  if (BACK_PHRASES.test(s)) return true
  const word = LEADING_LETTERS.exec(s)?.[0].toLowerCase() ?? ''
  return BACK_WORDS.has(word)
}

const LEADING_LETTERS = /^\p{L}+/u

/** /[\s"'“‘«(\[—–•*-]/ by character code (one test per leading character, no regex replace and copy). */
function isLeadingMark(c: number): boolean {
  return isSpaceCode(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91 ||
    c === 0x2014 || c === 0x2013 || c === 0x2022 || c === 42 || c === 45
}
