import { describe, expect, it } from 'vitest'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { findQuotes } from '../../../src/nlp/quotes/findQuotes.js'
import { parse } from '../../../src/parse/parse.js'
import { quotesOf } from './quotesOf.js'

const marked = (body: string) => quotesOf(body).filter((q) => q.kind !== 'indirect')

describe('what is not a quotation', () => {
  it.each([
    ['Pence said so on ABC’s “This Week,” adding little.', 'This Week'],
    ['She appeared on “Fox News Sunday” with Chris Wallace.', 'Fox News Sunday'],
    ['The film, titled “Crippled America,” opened.', 'Crippled America'],
    ['He starred in the hit Broadway play “Eclipsed.”', 'Eclipsed.'],
    ['Rep. Robert C. “Bobby” Scott threw open his house.', 'Bobby'],
  ])('%j has no quotation %j', (body, words) => {
    expect(marked(body).map((q) => q.text)).not.toContain(words)
  })
})

describe('direct and partial quotations', () => {
  it.each([
    ['“We must increase the costs,” Tillerson said.', 'direct'],
    ['Tillerson said: “We must increase the costs.”', 'direct'],
    ['Tillerson called the plan “maximum pressure” on Tuesday.', 'partial'],
    ['Sanders has pushed her to be a “stronger” candidate, he said.', 'partial'],
    ['“We won,” said Jane Roe.', 'direct'],
    ['“We won,” Jane Roe said.', 'direct'],
  ])('%j is %s', (body, kind) => {
    expect(marked(body)[0].kind).toBe(kind)
  })

  it('gives a quoted word inside reported speech to the reporting speaker', () => {
    const q = marked('Jane Sanders said Bernie Sanders has pushed her to be a “stronger” candidate.')[0]
    expect(q).toMatchObject({ text: 'stronger', kind: 'partial' })
    expect(q.speaker?.name).toBe('Jane Sanders')
  })

  it('covers the quoted words without the marks, with offsets into the input', () => {
    const text = 'Headline of the story\n\n“We will win,” said Tillerson.'
    const q = marked('“We will win,” said Tillerson.')[0]
    expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(q.text).toBe('We will win,')
  })

  it('pairs straight quotes and the NYT’s double apostrophes', () => {
    expect(marked('"We will win," Smith said.')[0].text).toBe('We will win,')
    expect(marked("''We will win,'' Smith said.")[0].text).toBe('We will win,')
  })
})

describe('reported speech (indirect)', () => {
  const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

  it.each([
    ['Tillerson said all nations must work together to stop illicit transfers.', 'all nations must work together to stop illicit transfers', 'Tillerson'],
    ['Tillerson told reporters that the meeting was useful.', 'that the meeting was useful', 'Tillerson'],
    ['Tillerson called for China and Russia to fully implement the sanctions.', 'for China and Russia to fully implement the sanctions', 'Tillerson'],
    ['The meeting was useful, Tillerson said.', 'The meeting was useful', 'Tillerson'],
    ['According to Tillerson, the meeting was useful.', 'the meeting was useful', 'Tillerson'],
    ['The meeting was useful, according to the State Department.', 'The meeting was useful', 'State Department'],
    ['Tillerson said Tuesday the meeting was useful.', 'the meeting was useful', 'Tillerson'],
    ['Tillerson said this week the meeting was useful.', 'the meeting was useful', 'Tillerson'],
    ['Tillerson said last month the talks had stalled.', 'the talks had stalled', 'Tillerson'],
    ['The meeting was useful, said Tillerson.', 'The meeting was useful', 'Tillerson'],
    ['Debates rarely matter, noted NBC’s Dante Chinni.', 'Debates rarely matter', 'Dante Chinni'],
    ['Debates rarely matter, said Dante Chinni, a pollster at NBC.', 'Debates rarely matter', 'Dante Chinni'],
    ['Tillerson bemoaned the lack of progress on the talks.', 'the lack of progress on the talks', 'Tillerson'],
  ])('%j reports %j by %s', (body, content, who) => {
    const q = indirect(body)[0]
    expect(q?.text).toBe(content)
    expect(q?.speaker?.name).toBe(who)
  })

  it('reports nothing after a cue followed only by a time word (“…,” Rhodes said Sunday.)', () => {
    expect(indirect('“We will win,” Rhodes said Sunday.')).toEqual([])
  })

  it('reads "Name: clause" and "Name Says clause" headlines', () => {
    const of = (text: string) => {
      const article = parse(text)
      return findQuotes(article, articleSentences(article), []).filter((q) => q.kind === 'indirect')[0]
    }
    expect(of('Cruz: Trump Would Put Liberals On Court\n\nBody text here.')).toMatchObject({ text: 'Trump Would Put Liberals On Court', speaker: { name: 'Cruz' } })
    expect(of('The Latest: Sanders declares revolution, ignores losses.\n\nBody text here.')?.speaker?.name).not.toBe('Latest')
    expect(of('Newspaper Says Clinton Needs To Quit Political Calculations\n\nBody text here.')?.text).toBe('Clinton Needs To Quit Political Calculations')
  })

  it.each([
    // Real PolNeAR shapes: a source that reads as no name, and a short opening before "according to X,".
    ['Users spent nine minutes a day on Yahoo, according to recent data from comScore.', 'Users spent nine minutes a day on Yahoo', 'recent data from comScore'],
    ['But the next day, according to Roffman, Trump made further demands.', 'Trump made further demands', 'Roffman'],
  ])('according to: %j reports %j by %s', (body, content, who) => {
    const q = indirect(body)[0]
    expect(q?.text).toBe(content)
    expect(q?.speaker?.name).toBe(who)
  })

  it.each([
    ['Asked if he was ever bullied, the candidate said no.', 'if he was ever bullied'],
    ['Christie nodded when asked whether he would issue a quarantine.', 'whether he would issue a quarantine'],
    ['Asked specifically what should be done with illegal immigrants, the voters were evenly divided.', 'what should be done with illegal immigrants'],
  ])('reads the reported question in %j', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toContain(content)
  })

  it.each([
    ['Indiana appears to be a break from the norm.', 'Indiana'],
    ['The decision is widely expected to be unfavorable for Beijing.', 'The decision'],
    ['Beneath the pyrotechnics, Mr. Putin seemed most concerned with driving home a point.', 'Mr. Putin'],
    ['So if Twitter is increasingly seen as a real-time news service, it will grow.', 'Twitter'],
  ])('reads the judged subject in %j', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toContain(content)
  })

  it.each([
    ['The governor threatened to veto the bill.', 'to veto the bill', 'governor'],
    ['The campaign also pushed the idea that Clinton was unfit.', 'the idea that Clinton was unfit', 'campaign'],
    ['Most Democrats support Clinton.', 'Clinton', 'Most Democrats'],
  ])('weak cue: %j reports %j by %s', (body, content, who) => {
    const q = indirect(body)[0]
    expect(q?.text).toBe(content)
    expect(q?.speaker?.name).toContain(who)
  })

  it.each([
    'The poll found strong support for Sanders among young voters.',
    'She said the attacks on Clinton were unfair.',
    'The senator came back to Iowa on Friday.',
    'But they now find themselves atop a party that has shifted to the right.',
    'Clinton leads in the race for the 2,383 pledged delegates needed to win.',
  ])('reads no cue in a noun or adverb use (%j)', (body) => {
    expect(indirect(body).map((q) => q.cue?.text)).not.toContainEqual(expect.stringMatching(/^(?:support|attacks|back|find|pledged)$/))
  })

  it('still reads "back" and "find" as verbs of report ("back Clinton", "find that")', () => {
    expect(indirect('Most Republicans back Clinton.')[0]?.cue?.text).toBe('back')
    expect(indirect('Researchers find that turnout rose.')[0]?.text).toBe('that turnout rose')
  })

  it.each([
    ['“We can beat Donald Trump,” Mr. Cruz said in an interview on ABC News.'],
    ['Clinton used a private email account, the New York Times reported late Thursday.'],
    ['He had been completing his second year, a school spokesman told The Wall Street Journal.'],
    ['The move was hotly criticized by left-leaning economists.'],
    ['Now, 52 percent prefer Mr. Trump, compared with 41 percent for Mrs. Clinton.'],
    ['The House is likely to consider the bill next week.'],
  ])('reports no place, time, hearer or agent as content (%j)', (body) => {
    expect(indirect(body).map((q) => q.text)).not.toContainEqual(expect.stringMatching(/^(?:in an|late|The Wall|by left|with 41|The House)/))
  })

  it.each([
    ['News of the PGA’s move was first reported by the Miami Herald.', 'News of the PGA’s move', 'Miami Herald'],
    ['Cruz was endorsed on Monday by former rival Carly Fiorina.', 'Cruz', 'Carly Fiorina'],
    ['The kingdom is viewed as a bulwark to deter Iran.', 'The kingdom', null],
    ['He was told that the meeting was off.', 'that the meeting was off', 'He'],
  ])('passive: %j reports %j by %s', (body, content, who) => {
    const q = indirect(body)[0]
    expect(q?.text).toBe(content)
    expect(q?.speaker?.name ?? null).toBe(who)
  })

  it.each([
    ['Sanders focused on his Senate re-election.', 'his Senate re-election', 'Sanders'],
    ['His views on public policy did not change.', 'public policy', 'His'],
    ['Clinton voted against the war in Iraq.', 'the war in Iraq', 'Clinton'],
  ])('what a word of stance is about: %j reports %j by %s', (body, content, who) => {
    const q = indirect(body).find((x) => x.text === content)
    expect(q?.speaker?.mention?.text).toBe(who)
  })

  it('reads no hearer or occasion after a preposition (“spoke to reporters”, “spoke on Tuesday”)', () => {
    expect(indirect('Mr. Trump spoke to reporters on Tuesday.')).toEqual([])
  })

  it.each([
    ['Spokesman Eric Ferrero said observers were dispatched with the marchers, whom he described as "peaceful," all day.', 'observers were dispatched with the marchers'],
    ['Mr. Boreing said the members will still meet for drinks, but said, “It’s time we change how we do it.”', 'the members will still meet for drinks'],
    ['He said his recent attacks on Trump have given his campaign momentum and said that Trump did not represent the legacy of the “party of Reagan.”', 'his recent attacks on Trump have given his campaign momentum'],
    ['Carson said he saw no need to change anything about his campaign, telling Stephanopolous that “we tell the truth, we deal with the issues.”', 'he saw no need to change anything about his campaign'],
  ])('keeps the report before a clause that runs into a quotation (%j)', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toContain(content)
  })

  it('reads a report after a quotation that ends its own sentence (“… heart.” He said …)', () => {
    const body = 'Sexton said he holds his roots in Indiana “very near and dear to my heart.” He said he recognizes his family in many of Trump’s supporters.'
    expect(indirect(body).map((q) => q.text)).toContain('he recognizes his family in many of Trump’s supporters')
  })

  it.each([
    ['The campaign said Tuesday it hired former Cruz spokeswoman Katrina Pierson, according to Politico.', 'it hired former Cruz spokeswoman Katrina Pierson'],
    ['Trump said he would win the state, even though polls show him trailing.', 'he would win the state'],
  ])('ends a report before the author’s “, according to …” or “, even though …” (%j)', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toContain(content)
  })

  it.each([
    ['About 4 in 10 said they want the next president to have more liberal policies.', 'they want the next president to have more liberal policies', 'About 4 in 10'],
    ['Clinton won among the 30 percent of voters who said Wall Street does more to help the economy.', 'Wall Street does more to help the economy', 'voters who'],
  ])('a strong cue after a plain noun phrase or a relative word reports without “that”: %j', (body, content, mention) => {
    const q = indirect(body).find((x) => x.text === content)
    expect(q?.speaker?.mention?.text).toBe(mention)
  })

  it('reads a pronoun subject past a negated auxiliary (“he doesn’t want …”)', () => {
    const q = indirect('Donald Trump spoke on Wednesday night, and he doesn’t necessarily want to kill the families of terrorists.').find((x) => x.cue?.text === 'want')
    expect(q?.speaker?.mention?.text).toBe('he')
  })

  it.each([
    ['The probe, which officials said was ongoing, will end soon.', ['which', 'was ongoing']],
    ['Country clubs adapt to what she said is a changing market.', ['what', 'is a changing market']],
  ])('reports the relative word of a report in a relative clause, which ends at its comma (%j)', (body, contents) => {
    expect(indirect(body).map((q) => q.text)).toEqual(contents)
  })

  it.each([
    ['The Arizona Republican survived 5 years in a Vietnamese prison and says such techniques are inhumane.', 'such techniques are inhumane', 'The Arizona Republican'],
    ['Clinton has disputed both critiques, but later said she would have made a different decision.', 'she would have made a different decision', 'Clinton'],
  ])('a strong cue coordinated with an earlier verb reports without “that” (%j)', (body, content, mention) => {
    const q = indirect(body).find((x) => x.text === content)
    expect(q?.speaker?.mention?.text).toBe(mention)
  })

  it('leaves clauses holding a quotation to the quotation', () => {
    expect(indirect('Tillerson said the campaign is “maximum pressure” now.')).toEqual([])
  })
})
