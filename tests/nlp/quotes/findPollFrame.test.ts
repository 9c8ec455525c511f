import { describe, expect, it } from 'vitest'
import { findPollFrame } from '../../../src/nlp/quotes/findPollFrame.js'
import { wordsIn } from '../../../src/nlp/quotes/wordsIn.js'

const finds = (s: string) => {
  const end = s.replace(/[.\s]+$/, '').length
  return findPollFrame(s, wordsIn(s, 0, end), end).map((f) => ({ content: f.content.text, source: s.slice(f.ref.mention.start, f.ref.mention.end) }))
}

// Real PolNeAR shapes: a sentence framed by the poll it reports.
describe('findPollFrame', () => {
  it.each([
    ['In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton while 40 percent chose Trump.', '50 percent of respondents chose Clinton while 40 percent chose Trump', 'an NBC News/Wall Street Journal poll released Monday'],
    ['In the latest polls, he doesn\'t.', 'he doesn\'t', 'the latest polls'],
    ['But in exit polls, voters in both parties were unhappy with the federal government.', 'voters in both parties were unhappy with the federal government', 'exit polls'],
  ])('%j reports %j', (s, content, source) => {
    expect(finds(s)).toEqual([{ content, source }])
  })

  it.each([
    'In Iowa, Trump is in first.',
    'Trump leads in the polls, aides said.',
  ])('reads no poll frame in %j', (s) => {
    expect(finds(s)).toEqual([])
  })
})
