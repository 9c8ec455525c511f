import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a report after a quotation that stands on its own (reportBesideQuotation,
// participleAfterQuotation).
describe('reportBesideQuotation', () => {
  it.each([
    // a relative clause with a strong cue on the quotation's speaker
    ['“We show anger, we show emotion,” said Harvey, who acknowledged Trump was his fourth choice for nominee.', 'Trump was his fourth choice for nominee', 'Harvey'],
    ['“We chase absentee requests with an endorsed Republican slate card,” said Borges, who predicted about one-third of the Ohio vote will be cast before March 15.', 'about one-third of the Ohio vote will be cast before March 15', 'Borges'],
    // a participle right after the quotation's closing comma: the sentence's subject
    ['Speaking earlier Tuesday in Florida, Trump insisted that he has “expanded the Republican party,” claiming that he is responsible for higher voter turnout in the primary states.', 'that he is responsible for higher voter turnout in the primary states', 'Trump'],
    ['Cardin stressed that "the way to proceed is to get Democrats and Republicans working together," suggesting that the only way to do that might be to pass a renewal of the Iran Sanctions Act.', 'that the only way to do that might be to pass a renewal of the Iran Sanctions Act', 'Cardin'],
  ])('%j reports %j by %s', (body, content, who) => {
    const q = indirect(body).find((x) => x.text === content)
    expect(q?.text).toBe(content)
    expect(q?.speaker?.name).toBe(who)
  })

  it.each([
    '“It was a sizable purchase of data,” said L2 president Bruce Willsie, who declined to give a specific price tag.',
    '“If anybody who attacks him, it’s like buyer beware,” said Louise Sunshine, who has known Trump since the 1970s.',
    '“I didn’t see it as a gaffe,” said Sue Seedorff-Keninger, 62, who hasn’t decided which candidate she will caucus with.',
  ])('reads a relative clause without a cue of speech as no report (%j)', (body) => {
    expect(indirect(body)).toEqual([])
  })
})
