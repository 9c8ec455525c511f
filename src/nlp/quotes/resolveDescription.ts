import type { Person, Roster } from './buildRoster.js'
import { fold } from './fold.js'
import type { SpeakerRef } from './readPhrase.js'

type Last = (at: number, fits: (p: Person) => boolean, reach?: number) => Person | null

/** Head nouns → the title words that person would carry ("the senator" → "Sen."). */
const TITLE_OF: Record<string, RegExp> = {
  senator: /\b(?:sen|senator)\b/, governor: /\b(?:gov|governor)\b/, congressman: /\b(?:rep|representative|congressman)\b/,
  congresswoman: /\b(?:rep|representative|congresswoman)\b/, president: /\bpresident\b/, mayor: /\bmayor\b/,
  secretary: /\bsecretary\b/, spokesman: /\bspokesman\b/, spokeswoman: /\bspokeswoman\b/, chairman: /\bchairman\b/,
  director: /\bdirector\b/, speaker: /\bspeaker\b/, leader: /\bleader\b/, judge: /\bjudge\b/, minister: /\bminister\b/,
  nominee: /\bnominee\b/, candidate: /\b(?:candidate|nominee)\b/, attorney: /\battorney\b/, strategist: /\bstrategist\b/,
  adviser: /\badvis[eo]r\b/, chairwoman: /\bchairwoman\b/, manager: /\bmanager\b/,
}

/** Descriptions that the 2016 campaign press used for its two nominees and a few others, by surname. */
const KNOWN: [RegExp, string][] = [
  [/\b(?:republican|gop)\b.*\b(?:nominee|candidate|standard-bearer|front-?runner)\b|\b(?:businessman|billionaire|mogul|real[- ]estate|developer|reality|tycoon)\b/, 'trump'],
  [/\bdemocratic\b.*\b(?:nominee|candidate|front-?runner)\b|\bformer (?:secretary of state|first lady)\b/, 'clinton'],
  [/\bvermont\b|\bsocialist\b/, 'sanders'], [/\bindiana\b/, 'pence'], [/\bvirginia senator\b/, 'kaine'],
]

const OUTLET = /\b(?:times|post|journal|news|herald|tribune|gazette|globe|magazine|review|daily|press|examiner|inquirer|chronicle|report|politico|breitbart|cnn|reuters|ap)\b/i

/**
 * Resolves a description ("the Vermont senator", "the Republican nominee", "the newspaper", "the campaign") to the
 * person or organization it stands for: an outlet word goes to the last news organization named; a role to the
 * last person whose title has that role; the campaign's stock epithets for its nominees to them when the article
 * names them; else null (a generic source).
 */
export function resolveDescription(words: string, ref: SpeakerRef, roster: Roster, last: Last, at: number): Person | null {
  const d = fold(words).replace(/^(?:the|a|an|this|that)\s+/, '')
  const head = d.split(/\s+/).pop() ?? ''
  if (/^(?:newspaper|paper|daily|outlet|publication|piece|article|report|story|editorial|magazine|site|website|network|broadcaster|times|post|journal)$/.test(head)) {
    return last(at, (p) => p.type === 'ORGANIZATION' && OUTLET.test(p.name), 400)
  }
  if (head === 'campaign') return last(at, (p) => p.type === 'ORGANIZATION' && /campaign$/i.test(p.name), 400) ?? null
  if (ref.isPlural || /^(?:a|an|one|some|two|three|several|many|other|another)\b/.test(fold(words))) return null
  for (const [re, surname] of KNOWN) {
    if (!re.test(d)) continue
    const p = roster.people.find((x) => x.type === 'PERSON' && fold(x.name).endsWith(surname))
    if (p) return p
  }
  const title = TITLE_OF[head]
  return title ? last(at, (p) => p.type === 'PERSON' && !!p.title && title.test(fold(p.title)), 400) : null
}
