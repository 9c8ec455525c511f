import { describe, expect, it } from 'vitest'
import { quotesOf, speakerOf } from './quotesOf.js'

describe('cue verbs in any tense, after the quotation', () => {
  it.each(['said', 'says', 'told reporters', 'added', 'wrote', 'asked', 'argued', 'noted', 'explained', 'insisted', 'tweeted', 'has said', 'will say', 'replied', 'quipped'])(
    '“…,” Smith %s.', (cue) => {
      expect(speakerOf(`Jane Smith spoke in Ohio.\n\n“We will win this state,” Smith ${cue}.`, 'We will win')).toBe('Jane Smith')
    })
})

describe('speaker before or after the quotation', () => {
  it.each([
    ['“We will win,” said Tillerson.', 'Rex Tillerson'],
    ['“We will win,” Tillerson said.', 'Rex Tillerson'],
    ['Tillerson said: “We will win.”', 'Rex Tillerson'],
    ['Tillerson said “we will win” in the end.', 'Rex Tillerson'],
    ['“We will win,” Tillerson said on Tuesday. “And we will stay.”', 'Rex Tillerson'],
    ['“We will win,” according to Tillerson.', 'Rex Tillerson'],
    ['According to Tillerson, “we will win.”', 'Rex Tillerson'],
    ['Tillerson told reporters that in spite of the talks, “we will win.”', 'Rex Tillerson'],
    ['Said Tillerson: “We will win.”', 'Rex Tillerson'],
  ])('%j → %s', (sentence, who) => {
    const body = `Secretary of State Rex Tillerson arrived Tuesday.\n\n${sentence}`
    for (const q of quotesOf(body).filter((x) => x.kind !== 'indirect' && /win|stay/.test(x.text))) expect(q.speaker?.name).toBe(who)
  })

  it('takes a dash sign-off as the speaker (“…” — Sen. X)', () => {
    expect(speakerOf('“We need a leader with integrity.” — Sen. Claire McCaskill', 'We need')).toBe('Claire McCaskill')
    expect(speakerOf('“We need a leader with integrity.”\n\n- Sonya Herridge', 'We need')).toBe('Sonya Herridge')
  })

  it('keeps the words the attribution points at as the mention, and the cue', () => {
    const q = quotesOf('“We will win,” Sen. Claire McCaskill said.').find((x) => x.kind === 'direct')!
    expect(q.speaker).toMatchObject({ name: 'Claire McCaskill', title: 'Sen.', type: 'PERSON', mention: { text: 'Sen. Claire McCaskill' } })
    expect(q.cue?.text).toBe('said')
  })

  it.each([
    ['“That is financed by taxpayers,” said Senator Joe Donnelly, Democrat of Indiana.', 'Joe Donnelly'],
    ['“We won,” Megyn Kelly said.', 'Megyn Kelly'],
    ['“We won,” said Peyton Manning.', 'Peyton Manning'],
    ['Finally, Trump said “we won.”', 'Trump'],
  ])('reads surnames ending like adverbs or participles after a given name in %j', (body, who) => {
    expect(quotesOf(body).find((x) => x.kind !== 'indirect')?.speaker?.name).toBe(who)
  })

  it.each([
    ['Politifact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago.', 'Donald Trump', 'claim'],
    ['Sanders criticized Clinton’s claim that she “never sent classified email.”', 'Clinton', 'claim'],
  ])('gives the quotation in a claim to its owner in %j', (body, who, cue) => {
    const q = quotesOf(body).find((x) => x.kind !== 'indirect')!
    expect(q.speaker?.name).toBe(who)
    expect(q.cue?.text).toBe(cue)
  })

  it.each([
    ['“It is over,” he went on.', 'went on', 'he'],
    ['“We won,” said a spokesman, Jane Roe.', 'said', 'a spokesman, Jane Roe'],
    ['“We won,” said Jane Roe.', 'said', 'Jane Roe'],
  ])('leaves the sentence period out of the cue and the mention in %j', (body, cue, mention) => {
    const q = quotesOf(body).find((x) => x.kind !== 'indirect')!
    expect(q.cue?.text).toBe(cue)
    expect(q.speaker?.mention?.text).toBe(mention)
  })
})

describe('appositives and titles', () => {
  it.each([
    ['“It is over,” Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said.', 'Claire McCaskill'],
    ['“It is over,” House Speaker Paul Ryan, R-Wis., said.', 'Paul Ryan'],
    ['“It is over,” said Steve Duprey, a Republican National Committee member from New Hampshire.', 'Steve Duprey'],
    ['“It is over,” Jeff Weaver, Sanders’ campaign manager, said in a statement.', 'Jeff Weaver'],
    ['“It is over,” Blunt, after a long pause, said of Cruz.', 'Blunt'],
    ['South Korean Foreign Minister Kang Kyung-wha said the talks are a “significant first step.”', 'Kang Kyung-wha'],
    ['Chinese Foreign Ministry spokesman Lu Kang told reporters that a meeting that “doesn\'t include important parties” cannot help.', 'Lu Kang'],
    ["''We don't believe troops are the answer,'' Benjamin J. Rhodes, Mr. Obama's deputy national security adviser, said Sunday.", 'Benjamin J. Rhodes'],
    ["''That was a good speech,'' Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama.", 'Steve Cohen'],
  ])('%j → %s', (body, who) => {
    const q = quotesOf(body).find((x) => x.kind !== 'indirect')!
    expect(q.speaker?.name).toBe(who)
  })

  it('splits the title from the name', () => {
    const q = quotesOf('Secretary of State Rex Tillerson said nations must “increase the costs.”').find((x) => x.kind === 'partial')!
    expect(q.speaker).toMatchObject({ name: 'Rex Tillerson', title: 'Secretary of State' })
  })
})

describe('quotations without a cue of their own', () => {
  it('continues the previous speaker in a quote-only paragraph', () => {
    const body = '“We must act now,” Warren said.\n\n“Nobody else will do it for us.”'
    expect(speakerOf(body, 'Nobody else')).toBe('Warren')
  })

  it('shares one speaker across a multi-paragraph quotation', () => {
    const body = 'Senator Elizabeth Warren said:\n\n“The first thing is the banks.\n\n“The second thing is the lobbyists.\n\n“The third thing is us.”'
    const qs = quotesOf(body).filter((q) => q.kind !== 'indirect')
    expect(qs).toHaveLength(3)
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Elizabeth Warren', 'Elizabeth Warren', 'Elizabeth Warren'])
  })

  it('reads transcript labels ("PENCE: …")', () => {
    const body = 'Mike Pence spoke with Chris Wallace on Sunday.\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not be attending the debate."'
    expect(speakerOf(body, 'WALLACE')).toBe('Chris Wallace')
    expect(speakerOf(body, 'PENCE')).toBe('Mike Pence')
  })

  it('takes the subject of a colon introduction', () => {
    expect(speakerOf('The piece used one of the woman’s quotes as its headline: “Finally. Someone who thinks like me.”', 'Finally')).toBe('piece')
  })

  it('hangs a participle on the subject of the clause', () => {
    expect(speakerOf('Japanese Foreign Minister Taro Kono was more blunt, saying the North “wants to buy some time.”', 'wants to buy')).toBe('Taro Kono')
    expect(speakerOf('Ryan and Trump will meet next week, Spicer said, adding, “They need to sit down.”', 'They need')).toBe('Spicer')
  })

  it('reads no cue in a noun after “a few” or “several” (“suggesting a few questions, including, “…”)', () => {
    const body = '"Start talking about the real issues," Sanders said, suggesting a few questions, including, "Mr. Trump, do you really think that billionaires need a massive tax break?"'
    expect(speakerOf(body, 'Mr. Trump, do you')).toBe('Sanders')
  })
})
