import { describe, expect, it } from 'vitest'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { indirectCandidates } from '../../../src/nlp/quotes/indirectCandidates.js'
import { speakerKind } from '../../../src/nlp/quotes/indirectFeatures.js'
import { INDIRECT_MODEL } from '../../../src/nlp/quotes/indirectModel.js'
import { scanQuoteMarks } from '../../../src/nlp/quotes/scanQuoteMarks.js'
import { scoreFeatures } from '../../../src/nlp/quotes/scoreRegion.js'
import { parse } from '../../../src/parse/parse.js'
import { quotesOf } from './quotesOf.js'

/** The candidates of an article text (first line a headline), as content text → features. */
const candidatesOf = (text: string) => {
  const article = parse(text)
  return indirectCandidates(article, articleSentences(article), scanQuoteMarks(article.text, article.blocks))
}
const featuresOf = (body: string, content: string): string[] | undefined =>
  candidatesOf('Headline of the story\n\n' + body).find((c) => c.find.content.text === content)?.features

describe('indirectFeatures', () => {
  it.each([
    ['Tillerson said the meeting was useful.', 'the meeting was useful',
      ['rule=subject', 'lemma=say', 'cue=said', 'lists=strong+speech', 'speaker=name', 'side=before', 'gap=before0', 'first=the', 'len=3-4', 'ends=stop', 'finite=true', 'starts=false', 'quoted=false', 'block=paragraph']],
    ['The vote was close, said Tillerson.', 'The vote was close',
      ['rule=inverted', 'side=after', 'gap=after1', 'starts=true', 'ends=comma', 'speaker=name', 'refGap=after']],
    ['According to officials, the plan will fail.', 'the plan will fail',
      ['rule=according-lead', 'lemma=according to', 'lists=other', 'speaker=group', 'head=officials', 'cueCap']],
    ['Trump did not say whether he would attend.', 'whether he would attend',
      ['rule=subject', 'negated', 'first=whether', 'first2=whether_he']],
    ['Asked whether he would run, Johnson demurred.', 'whether he would run',
      ['rule=asked', 'speaker=none', 'ends=comma', 'first=whether']],
    ['The decision is widely expected to be unfavorable.', 'The decision',
      ['rule=raised', 'side=after', 'len=2', 'finite=false', 'speaker=none']],
    ['The probe, which officials said was ongoing, will end soon.', 'which', ['rule=relative', 'len=1', 'first=which', 'speaker=group']],
    ['Trump won the primary on Tuesday, adding that he would keep his delegate lead over Sen. Ted Cruz.', 'that he would keep his delegate lead over Sen. Ted Cruz',
      ['rule=subject', 'lemma=add', 'cue=adding', 'first=that', 'first2=that_he', 'finite=true', 'len=9-15', 'p1=,']],
    ['Smith said the vote was close, and Jones called it “a nail-biter.”', 'the vote was close', ['quoted=true', 'quiet', 'ends=comma']],
  ])('reads %j', (body, content, expected) => {
    expect(featuresOf(body, content)).toEqual(expect.arrayContaining(expected))
  })

  it('reads a headline report as such', () => {
    const [c] = candidatesOf('Cruz: Trump Would Put Liberals On Court\n\nThe senator spoke on Tuesday.')
    expect(c.find.content.text).toBe('Trump Would Put Liberals On Court')
    expect(c.features).toEqual(expect.arrayContaining(['rule=headline', 'block=headline', 'first=Cap', 'speaker=name']))
  })

  it('gives a cue-only find no features (it is never shown)', () => {
    const [c] = candidatesOf('Headline of the story\n\nA spokesman told The Wall Street Journal.')
    expect(c.find.cueOnly).toBe(true)
    expect(c.features).toEqual([])
  })

  it.each([
    [null, 'none'],
    [{ form: 'name', isOrg: false, isPlural: false }, 'name'],
    [{ form: 'name', isOrg: true, isPlural: false }, 'org-name'],
    [{ form: 'pronoun', isOrg: false, isPlural: true }, 'pronoun'],
    [{ form: 'nominal', isOrg: true, isPlural: false }, 'org'],
    [{ form: 'nominal', isOrg: false, isPlural: true }, 'group'],
    [{ form: 'nominal', isOrg: false, isPlural: false }, 'description'],
  ] as const)('calls the speaker phrase %j a %s', (ref, kind) => {
    expect(speakerKind(ref as Parameters<typeof speakerKind>[0])).toBe(kind)
  })
})

describe('the shipped reported-speech filter', () => {
  const good = 'Tillerson said the meeting was useful.'
  const bad = '“It was long and hard to get through,” Tina Tchen, Mrs. Obama’s chief of staff, said in an interview. “We also had to balance.”'
  const hearer = '“Sometimes us ex-diplomats need our fix!” Clinton said to People.'

  it('loads: a threshold between 0 and 1 and weights for the rules and cues', () => {
    expect(INDIRECT_MODEL.threshold).toBeGreaterThan(0)
    expect(INDIRECT_MODEL.threshold).toBeLessThan(1)
    expect(INDIRECT_MODEL.weights.has('bias')).toBe(true)
    expect(INDIRECT_MODEL.weights.has('rule=subject')).toBe(true)
    expect(INDIRECT_MODEL.weights.has('lemma=say')).toBe(true)
  })

  it('keeps a plain report and drops whom a quotation was said to ("said to People")', () => {
    expect(scoreFeatures(featuresOf(good, 'the meeting was useful')!, INDIRECT_MODEL)).toBeGreaterThan(0.8)
    expect(scoreFeatures(featuresOf(hearer, 'to People')!, INDIRECT_MODEL)).toBeLessThan(INDIRECT_MODEL.threshold)
    expect(quotesOf(hearer).filter((q) => q.kind === 'indirect')).toEqual([])
    // The occasion ("said in an interview") is cut by the rules before the filter: a cue-only find, no features.
    expect(featuresOf(bad, 'an interview')).toEqual([])
    expect(quotesOf(good).map((q) => q.text)).toEqual(['the meeting was useful'])
    expect(quotesOf(bad).map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['direct', 'It was long and hard to get through,', 'Tina Tchen'], ['direct', 'We also had to balance.', 'Tina Tchen']])
  })
})
