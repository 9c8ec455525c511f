import { describe, expect, it } from 'vitest'
import { readWordForms, titleCaseLines, trimTitleMentions, truecaseTitleLines } from '../../../src/nlp/entities/truecaseTitleLines.js'

/** The text truecased with its first line as the title line and the rest as one sentence. */
function truecased(text: string): string {
  const nl = text.indexOf('\n')
  const end = nl < 0 ? text.length : nl
  const sentences = [{ text: text.slice(0, end), start: 0, end }]
  if (nl >= 0) sentences.push({ text: text.slice(nl + 1), start: nl + 1, end: text.length })
  const out = truecaseTitleLines(text, titleCaseLines(sentences))
  expect(out.length).toBe(text.length)
  return out.slice(0, end)
}

describe('truecaseTitleLines', () => {
  it.each([
    // function words, and words the body writes in lowercase
    ['Gold Star Mom Corners Obama On His Refusal To Use The Words ‘Islamic Terrorist.’\nA Gold Star mother asked about the words Islamic terrorist and his refusal to use them.',
      'Gold Star mom Corners Obama on his refusal to use the words ‘Islamic terrorist.’'],
    // a word the body does not use: a common lowercase word of news text
    ['Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues\nCaddell spoke on Friday.',
      'Pat Caddell: Democrat voters worried about Hillary Clinton’s health issues'],
    // all content words capitalized, no capitalized function word
    ['Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton\nThe Republican Party lost them.',
      'Poll: Wealthy voters abandon Republican Party for Hillary Clinton'],
    // names the body capitalizes stay; so does a word news text often capitalizes (Hospital)
    ['Washington Post Hit Piece Exploits Trump Supporter Who Was in a Hospital\nThe Washington Post ran it.',
      'Washington Post hit piece Exploits Trump supporter who was in a Hospital'],
    // a sentence-case headline is left alone
    ['Trump urges supporters to monitor polling places\nHe spoke.', 'Trump urges supporters to monitor polling places'],
    // lists of names and tables are not headlines
    ['New Zealand - Tries : Sean Fitzpatrick , Walter Little , Justin Marshall .\nlittle', 'New Zealand - Tries : Sean Fitzpatrick , Walter Little , Justin Marshall .'],
    ['London ( The Oval ) : Warwickshire 195 , Surrey 429-7\nthe', 'London ( The Oval ) : Warwickshire 195 , Surrey 429-7'],
    // an all-caps line is the tagger's own business
    ['U.S. URGES ALLIES TO HELP PRESSURE N. KOREA\nto help', 'U.S. URGES ALLIES TO HELP PRESSURE N. KOREA'],
  ])('%s', (text, want) => {
    expect(truecased(text)).toBe(want)
  })

  it('returns the very input when no line is in title case', () => {
    const text = 'Officials met on Monday.\nThey agreed.'
    expect(truecaseTitleLines(text, titleCaseLines([{ text: 'Officials met on Monday.', start: 0, end: 24 }]))).toBe(text)
  })
})

describe('trimTitleMentions', () => {
  const text = 'Washington Post Hit Piece Exploits Trump Supporter Who Was in a Hospital\nThe Washington Post said Trump was wrong.'
  const sentences = [{ text: text.slice(0, 72), start: 0, end: 72 }, { text: text.slice(73), start: 73, end: text.length }]
  const at = (s: string, from = 0) => ({ text: s, start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, type: 'PERSON' as const })
  it.each([
    ['Exploits Trump', 'Trump'], // an edge word only the headline capitalizes
    ['Washington Post Hit Piece', 'Washington Post'],
    ['Hit Piece', 'Hit Piece'], // no word of it is capitalized elsewhere: a name the headline alone gives
    ['Washington Post', 'Washington Post'],
  ])('%s -> %s', (mention, want) => {
    const [m] = trimTitleMentions(text, titleCaseLines(sentences), [at(mention)])
    expect(m.text).toBe(want)
    expect(text.slice(m.start, m.end)).toBe(want)
  })
  it('leaves mentions outside title-case lines alone', () => {
    const m = at('Trump', 73)
    expect(trimTitleMentions(text, titleCaseLines(sentences), [m])[0]).toBe(m)
  })
})

describe('readWordForms', () => {
  // The two scans it replaces: every WORD match outside the lines, and those not first in their sentence.
  const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu
  const parts = (text: string, lines: { start: number; end: number }[]) => {
    const out: string[] = []
    let from = 0
    for (const l of lines) { out.push(text.slice(from, l.start)); from = l.end }
    return [...out, text.slice(from)]
  }
  it.each([
    ['Big News For Kim: Obama Says\nKim said “Big” things. O’Neill-Smith and é\u0301clair: Élan! ﬁ 𝐀bc Dé-ja.'],
    ['Title Line Here\nno capitals here, "Quoted Words" follow: And more? Yes. the end'],
  ])('finds the capitalized words the WORD scan finds in %j', (text) => {
    const nl = text.indexOf('\n'), lines = [{ text: text.slice(0, nl), start: 0, end: nl }]
    const want = new Set<string>()
    for (const part of parts(text, lines)) for (const m of part.matchAll(WORD)) if (m[0][0] !== m[0][0].toLowerCase()) want.add(m[0])
    expect(readWordForms(text, lines).capitalized).toEqual(want)
  })
})
