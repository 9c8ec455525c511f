import type { Span } from '../../types.js'

/** Participles of speech that report a clause after them. */
const SPEECH_ING = /^(?:saying|noting|arguing|insisting|warning|suggesting|claiming|explaining|acknowledging|asserting|stressing|declaring|contending|predicting|writing|complaining|charging|alleging|conceding|admitting|promising|vowing|urging)$/
/** Words that may stand between a break and the participle ("…, eventually saying", "… – while also saying"). */
const BETWEEN = /^(?:\p{Ll}+ly|also|then|while|before|after|by|when|even|again|later|instead)$/u

/**
 * True when `w[i]` is a participle of speech set off from the clause before it by a comma or a dash, perhaps after
 * an adverb or a conjunction ("Rubio flipped his choice on the spot – saying he was rooting for …", "turned tougher
 * against Mr. Trump, eventually saying he would be a disaster", "talk their way out of tough questions by saying it
 * was the questioner"): what follows it is reported by the subject of that clause.
 */
export function isReportingParticiple(w: Span[], i: number): boolean {
  if (i < 2 || !SPEECH_ING.test(w[i].text)) return false
  let k = i - 1
  while (k > 0 && i - k <= 2 && BETWEEN.test(w[k].text)) k--
  return /^(?:,|–|—|--)$/.test(w[k].text) || (k < i - 1 && /^(?:by|while)$/.test(w[i - 1].text))
}
