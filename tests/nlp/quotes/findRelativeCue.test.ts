import { describe, expect, it } from 'vitest'
import { findRelativeCue } from '../../../src/nlp/quotes/findRelativeCue.js'
import { wordsIn } from '../../../src/nlp/quotes/wordsIn.js'
import { quotesOf } from './quotesOf.js'

const finds = (s: string) => findRelativeCue(s, wordsIn(s, 0, s.length)).map((f) => f.content.text)

// Real PolNeAR shapes: the object of a cue verb in a relative clause is what its antecedent holds.
describe('findRelativeCue', () => {
  it.each([
    ['Former Democratic candidate Bernie Sanders, who on Tuesday endorsed Clinton, said Wednesday he agrees with Ginsburg’s remarks.', ['Clinton']],
    ['More than half of the respondents who support Sanders are in college.', ['Sanders']],
    ['It united liberals who decried rote testing regimes and conservatives who wanted the federal government out of education.', ['rote testing regimes', 'the federal government out of education']],
    ['Gay Republicans are pumped to re-elect Sen. Rob Portman, who endorsed gay marriage after his son came out two years ago.', ['gay marriage']],
    ['David Duke, who enthusiastically endorses Trump, spoke.', ['Trump']],
    ['Instead, the political novice who wants to unseat Rep. Debbie Wasserman Schultz is reaping big financial rewards.', ['to unseat Rep. Debbie Wasserman Schultz']],
  ])('%j holds %j', (s, contents) => {
    expect(finds(s)).toEqual(contents)
  })

  it.each([
    'He said that supporters were tired.',
    'The groups that signed the letter are here.',
    'Indeed, this is the first time that blame has been assigned to the government.',
    'It was said by Louise Sunshine, who has known Trump since the 1970s.',
  ])('reads no stance in %j', (s) => {
    expect(finds(s)).toEqual([])
  })

  it('attributes the stance to the relative word of a named antecedent', () => {
    const q = quotesOf('Former Democratic candidate Bernie Sanders, who on Tuesday endorsed Clinton, said Wednesday he agrees with Ginsburg’s remarks.', true).find((x) => x.text === 'Clinton')
    expect(q?.speaker?.mention?.text).toBe('who')
    expect(q?.speaker?.name).toContain('Sanders')
  })
})
