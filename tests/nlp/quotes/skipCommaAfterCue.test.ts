import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a phrase in commas between a strong cue (or its "that") and the reported clause.
describe('skipCommaAfterCue', () => {
  it.each([
    ['Republican presidential candidate Marco Rubio says, win or lose in Tuesday’s crucial Florida primary, he’s staying in the race.', 'win or lose in Tuesday’s crucial Florida primary, he’s staying in the race', 'Marco Rubio'],
    ['He found that, on average in 2013 and 2014, incomes for blacks in their 30s grew more rapidly than for whites.', 'on average in 2013 and 2014, incomes for blacks in their 30s grew more rapidly than for whites', null],
    ['Democratic Party officials say that, even if they thought it was appropriate, a recount of Monday’s vote could not be done.', 'even if they thought it was appropriate, a recount of Monday’s vote could not be done', null],
  ])('%j reports %j', (body, content, who) => {
    const q = indirect(body).find((x) => x.text === content)
    expect(q?.text).toBe(content)
    if (who) expect(q?.speaker?.name).toBe(who)
  })

  it.each([
    ['The tentative deal, announced Friday, would last four years and must be approved by union members.', 'would last four years'],
    ['All told, up to 5 million undocumented people could be eligible for the programs.', 'up to 5 million'],
    ['For networks that own their old shows, the financial allure of a remake is even greater.', 'the financial allure'],
    ['Even if she simply narrows the gap with Sanders to, say, single digits, she could help minimize the bump he gets.', 'single digits'],
  ])('reads a comma after a word that is no cue of its clause as no report (%j)', (body, after) => {
    expect(indirect(body).filter((q) => q.text.startsWith(after))).toEqual([])
  })
})
