import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

describe('a report ends where a later report in its sentence starts a clause of its own', () => {
  it.each([
    ['Sen. Lindsey Graham called out his rival Donald Trump for alienating Hispanics, which he believes will make it impossible for a Republican to win.',
      'called', 'out his rival Donald Trump for alienating Hispanics', 'believes', 'he'],
    ['He avoided direct criticism of front-runner Trump until recent days, when he expressed concern that the billionaire was encouraging violence.',
      'avoided', 'direct criticism of front-runner Trump until recent days', 'expressed', 'he'],
    ['Canova has repeatedly ripped Wasserman Schultz on social media because it is paying off: He said he has raised about $100,000.',
      'ripped', 'Wasserman Schultz on social media because it is paying off', 'said', 'He'],
    ['Breitbart News asked several times whether Cruz disavowed the endorsement, but the campaign refused to answer on multiple occasions.',
      'asked', 'several times whether Cruz disavowed the endorsement', 'refused', 'the campaign'],
  ])('%j', (body, outerCue, outerText, innerCue, innerMention) => {
    const qs = indirect(body)
    expect(qs.find((q) => q.cue?.text === outerCue)?.text).toBe(outerText)
    expect(qs.find((q) => q.cue?.text === innerCue)?.speaker?.mention?.text).toBe(innerMention)
  })

  it.each([
    ['Adelson said on Friday that he may wait until the primaries to decide who to back.', 'that he may wait until the primaries to decide who to back'],
    ['Sanders said he believes the system is rigged.', 'he believes the system is rigged'],
    ['Bloomberg also reported that roughly 1,100 foreign donor names weren’t disclosed.', 'that roughly 1,100 foreign donor names weren’t disclosed'],
    ['Grayson said he opposes the Common Core because the standards don’t recognize the uniqueness of each student.', 'he opposes the Common Core because the standards don’t recognize the uniqueness of each student'],
  ])('keeps a clause that is the report’s own content (%j)', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toContain(content)
  })
})
