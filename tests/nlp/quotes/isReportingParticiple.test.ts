import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a participle of speech after a dash, an adverb or "by"/"while".
describe('isReportingParticiple', () => {
  it.each([
    ['Cruz stuck to policy at first but gradually turned tougher against Mr. Trump, eventually saying he would be a disaster as the standard-bearer.', 'he would be a disaster as the standard-bearer'],
    ['Candidates were able to talk their way out of tough questions by saying it was the questioner, not the candidate, who had been wrong.', 'it was the questioner, not the candidate, who had been wrong'],
    ['The chairwoman dismissed the charge — saying the Sanders campaign chose not to accept the same help.', 'the Sanders campaign chose not to accept the same help'],
    ['He dismissed efforts by some Republicans to spotlight their differences with Trump while saying they still will vote for the nominee.', 'they still will vote for the nominee'],
  ])('%j reports %j', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toContain(content)
  })
})
