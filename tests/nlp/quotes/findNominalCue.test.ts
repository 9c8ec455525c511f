import { describe, expect, it } from 'vitest'
import { findNominalCue } from '../../../src/nlp/quotes/findNominalCue.js'
import { wordsIn } from '../../../src/nlp/quotes/wordsIn.js'

const finds = (s: string) => findNominalCue(s, wordsIn(s, 0, s.length)).map((f) => ({ content: f.content.text, owner: f.ref ? s.slice(f.ref.mention.start, f.ref.mention.end) : null }))

// Real PolNeAR shapes: what a noun of intent or of saying holds, by its owner.
describe('findNominalCue', () => {
  it.each([
    ['Hillary Clinton has a word for Donald Trump\'s plan to deport 11 million people from the country: No.', 'to deport 11 million people from the country', "Trump's"],
    ['It came after his decision not to participate in the final presidential debate, aides said.', 'not to participate in the final presidential debate', 'his'],
    ['Voters balked at her unlikely proposal to expand the program, aides said.', 'to expand the program', 'her'],
    ['Sanders has pushed back on the idea that he cannot win the nomination.', 'he cannot win the nomination', null],
    ['He rejected their contention that the rules are rigged.', 'the rules are rigged', 'their'],
  ])('%j holds %j', (s, content, owner) => {
    expect(finds(s)).toEqual([{ content, owner }])
  })

  it.each([
    'The plan was to win Iowa.',
    'He released a statement that was short.',
    'They grew tired of the idea that was floated.',
    'The group made a decision on Tuesday.',
  ])('reads no report in %j', (s) => {
    expect(finds(s)).toEqual([])
  })
})
