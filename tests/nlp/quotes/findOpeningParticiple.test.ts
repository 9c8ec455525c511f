import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a participle clause of speech opening the sentence.
describe('findOpeningParticiple', () => {
  it.each([
    ['Noting that both Reagan and Trump battled staunch opposition from the media, Cruz put his finger on one facet of the race.', 'that both Reagan and Trump battled staunch opposition from the media', 'Cruz'],
    ['While saying that he does respect Mrs. Clinton, Sanders continued to express doubts about her judgment.', 'that he does respect Mrs. Clinton', 'Sanders'],
    ['After saying he was nervous to ask a question, the man ended up in the middle of the debate.', 'he was nervous to ask a question', 'man'],
  ])('%j reports %j by %s', (body, content, who) => {
    const q = indirect(body).find((x) => x.text === content)
    expect(q?.text).toBe(content)
    expect(q?.speaker?.mention?.text).toContain(who)
  })
})
