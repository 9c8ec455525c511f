import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

// The rule's finds, before the learned filter (which hides a few of them).
const indirect = (body: string) => quotesOf(body, true).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a report after a quotation in the same sentence that is not the quotation's attribution.
describe('reportAfterQuotation', () => {
  it.each([
    // coordinated with the verb before the quotation: the subject opens the sentence
    ['Graham called both Trump and Clinton “crazy” and said the Republican party is bound to lose to Clinton.', 'the Republican party is bound to lose to Clinton', 'Graham'],
    ['Comey called Clinton’s use of private email servers "extremely careless," but said she should face no criminal charges.', 'she should face no criminal charges', 'Comey'],
    ['Trump describes himself as "totally pro-Israel" and has said that he has donated large amounts of money.', 'that he has donated large amounts of money', 'Trump'],
    // a participle after the quotation's attribution: the subject is the attribution's
    ['“I prefer Kasich,” Clark said, noting he had previously backed Sen. Marco Rubio.', 'he had previously backed Sen. Marco Rubio', 'Clark'],
    ['“It’s an expansion at a busy time,” Conway said, adding that Mr. Manafort would remain in his role.', 'that Mr. Manafort would remain in his role', 'Conway'],
    // a subject pronoun after the cue
    ['Comey said Clinton was “extremely careless” and mishandled classified information, Goodlatte said there’s no precedent for prosecuting such a case.', 'there’s no precedent for prosecuting such a case', 'Goodlatte'],
    ['Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort requires a settled alternative.', 'he doesn’t believe the effort requires a settled alternative', 'Humphrey'],
    // "that" after the cue
    ['“I’ve made a mini-career of defending Mrs. Clinton,” said Weld, who added that newer revelations gave him pause.', 'that newer revelations gave him pause', 'Weld'],
  ])('%j reports %j by %s', (body, content, who) => {
    const q = indirect(body).find((x) => x.text === content)
    expect(q?.text).toBe(content)
    expect(q?.speaker?.name).toBe(who)
  })

  it.each([
    '“We will win,” Gowdy said in a statement.',
    '“We will win,” he told reporters at a breakfast hosted by Bloomberg Politics.',
    '“It’s going to be well over a million dollars,” Tenney said about the money being spent against her.',
    '“We like a lot of the candidates,” Adelson said during the interview in Macau.',
  ])('reads the quotation’s own attribution as no report (%j)', (body) => {
    expect(indirect(body)).toEqual([])
  })

  it.each([
    ['Even a top GOP strategist said Clinton will have to choose whose side she’s on, saying, “At some point, she’s going to have to come out.”', 'Clinton will have to choose whose side she’s on'],
    ['Nefzi said Mateen did not mingle but left as soon as prayers were finished, adding, “He was not very religious.”', 'Mateen did not mingle but left as soon as prayers were finished'],
  ])('ends a report before a participle that introduces a quotation (%j)', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toContain(content)
  })
})
