import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes of "according to" that the older reading missed.
describe('according to', () => {
  it.each([
    // a source set off by commas between a subject and its predicate: the predicate is reported too
    ['One of the decisions they have made, according to a person close to the secretive process, is to turn any attack into a counterattack.', 'is to turn any attack into a counterattack'],
    ['Notably absent from the conversation, according to members who spoke with reporters afterward, was any mention of the investigation.', 'was any mention of the investigation'],
    // after an opening parenthesis or a colon
    ['(According to the New York Police Department, it does not keep statistics on violations.)', 'it does not keep statistics on violations'],
    ['And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote.', 'Trump holds only 14 percent of the Latino vote'],
    // without a comma before it
    ['Entering the final contests in June, Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.', 'Entering the final contests in June, Clinton leads Sanders by 271 pledged delegates'],
  ])('%j reports %j', (body, content) => {
    // (The end of a report is not this rule's business: a closing parenthesis stays in it for now.)
    expect(indirect(body).some((q) => q.text.startsWith(content))).toBe(true)
  })
})
